/**
 * Keys for matching and search. None of these change the text that offsets refer to:
 * they make comparison keys, and keep the string length so a match maps back to the same span.
 */

// Old ("hoà", "thuỷ") vs new ("hòa", "thủy") tone placement: both are current in Vietnamese news.
// We key on the new style. Each pair is two NFC code units on both sides, so lengths are kept.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const OLD_TO_NEW = new Map<string, string>();
for (const [glide, vowel] of [['o', 'a'], ['o', 'e'], ['u', 'y'], ['O', 'A'], ['O', 'E'], ['U', 'Y'], ['o', 'A'], ['u', 'Y']] as const) {
  for (const t of TONES) {
    const old = (glide + (vowel + t).normalize('NFC')).normalize('NFC');
    const neu = ((glide + t).normalize('NFC') + vowel).normalize('NFC');
    if (old.length === 2 && neu.length === 2) OLD_TO_NEW.set(old, neu);
  }
}
const OLD_TONE_RE = new RegExp(`(${[...OLD_TO_NEW.keys()].join('|')})(?![\\p{L}])`, 'gu');

/** "hoà" → "hòa", "thuỷ" → "thủy" (word-final only: "hoàng" and "khuya" keep their marks). Same length. */
export function normalizeTonePlacement(text: string): string {
  return text.replace(OLD_TONE_RE, (m) => OLD_TO_NEW.get(m) ?? m);
}

/** NBSP, ZWSP and other odd spaces → " " (zero-width ones → ""), for keys only. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
}

/** Matching key: NFC, new-style tones, plain spaces, lower case. */
export function matchKey(text: string): string {
  return normalizeTonePlacement(normalizeSpaces(text.normalize('NFC'))).toLowerCase();
}

/** Search key without diacritics: "Triều Tiên" → "trieu tien", "Đội" → "doi". */
export function foldDiacritics(text: string): string {
  return normalizeSpaces(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
