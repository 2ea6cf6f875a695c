import { Store } from '../src/store/store.ts';
import { apiSuite } from './fixtures/store/api-suite.ts';
import { needPg, throwawayDatabase } from './fixtures/store/env.ts';

apiSuite('PostgreSQL server', async () => {
  const db = await throwawayDatabase();
  const store = await Store.open({ db: db.url });
  return { store, cleanup: async () => { await store.close(); await db.drop(); } };
}, needPg);
