/**
 * Is a word shaped like a Vietnamese syllable? Used to score how plausible a decoding is (mojibake
 * and legacy-font bytes read with the wrong table give "Viá»‡t", "B¶o", "Vieät": never syllables).
 * It is a shape test (onset + up to three vowels + coda, at most one tone mark), not a dictionary.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
const cache = new Map<string, boolean>();

/** `word` is one lower- or mixed-case syllable without punctuation ("Triều", "nghiêng", "ĐẠI"). */
export function isVietnameseSyllable(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS);
  const ok = (!tones || tones.length === 1) && SYLLABLE.test(nfd.replace(TONE_MARKS, '').normalize('NFC'));
  if (cache.size < 50_000) cache.set(word, ok);
  return ok;
}

const EDGE_PUNCT = /^[\p{P}\p{S}\d]+|[\p{P}\p{S}\d]+$/gu;
const NON_ASCII = /[^\x00-\x7f]/;

export interface Plausibility {
  /** whitespace-separated tokens looked at */
  tokens: number;
  /** tokens with a non-ASCII letter that are well-formed Vietnamese syllables (or hyphenated runs of them) */
  valid: number;
  /** tokens with a non-ASCII character that are not */
  invalid: number;
  /** (valid − 2·invalid) / tokens: higher is more plausible; pure ASCII text scores 0 */
  score: number;
}

/** How Vietnamese a text looks, from at most `limit` characters. */
export function vietnamesePlausibility(text: string, limit = 20_000): Plausibility {
  const sample = text.length > limit ? text.slice(0, limit) : text;
  let tokens = 0;
  let valid = 0;
  let invalid = 0;
  for (const raw of sample.split(/\s+/)) {
    if (!raw) continue;
    tokens++;
    if (!NON_ASCII.test(raw)) continue;
    const core = raw.replace(EDGE_PUNCT, '');
    if (!core || !NON_ASCII.test(core)) {
      // only punctuation or symbols outside ASCII ("–", "…", "“"): neutral unless it is a control or replacement char
      if (/[\u0080-\u009f\ufffd]/.test(raw)) invalid++;
      continue;
    }
    const parts = core.split(/[-‐–]/);
    if (parts.every((p) => p === '' || !NON_ASCII.test(p) || isVietnameseSyllable(p))) valid++;
    else invalid++;
  }
  return { tokens, valid, invalid, score: tokens ? (valid - 2 * invalid) / tokens : 0 };
}
