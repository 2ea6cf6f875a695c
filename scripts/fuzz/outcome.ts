/** What one fuzz input does to the pipeline: analysed, reported as a per-file error, or a crash (an exception or invalid evidence). */
import { readFileDrafts } from '../../src/ingest/index.ts';
import { makeDocs, analyzeDocs } from '../../src/pipeline.ts';
import { toDossier } from '../../src/dossier/json.ts';
import { evidenceErrors } from '../../src/dossier/validate.ts';

export interface FuzzOutcome {
  outcome: 'ok' | 'reported' | 'crash';
  detail: string;
}

export function fuzzOutcome(name: string, bytes: Uint8Array): FuzzOutcome {
  try {
    const { drafts, errors } = readFileDrafts(name, bytes);
    const docErrors = [...errors];
    const docs = makeDocs(drafts, undefined, docErrors);
    const result = analyzeDocs(docs, { oneStory: true }, docErrors);
    const bad = evidenceErrors(toDossier(result));
    if (bad.length) return { outcome: 'crash', detail: `invalid evidence: ${bad[0]}` };
    if (result.errors.length) return { outcome: 'reported', detail: result.errors[0]!.message };
    return { outcome: 'ok', detail: '' };
  } catch (e) {
    // readFileDrafts throws a user-facing Error for unreadable files: that is a reported failure.
    const err = e as Error;
    if (err instanceof Error && err.message && !(err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError)) {
      return { outcome: 'reported', detail: err.message };
    }
    return { outcome: 'crash', detail: `${err?.name}: ${err?.message}\n${err?.stack?.split('\n').slice(1, 4).join('\n')}` };
  }
}
