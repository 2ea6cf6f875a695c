/** Fuzz worker: analyses inputs it is sent, one at a time, and reports each outcome. */
import { parentPort } from 'node:worker_threads';
import { readFileDrafts } from '../../src/ingest/index.ts';
import { makeDocs, analyzeDocs } from '../../src/pipeline.ts';
import { toDossier } from '../../src/dossier/json.ts';
import { evidenceErrors } from '../../src/dossier/validate.ts';

parentPort!.on('message', (msg: { i: number; name: string; bytes: Uint8Array }) => {
  const t0 = performance.now();
  let outcome: 'ok' | 'reported' | 'crash' = 'ok';
  let detail = '';
  try {
    const { drafts, errors } = readFileDrafts(msg.name, msg.bytes);
    const docErrors = [...errors];
    const docs = makeDocs(drafts, undefined, docErrors);
    const result = analyzeDocs(docs, { oneStory: true }, docErrors);
    const bad = evidenceErrors(toDossier(result));
    if (bad.length) {
      outcome = 'crash';
      detail = `invalid evidence: ${bad[0]}`;
    } else if (result.errors.length) {
      outcome = 'reported';
      detail = result.errors[0]!.message;
    }
  } catch (e) {
    // readFileDrafts throws a user-facing Error for unreadable files: that is a reported failure.
    const err = e as Error;
    if (err instanceof Error && err.message && !(err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError)) {
      outcome = 'reported';
      detail = err.message;
    } else {
      outcome = 'crash';
      detail = `${err?.name}: ${err?.message}\n${err?.stack?.split('\n').slice(1, 4).join('\n')}`;
    }
  }
  parentPort!.postMessage({ i: msg.i, outcome, detail, ms: performance.now() - t0 });
});
