import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** Repository root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The bundled sample story (the five seed articles). */
export const SEEDS = join(ROOT, 'examples', 'seeds');
/** `../shared` beside the repository: datasets and gold that are never copied into it. */
export const SHARED = process.env.NIENBIEU_SHARED ?? join(ROOT, '..', 'shared');

/** A `skip` option for node:test when a shared file is absent, with a message saying what is missing. */
export function needShared(rel: string): { skip: string | false } {
  const p = join(SHARED, rel);
  return { skip: existsSync(p) ? false : `needs ${p} (../shared is not beside the repository)` };
}

export const sharedPath = (rel: string) => join(SHARED, rel);
