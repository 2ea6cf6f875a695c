/**
 * Repair UTF-8 that was read as Windows-1252 or Latin-1 and saved again ("Viá»‡t" → "Việt").
 * Each run of characters such a reader produces is turned back into its bytes, and every complete
 * UTF-8 sequence in it is re-read; a byte that starts no valid sequence (a genuine "à" alone, say)
 * keeps its character, so correct text survives. Linear in the length of the text.
 */
import { toByteString } from './legacy.ts';

// Characters a Windows-1252 / Latin-1 reader makes out of bytes 0x80–0xFF.
const SUSPECT_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function rereadRun(run: string): string {
  // every char of a run maps to exactly one byte, so byte i is char i
  const bytes = Buffer.from(toByteString(run), 'latin1');
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceLength(bytes[i]!);
    if (n && i + n <= bytes.length) {
      try {
        out += utf8.decode(bytes.subarray(i, i + n));
        i += n;
        continue;
      } catch {
        /* not a valid sequence: keep the character as it is */
      }
    }
    out += run[i];
    i++;
  }
  return out;
}

/** The text with every mojibake run re-read (unchanged text when there is none). */
export function repairMojibake(text: string): string {
  return text.replace(SUSPECT_RUN, rereadRun);
}
