/** Fuzz worker: analyses inputs it is sent, one at a time, and reports each outcome. */
import { parentPort } from 'node:worker_threads';
import { fuzzOutcome } from './outcome.ts';

parentPort!.on('message', (msg: { i: number; name: string; bytes: Uint8Array }) => {
  const t0 = performance.now();
  const { outcome, detail } = fuzzOutcome(msg.name, msg.bytes);
  parentPort!.postMessage({ i: msg.i, outcome, detail, ms: performance.now() - t0 });
});
