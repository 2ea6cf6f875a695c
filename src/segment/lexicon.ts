/**
 * The word lists for lexicon features and the longest-matching baseline: @vntk/dictionary's
 * Viet74K, Viet39K, Viet22K and Viet11K (MIT), read from node_modules, as one map from
 * syllable-sequence keys to flags. Which lists hold a word is kept (the smaller lists hold the
 * commoner words): the model learns how far to trust each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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
/** Flag bit of the first list; list k of DICTIONARIES sets bit LIST_BIT << k. */
const LIST_BIT = 4;
const DICTIONARIES = ['Viet74K', 'Viet39K', 'Viet22K', 'Viet11K'];

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
/** Which lists hold the word, one bit per list (0 for none). */
export const listsOf = (flags: number) => flags >> 2;

/** Path of one of @vntk/dictionary's lists. */
function dictionaryPath(name: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data', `${name}.txt`);
}

/** The key a unit has in lexicon lookups (the same for a syllable in any case or tone style). */
export const unitKey = (raw: string) => hashString(syllableForm(raw));

/** Add word lines ("quan hệ", "Hàn Quốc") to `entries` with flag `bit`; multi-unit and single-unit words alike. Returns the count added. */
function addWords(entries: Map<number, number>, lines: Iterable<string>, bit: number): number {
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
    const had = entries.get(h) ?? 0;
    if (!isWord(had)) size++;
    entries.set(h, had | IS_WORD | bit);
  }
  return size;
}

let cached: Lexicon | undefined;

/**
 * The compiled lexicon: the same entries, precomputed by `npm run build:lexicon`, so that a run does
 * not rescan 150,000 dictionary lines (about a second) before segmenting anything. It is used only
 * when its recorded digest equals that of the installed word lists.
 */
export const COMPILED_LEXICON = new URL('../../models/segmenter/lexicon.bin.gz', import.meta.url);

/** gzip of: 32-byte SHA-256 of the lists, uint32 word count, then (key, flags) uint32 pairs. */
export function encodeLexicon(lex: Lexicon): Uint8Array {
  const buf = Buffer.alloc(36 + lex.entries.size * 8);
  Buffer.from(lex.sha256, 'hex').copy(buf, 0);
  buf.writeUInt32LE(lex.size, 32);
  let o = 36;
  for (const [k, f] of lex.entries) {
    buf.writeUInt32LE(k, o);
    buf.writeUInt32LE(f, o + 4);
    o += 8;
  }
  return buf;
}

function decodeLexicon(gz: Uint8Array, sha256: string): Map<number, number> | undefined {
  const buf = gunzipSync(gz);
  if (buf.subarray(0, 32).toString('hex') !== sha256) return undefined;
  const words = new Uint32Array(buf.buffer.slice(buf.byteOffset + 36, buf.byteOffset + buf.length));
  const entries = new Map<number, number>();
  for (let i = 0; i + 1 < words.length; i += 2) entries.set(words[i]!, words[i + 1]!);
  return entries;
}

/** The four lists, loaded once (from the compiled lexicon when it matches them). */
export function dictionaryLexicon(opts: { compiled?: boolean } = {}): Lexicon {
  if (cached && opts.compiled !== false) return cached;
  const raws = DICTIONARIES.map((name) => readFileSync(dictionaryPath(name)));
  const sha = createHash('sha256');
  for (const raw of raws) sha.update(raw);
  const sha256 = sha.digest('hex');
  const source = `@vntk/dictionary@1.0.0 data/{${DICTIONARIES.join(',')}}.txt (MIT)`;
  if (opts.compiled !== false && existsSync(COMPILED_LEXICON)) {
    const gz = readFileSync(COMPILED_LEXICON);
    const entries = decodeLexicon(gz, sha256);
    if (entries) return (cached = { entries, source, sha256, size: gunzipSync(gz).readUInt32LE(32) });
  }
  const entries = new Map<number, number>();
  let size = 0;
  raws.forEach((raw, k) => {
    size += addWords(entries, raw.toString('utf8').split('\n'), LIST_BIT << k);
  });
  const built = { entries, source, sha256, size };
  if (opts.compiled !== false) cached = built;
  return built;
}
