/**
 * The word list for lexicon features and the longest-matching baseline: @vntk/dictionary's
 * Viet74K (MIT), read from node_modules, as a map from syllable-sequence keys to flags.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { mix, syllableForm, hashString } from './keys.ts';
import { makeUnits, scanUnits, PUNCT } from './units.ts';

/** Longest word the lexicon features look at, in units. */
export const MAX_WORD = 6;
export const SEQ_SEED = 0x2545f491;
const IS_WORD = 1;
const HAS_LONGER = 2;

export interface Lexicon {
  /** sequence key → IS_WORD | HAS_LONGER */
  entries: Map<number, number>;
  /** where the words came from and their digest, for the model's metadata */
  source: string;
  sha256: string;
  size: number;
}

export const isWord = (flags: number | undefined) => flags !== undefined && (flags & IS_WORD) !== 0;
export const hasLonger = (flags: number | undefined) => flags !== undefined && (flags & HAS_LONGER) !== 0;

/** Path of @vntk/dictionary's Viet74K list. */
export function dictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data', 'Viet74K.txt');
}

/** The key a unit has in lexicon lookups (the same for a syllable in any case or tone style). */
export const unitKey = (raw: string) => hashString(syllableForm(raw));

/** Build a lexicon from word lines ("quan hệ", "Hàn Quốc"); multi-unit and single-unit words alike. */
export function buildLexicon(lines: Iterable<string>, source: string, sha256: string): Lexicon {
  const entries = new Map<number, number>();
  const u = makeUnits(16);
  let size = 0;
  for (const line of lines) {
    const w = line.trim();
    if (!w) continue;
    u.n = 0;
    scanUnits(w, 0, w.length, u);
    if (u.n === 0 || u.n > MAX_WORD) continue;
    let h = SEQ_SEED;
    let ok = true;
    for (let k = 0; k < u.n; k++) {
      if (u.kind[k] === PUNCT) ok = false;
      h = mix(h, unitKey(w.slice(u.start[k], u.end[k])));
      if (k < u.n - 1) entries.set(h, (entries.get(h) ?? 0) | HAS_LONGER);
    }
    if (!ok) continue;
    entries.set(h, (entries.get(h) ?? 0) | IS_WORD);
    size++;
  }
  return { entries, source, sha256, size };
}

let cached: Lexicon | undefined;

/** Viet74K, loaded once. */
export function dictionaryLexicon(): Lexicon {
  if (cached) return cached;
  const path = dictionaryPath();
  const raw = readFileSync(path);
  const sha = createHash('sha256').update(raw).digest('hex');
  cached = buildLexicon(raw.toString('utf8').split('\n'), '@vntk/dictionary@1.0.0 data/Viet74K.txt (MIT)', sha);
  return cached;
}
