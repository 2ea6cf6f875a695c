import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.ts';
import { createApp, type AppOptions } from './app.ts';

export interface ServeOptions extends AppOptions {
  port?: number;
  host?: string;
}

/** Names a browser uses for this machine; a loopback server answers to these only (see AppOptions.allowedHosts). */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Listen on host:port (127.0.0.1 by default: the store is not shared unless asked). Resolves once listening. */
export function startServer(store: Store, opts: ServeOptions = {}): Promise<{ server: ServerType; url: string }> {
  const host = opts.host ?? '127.0.0.1';
  const app = createApp(store, { ...(isLoopback(host) ? { allowedHosts: [...LOOPBACK_NAMES, host] } : {}), ...opts });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: host }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ server, url: `http://${host}:${info.port}` });
    });
    server.once('error', reject);
  });
}
