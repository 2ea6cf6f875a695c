import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.ts';
import { createApp, type AppOptions } from './app.ts';

export interface ServeOptions extends AppOptions {
  port?: number;
  host?: string;
}

/** Listen on host:port (127.0.0.1 by default: the store is not shared unless asked). Resolves once listening. */
export function startServer(store: Store, opts: ServeOptions = {}): Promise<{ server: ServerType; url: string }> {
  const app = createApp(store, opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: opts.host ?? '127.0.0.1' }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ server, url: `http://${host}:${info.port}` });
    });
    server.once('error', reject);
  });
}
