/**
 * Bytes → NFC text, saying which encoding was detected.
 *
 * Transport first (BOMs, UTF-16 by its NUL pattern, strict UTF-8), then the Vietnamese-specific
 * question: which reading gives Vietnamese? Candidates (Windows-1258, TCVN3, VNI, repaired UTF-8
 * mojibake, legacy-font text pasted into Unicode) are scored by the share of well-formed Vietnamese
 * syllables (src/text/syllable.ts) and the best one wins; the file name plays no part.
 */
import iconv from 'iconv-lite';
import { vietnamesePlausibility } from '../text/syllable.ts';
import { decodeTcvn3, decodeVni, toByteString } from './legacy.ts';
import { repairMojibake } from './mojibake.ts';

export interface Decoded {
  text: string;
  /** utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, vni, utf-8-mojibake, utf-8+tcvn3, utf-8+vni, utf-8-lossy */
  encoding: string;
}

export class DecodeError extends Error {}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');
const SAMPLE = 20_000;

/** 'le' / 'be' when most high bytes of the first 4 KB are NUL (ASCII and Vietnamese in UTF-16), else null. */
function utf16ByNuls(buf: Buffer): 'le' | 'be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.2 * half && even < 0.02 * half) return 'le';
  if (even > 0.2 * half && odd < 0.02 * half) return 'be';
  return null;
}

interface Candidate {
  text: string;
  encoding: string;
}

/**
 * The most Vietnamese-looking candidate. The first is the baseline: another reading replaces it only
 * when it halves the malformed words, so that a "Café" or "Müller" in good text changes nothing.
 */
function best(cands: Candidate[]): Candidate {
  const base = vietnamesePlausibility(cands[0]!.text, SAMPLE);
  let top = cands[0]!;
  let topScore = base.score;
  for (const c of cands.slice(1)) {
    const p = vietnamesePlausibility(c.text, SAMPLE);
    if (p.invalid <= base.invalid / 2 && p.score > topScore + 1e-9) {
      top = c;
      topScore = p.score;
    }
  }
  return top;
}

// Latin-1 and Windows-1252 characters that are not Vietnamese letters: every mojibake or pasted
// legacy-font text has some ("»", "Ä", "Æ", "¸", "ä" …); text without them needs no scoring at all.
const NOT_VIETNAMESE_LATIN1 = /[\u0080-\u009f\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2020\u2021\u2030\u2039\u203a\u2122\ufffd]/;

/** Unicode text that may still hold mojibake or legacy-font text pasted as Latin-1 letters. */
function fromUnicode(text: string, encoding: string): Candidate {
  if (!NOT_VIETNAMESE_LATIN1.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) return { text, encoding };
  const p = vietnamesePlausibility(text, SAMPLE);
  // Clean Vietnamese (or ASCII) text: nothing to repair. This is the fast path for almost every file.
  if (p.invalid === 0 || p.invalid < 0.01 * p.tokens) return { text, encoding };
  const bytes = toByteString(text);
  return best([
    { text, encoding },
    { text: repairMojibake(text), encoding: 'utf-8-mojibake' },
    { text: decodeTcvn3(bytes), encoding: `${encoding}+tcvn3` },
    { text: decodeVni(bytes), encoding: `${encoding}+vni` },
  ]);
}

function fromSingleByte(buf: Buffer): Candidate {
  const bytes = buf.toString('latin1');
  return best([
    { text: utf8Lossy.decode(buf), encoding: 'utf-8-lossy' },
    { text: iconv.decode(buf, 'windows1258'), encoding: 'windows-1258' },
    { text: decodeTcvn3(bytes), encoding: 'tcvn3' },
    { text: decodeVni(bytes), encoding: 'vni' },
  ]);
}

function transport(buf: Buffer): Candidate {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return fromUnicode(utf8Lossy.decode(buf.subarray(3)), 'utf-8-bom');
  if (buf[0] === 0xff && buf[1] === 0xfe) return fromUnicode(buf.subarray(2).toString('utf16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return fromUnicode(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  const u16 = utf16ByNuls(buf);
  if (u16 === 'le') return fromUnicode(buf.toString('utf16le'), 'utf-16le');
  if (u16 === 'be') return fromUnicode(iconv.decode(buf, 'utf-16be'), 'utf-16be');
  if (buf.includes(0)) throw new DecodeError('binary content (NUL bytes), not a text file');
  let text: string;
  try {
    text = utf8Strict.decode(buf);
  } catch {
    return fromSingleByte(buf);
  }
  return fromUnicode(text, 'utf-8');
}

const CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/g;

/** Decode a file's bytes; throws DecodeError with a reason a user can act on. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { text, encoding } = transport(buf);
  if (text.includes('\u0000')) throw new DecodeError(`binary content (NUL characters) after decoding as ${encoding}`);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > 0.05 * sample.length) throw new DecodeError(`binary content (${controls} control characters in ${sample.length}), not a text file`);
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding };
}
