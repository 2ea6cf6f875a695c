/**
 * The word lists for lexicon features and the longest-matching baseline: @vntk/dictionary's
 * Viet74K, Viet39K, Viet22K and Viet11K word lists and the headwords of its dictionary.json (a
 * general Vietnamese dictionary with parts of speech; all MIT), read from node_modules, as one map
 * from syllable-sequence keys to flags. Which lists hold a word is kept (the smaller lists hold the
 * commoner words), and so are the dictionary's parts of speech: the model learns how far to trust
 * each. The dictionary matters most: its headwords follow the treebank's idea of a word much more
 * closely than the big lists ("buổi sáng", "nhà khoa học", "tỏ ra" are not headwords).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { mix, syllableForm, hashString } from './keys.ts';
import { makeUnits, scanUnits, PUNCT } from './units.ts';
import { IntTable } from './inttable.ts';

/** Longest word the lexicon features look at, in units. */
export const MAX_WORD = 6;
export const SEQ_SEED = 0x2545f491;
const IS_WORD = 1;
const HAS_LONGER = 2;
/** Flag bit of the first list; list k of DICTIONARIES sets bit LIST_BIT << k, the dictionary's headwords the next. */
const LIST_BIT = 4;
const DICTIONARIES = ['Viet74K', 'Viet39K', 'Viet22K', 'Viet11K'];
const HEADWORDS = 'dictionary.json';
/** Part-of-speech bits of a headword: POS_BIT times one or more of these. */
const POS_BIT = 128;
const POS_N = 1, POS_V = 2, POS_A = 4, POS_CLASSIFIER = 8, POS_OTHER = 16;

export interface Lexicon {
  /** sequence key → IS_WORD | HAS_LONGER */
  entries: IntTable;
  /** where the words came from and their digest, for the model's metadata */
  source: string;
  sha256: string;
  size: number;
}

export const isWord = (flags: number | undefined) => flags !== undefined && (flags & IS_WORD) !== 0;
export const hasLonger = (flags: number | undefined) => flags !== undefined && (flags & HAS_LONGER) !== 0;
/** Which lists hold the word, one bit per list (0 for none). */
export const listsOf = (flags: number) => (flags >> 2) & 31;
/** The dictionary's parts of speech for the word (0 when it is not a headword). */
export const posOf = (flags: number) => flags >> 7;

let dataDir: string | undefined;

/** Path of one of @vntk/dictionary's data files (the package is resolved once: each resolve walks the file system). */
function dictionaryPath(file: string): string {
  dataDir ??= join(dirname(createRequire(import.meta.url).resolve('@vntk/dictionary/package.json')), 'data');
  return join(dataDir, file);
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

/** Part-of-speech bits of a headword's senses: "con" is a noun, an adjective and a classifier. */
function posBits(senses: readonly { pos?: string; sub_pos?: string }[]): number {
  let pos = 0;
  for (const s of senses) {
    if (s.sub_pos === 'Nc') pos |= POS_CLASSIFIER;
    else if (s.pos === 'N') pos |= POS_N;
    else if (s.pos === 'V') pos |= POS_V;
    else if (s.pos === 'A') pos |= POS_A;
    else pos |= POS_OTHER;
  }
  return pos;
}

/** Add dictionary.json's headwords with their parts of speech; returns the count of new words. */
function addHeadwords(entries: Map<number, number>, raw: Buffer, bit: number): number {
  const dict = JSON.parse(raw.toString('utf8')) as Record<string, { pos?: string; sub_pos?: string }[]>;
  let size = 0;
  for (const w of Object.keys(dict).sort()) size += addWords(entries, [w], bit | posBits(dict[w]!) * POS_BIT);
  return size;
}

let cached: Lexicon | undefined;

/**
 * The compiled lexicon: the same entries, precomputed by `npm run build:lexicon`, so that a run does
 * not parse 13 MB of word lists and dictionary (about a second) before segmenting anything. It is
 * used only when the installed files have the byte sizes recorded with it (the package is pinned;
 * hashing the files on every run would cost more than the rest of the load).
 */
export const COMPILED_LEXICON = new URL('../../models/segmenter/lexicon.bin.gz', import.meta.url);

const FILES = [...DICTIONARIES.map((name) => `${name}.txt`), HEADWORDS];
const HEADER = 36 + 4 * FILES.length;

/** gzip of: 32-byte SHA-256 of the files, uint32 word count, uint32 byte size of each file, then (key, flags) uint32 pairs. */
export function encodeLexicon(lex: Lexicon): Uint8Array {
  const buf = Buffer.alloc(HEADER + lex.entries.size * 8);
  Buffer.from(lex.sha256, 'hex').copy(buf, 0);
  buf.writeUInt32LE(lex.size, 32);
  FILES.forEach((f, k) => buf.writeUInt32LE(statSync(dictionaryPath(f)).size, 36 + 4 * k));
  let o = HEADER;
  for (const [k, f] of lex.entries) {
    buf.writeUInt32LE(k, o);
    buf.writeUInt32LE(f, o + 4);
    o += 8;
  }
  return buf;
}

function decodeLexicon(gz: Uint8Array): Omit<Lexicon, 'source'> | undefined {
  const buf = gunzipSync(gz);
  if (buf.length < HEADER || FILES.some((f, k) => statSync(dictionaryPath(f)).size !== buf.readUInt32LE(36 + 4 * k))) return undefined;
  const words = new Uint32Array(buf.buffer.slice(buf.byteOffset + HEADER, buf.byteOffset + buf.length));
  return { entries: IntTable.fromPairs(words), sha256: buf.subarray(0, 32).toString('hex'), size: buf.readUInt32LE(32) };
}

const SOURCE = `@vntk/dictionary@1.0.0 data/{${DICTIONARIES.join(',')}}.txt + data/${HEADWORDS} headwords (MIT)`;

/** The four lists and the headwords, loaded once (from the compiled lexicon when it matches them). */
export function dictionaryLexicon(opts: { compiled?: boolean } = {}): Lexicon {
  if (cached && opts.compiled !== false) return cached;
  if (opts.compiled !== false && existsSync(COMPILED_LEXICON)) {
    const compiled = decodeLexicon(readFileSync(COMPILED_LEXICON));
    if (compiled) return (cached = { ...compiled, source: SOURCE });
  }
  const raws = FILES.map((f) => readFileSync(dictionaryPath(f)));
  const sha = createHash('sha256');
  for (const raw of raws) sha.update(raw);
  const entries = new Map<number, number>();
  let size = 0;
  DICTIONARIES.forEach((_, k) => {
    size += addWords(entries, raws[k]!.toString('utf8').split('\n'), LIST_BIT << k);
  });
  size += addHeadwords(entries, raws[DICTIONARIES.length]!, LIST_BIT << DICTIONARIES.length);
  const built = { entries: IntTable.fromMap(entries), source: SOURCE, sha256: sha.digest('hex'), size };
  if (opts.compiled !== false) cached = built;
  return built;
}
