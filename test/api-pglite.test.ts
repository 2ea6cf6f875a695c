import { Store } from '../src/store/store.ts';
import { apiSuite } from './fixtures/store/api-suite.ts';
import { freshDataDir } from './fixtures/store/env.ts';

apiSuite('embedded PGlite', async () => {
  const store = await Store.open({ data: await freshDataDir('api-pglite') });
  return { store, cleanup: () => store.close() };
});
