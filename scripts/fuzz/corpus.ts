import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.NIENBIEU_SHARED ?? join(ROOT, '..', 'shared');

/** ViMs article paths, or [] when ../shared is absent. */
export function vimsFilesIfPresent(): string[] {
  const root = join(SHARED, 'data', 'ViMs', 'original');
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().flatMap((c) => {
    const dir = join(root, c, 'original');
    return existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : [];
  });
}

/** The articles inputs are made from: the bundled seeds and every 20th ViMs article when present. */
export function fuzzCorpus(): { corpus: Buffer[]; withVims: boolean } {
  const corpus: Buffer[] = readdirSync(join(ROOT, 'examples/seeds')).map((f) => readFileSync(join(ROOT, 'examples/seeds', f)));
  const vims = vimsFilesIfPresent();
  for (let k = 0; k < vims.length; k += 20) corpus.push(readFileSync(vims[k]!));
  return { corpus, withVims: vims.length > 0 };
}

/** The file name input i is given (its extension steers format sniffing). */
export const FUZZ_NAMES = ['a.txt', 'b.html', 'c.json', 'd.jsonl', 'e'];
