/**
 * Vietnamese legacy font encodings, hand-written because neither is a registered charset:
 *  - TCVN3 (ABC, ".VnTime" fonts): one byte per precomposed letter. We read the full TCVN 5712:1993
 *    table, a superset of the ABC subset (which only has lower-case toned letters).
 *  - VNI (VNI-Windows fonts): a Windows-1252 font whose accented Latin-1 glyphs were redrawn as
 *    Vietnamese marks; a letter is its base letter followed by a mark byte ("Vieät" = "Việt").
 * Both decoders read a "byte string": a string whose chars ≤ U+00FF are byte values. Chars above
 * U+00FF pass through, so the same code repairs legacy text that was already pasted into Unicode.
 */

/** TCVN 5712 bytes 0x80–0xFF (0xA0 is NBSP). */
const TCVN_HIGH =
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ' + // 0x80–0x9F
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ' + // 0xA0–0xAF
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' + // 0xB0–0xBF (B0–B4 are combining tone marks)
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // 0xC0–0xCF
  'éẹềểễếệìỉỄẾỒĩíịò' + // 0xD0–0xDF
  'Ổỏõóọồổỗốộờởỡớợù' + // 0xE0–0xEF
  'ỖủũúụừửữứựỳỷỹýỵỐ'; // 0xF0–0xFF

/** TCVN 5712 puts a few capitals in the C0 control range. */
const TCVN_LOW: Record<number, string> = {
  0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ', 0x11: 'Ứ', 0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ',
};

/** byte value → Unicode for TCVN3, exposed so that tests can build an encoder from the same table. */
export const TCVN3_TABLE: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (let i = 0; i < 128; i++) m.set(0x80 + i, TCVN_HIGH[i]!);
  for (const [k, v] of Object.entries(TCVN_LOW)) m.set(Number(k), v);
  return m;
})();

export function decodeTcvn3(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    out += c <= 0xff ? (TCVN3_TABLE.get(c) ?? bytes[i]!) : bytes[i]!;
  }
  return out.normalize('NFC');
}

// VNI marks, as the Latin-1 characters their bytes show in Windows-1252. Lower- and upper-case
// mark bytes differ by 0x20 like the letters they were drawn over.
const TONE = { grave: 'ø', acute: 'ù', hook: 'û', tilde: 'õ', dot: 'ï' } as const;
const CIRCUMFLEX = { '': 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' } as const;
const BREVE = { '': 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' } as const;
const COMBINING: Record<string, string> = { '': '', grave: '\u0300', acute: '\u0301', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };
/** Letters VNI writes as one byte. */
const VNI_SINGLE: Record<string, string> = { 'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ' };

/** VNI sequence (as Windows-1252 text) → Unicode letter, for every lower- and upper-case letter. */
export const VNI_TABLE: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (seq: string, letter: string) => {
    m.set(seq, letter.normalize('NFC'));
    m.set(seq.toUpperCase(), letter.toUpperCase().normalize('NFC'));
  };
  for (const [k, v] of Object.entries(VNI_SINGLE)) add(k, v);
  for (const [tone, mark] of Object.entries(TONE)) {
    for (const base of ['a', 'e', 'o', 'u', 'y']) add(base + mark, base + COMBINING[tone]);
    add('ô' + mark, 'ơ' + COMBINING[tone]);
    add('ö' + mark, 'ư' + COMBINING[tone]);
  }
  for (const [tone, mark] of Object.entries(CIRCUMFLEX)) for (const base of ['a', 'e', 'o']) add(base + mark, base + '\u0302' + COMBINING[tone]);
  for (const [tone, mark] of Object.entries(BREVE)) add('a' + mark, 'a\u0306' + COMBINING[tone]);
  return m;
})();

const VNI_BASES = new Set(['a', 'e', 'o', 'u', 'y', 'ô', 'ö', 'A', 'E', 'O', 'U', 'Y', 'Ô', 'Ö']);

/** Windows-1252 bytes 0x80–0x9F that VNI fonts keep as punctuation. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeVni(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0x80 && code <= 0x9f) {
      out += CP1252_C1[code - 0x80]!;
      continue;
    }
    if (VNI_BASES.has(ch) && i + 1 < bytes.length) {
      const pair = VNI_TABLE.get(ch + bytes[i + 1]);
      if (pair) {
        out += pair;
        i++;
        continue;
      }
    }
    out += VNI_TABLE.get(ch) ?? ch;
  }
  return out;
}

const CP1252_BYTE = new Map<string, number>([...CP1252_C1].map((c, i) => [c, 0x80 + i]));

/**
 * Unicode text → the bytes it was most likely decoded from by a Windows-1252 or Latin-1 reader,
 * as a byte string; chars no such reader produces pass through unchanged.
 */
export function toByteString(text: string): string {
  let out = '';
  for (const ch of text) {
    const b = CP1252_BYTE.get(ch);
    out += b !== undefined ? String.fromCharCode(b) : ch;
  }
  return out;
}
