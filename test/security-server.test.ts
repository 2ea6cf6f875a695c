/**
 * The server over real sockets: where it listens, who may write, what a path can reach, which
 * headers every answer carries, how big a body may be, and what an error tells a caller.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { Store } from '../src/store/store.ts';
import { startServer } from '../src/server/serve.ts';
import { createApp } from '../src/server/app.ts';
import { ROOT } from './helpers/shared.ts';
import { freshDataDir } from './fixtures/store/env.ts';

const TOKEN = 'security-test-token-42';
const MAX_BODY = 64 * 1024;
let store: Store;
let server: ServerType;
let port: number;

before(async () => {
  store = await Store.open({ data: await freshDataDir('security') });
  ({ server } = await startServer(store, { port: 0, token: TOKEN, maxIngestBytes: MAX_BODY }));
  port = (server.address() as AddressInfo).port;
});
after(async () => {
  server?.close();
  await store?.close();
});

/** One raw HTTP/1.1 exchange: the request line goes out exactly as written (no URL normalisation). */
function raw(request: string, body: Buffer | string = ''): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', (e) => (chunks.length ? undefined : reject(e)));
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, split).toLowerCase(), body: text.slice(split + 4) });
    });
    socket.write(`${request}\r\nConnection: close\r\n\r\n`);
    if (body.length) socket.write(body);
    socket.end();
  });
}
const get = (path: string, host = `127.0.0.1:${port}`) => raw(`GET ${path} HTTP/1.1\r\nHost: ${host}`);

test('nienbieu serve listens on 127.0.0.1 unless told otherwise', async () => {
  assert.equal((server.address() as AddressInfo).address, '127.0.0.1');
  // the CLI's own default, from its start-up line
  const child = spawn(process.execPath, [`${ROOT}/bin/nienbieu.js`, 'serve', '--port', '0', '--data', await freshDataDir('security-cli')], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
        const m = /serving .* at (http:\/\/\S+)/.exec(err);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`serve exited: ${err}`)));
    });
    assert.match(line, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  } finally {
    child.kill('SIGTERM');
  }
});

test('POST /api/ingest: no token or a wrong one is refused before the body is read; none configured means 403', async () => {
  const record = JSON.stringify({ title: 'Tin thử', text: 'Hà Nội, ngày 1/2/2024. Một bài báo thử nghiệm.' });
  const post = (auth: string | null, body = record) =>
    raw(`POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}${auth === null ? '' : `\r\nAuthorization: ${auth}`}`, body);
  for (const auth of [null, '', 'Bearer', 'Bearer wrong', `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`, TOKEN]) {
    const r = await post(auth);
    assert.equal(r.status, 401, `Authorization: ${auth}`);
    assert.match(r.head, /www-authenticate: bearer/);
  }
  assert.equal((await store.counts()).documents, 0, 'nothing was stored by refused requests');
  // a server started without NIENBIEU_TOKEN takes no writes at all
  const readOnly = createApp(store);
  const r = await readOnly.request('/api/ingest', { method: 'POST', body: record, headers: { Authorization: `Bearer ${TOKEN}` } });
  assert.equal(r.status, 403);
  const ok = await post(`Bearer ${TOKEN}`);
  assert.equal(ok.status, 200, ok.body);
});

test('request bodies are size-limited on ingest (declared or streamed), and only after the token is checked', async () => {
  const big = Buffer.alloc(MAX_BODY + 1, 'a');
  const declared = await raw(`POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${big.length}`, big);
  assert.equal(declared.status, 413);
  const chunked = Buffer.concat([Buffer.from(`${big.length.toString(16)}\r\n`), big, Buffer.from('\r\n0\r\n\r\n')]);
  const streamed = await raw(`POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked`, chunked);
  assert.equal(streamed.status, 413);
  const anonymous = await raw(`POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${big.length}`, big);
  assert.equal(anonymous.status, 401);
});

test('no path reaches a file outside the built UI: dot segments, encodings, absolute paths, NUL bytes', async () => {
  const paths = [
    '/../package.json', '/../../etc/passwd', '/%2e%2e/package.json', '/%2e%2e%2fpackage.json', '/..%2fpackage.json',
    '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', '/assets/../../package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json',
    '/..\\package.json', '//etc/passwd', '/%2fetc%2fpasswd', '/etc/passwd', '/proc/self/environ', 'http://127.0.0.1/../package.json',
    '/index.html%00.png', '/%00', '/package.json%00', '/%c0%ae%c0%ae/package.json', '/%252e%252e/package.json',
    '/api/documents/..%2f..%2fpackage.json', '/api/stories/%00', '/api/entities/..%2f..%2fetc%2fpasswd', '/api/../package.json',
  ];
  for (const p of paths) {
    const r = await get(p);
    assert.ok(r.status < 500 || r.status === 503, `${p}: ${r.status}`);
    assert.doesNotMatch(r.body, /"devDependencies"|root:x:0:0|PATH=/, p);
  }
});

test('security headers on the UI, the API, errors and refusals; no CORS grant', async () => {
  for (const p of ['/', '/story/x', '/api/stories', '/api/nothing', '/api/search', '/api/search?q=trieu+tien']) {
    const r = await get(p);
    assert.match(r.head, /content-security-policy: [^\r\n]*default-src '(self|none)'/, p);
    assert.match(r.head, /content-security-policy: [^\r\n]*frame-ancestors 'none'/, p);
    assert.match(r.head, /x-content-type-options: nosniff/, p);
    assert.match(r.head, /x-frame-options: deny/, p);
    assert.match(r.head, /referrer-policy: no-referrer/, p);
    assert.doesNotMatch(r.head, /access-control-allow-origin|x-powered-by/, p);
  }
  const ui = await get('/');
  assert.match(ui.head, /content-security-policy: [^\r\n]*script-src 'self'(;|\r|$)/m, 'no inline or remote scripts in the UI');
});

test('a request for another host name (DNS rebinding) is refused by a loopback server', async () => {
  assert.equal((await get('/api/stories', `localhost:${port}`)).status, 200);
  assert.equal((await get('/api/stories', `[::1]:${port}`)).status, 200);
  const r = await get('/api/stories', 'attacker.example:80');
  assert.equal(r.status, 403);
  assert.match(r.body, /unexpected Host header/);
  assert.equal((await get('/api/stories', '')).status, 403);
});

test('errors are JSON without stack traces or file paths', async () => {
  const broken = createApp({
    ...store,
    db: store.db,
    listStories: () => { throw new Error(`boom at ${ROOT}/src/store/store.ts:1:1`); },
  } as unknown as Store);
  const silenced = process.stderr.write;
  process.stderr.write = () => true; // the server logs the cause for its operator; the client must not see it
  try {
    const r = await broken.request('/api/stories');
    assert.equal(r.status, 500);
    assert.deepEqual(await r.json(), { error: 'internal error' });
  } finally {
    process.stderr.write = silenced;
  }
  for (const [req, body] of [
    [`POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 9`, '{not json'],
    [`GET /api/stories?limit=abc HTTP/1.1\r\nHost: 127.0.0.1:${port}`, ''],
    [`GET /api/search?q=${'x'.repeat(600)} HTTP/1.1\r\nHost: 127.0.0.1:${port}`, ''],
  ] as const) {
    const r = await raw(req, body);
    assert.equal(r.status, 400, req);
    assert.match(r.head, /content-type: application\/json/);
    assert.doesNotMatch(r.body, /\bat \S+:\d+:\d+|node_modules|\/src\/|Error:/, req);
  }
});
