/** Every supported encoding: a seed article encoded into it decodes back to the identical NFC text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes, DecodeError } from '../src/decode/index.ts';
import { TCVN3_TABLE, VNI_TABLE } from '../src/decode/legacy.ts';
import { SEEDS } from './helpers/shared.ts';

const seed = readFileSync(join(SEEDS, '001_eb2b47b7e7d5b613.txt'), 'utf8').normalize('NFC');
// The legacy font encodings have no curly quotes or dashes: writers of that era typed ASCII ones.
const legacySeed = seed.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...');

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/** Windows-1258: precomposed where the code page has the letter, else base letter + combining tone. */
function encode1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text) {
    const direct = iconv.encode(ch, 'windows1258');
    if (iconv.decode(direct, 'windows1258') === ch) {
      parts.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => TONES.test(c)) ?? '';
    const base = [...nfd].filter((c) => !TONES.test(c)).join('').normalize('NFC');
    const enc = iconv.encode(base + tone, 'windows1258');
    assert.equal(iconv.decode(enc, 'windows1258').normalize('NFC'), ch, `windows-1258 cannot write ${ch}`);
    parts.push(enc);
  }
  return Buffer.concat(parts);
}

function encodeTcvn3(text: string): Buffer {
  const inverse = new Map<string, number>();
  for (const [b, ch] of TCVN3_TABLE) if (!TONES.test(ch) && !inverse.has(ch)) inverse.set(ch, b);
  return Buffer.from([...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
    const b = inverse.get(ch);
    assert.ok(b !== undefined, `TCVN3 cannot write ${ch}`);
    return b;
  }));
}

function encodeVni(text: string): Buffer {
  const inverse = new Map<string, string>();
  for (const [seq, ch] of VNI_TABLE) if (!inverse.has(ch)) inverse.set(ch, seq);
  const latin = [...text].map((ch) => inverse.get(ch) ?? ch).join('');
  const buf = iconv.encode(latin, 'windows1252');
  assert.equal(iconv.decode(buf, 'windows1252'), latin, 'VNI text fits Windows-1252');
  return buf;
}

/** UTF-8 read by a browser as Windows-1252, then saved as UTF-8. */
const mojibake = (text: string) => Buffer.from(new TextDecoder('windows-1252').decode(Buffer.from(text, 'utf8')), 'utf8');

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};

const cases: [string, Buffer, string, string][] = [
  ['utf-8', Buffer.from(seed, 'utf8'), seed, 'utf-8'],
  ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]), seed, 'utf-8-bom'],
  ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]), seed, 'utf-16le'],
  ['utf-16le without BOM', Buffer.from(seed, 'utf16le'), seed, 'utf-16le'],
  ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)]), seed, 'utf-16be'],
  ['utf-16be without BOM', utf16be(seed), seed, 'utf-16be'],
  ['windows-1258 (combining tone marks)', encode1258(seed), seed, 'windows-1258'],
  ['TCVN3', encodeTcvn3(legacySeed), legacySeed, 'tcvn3'],
  ['VNI', encodeVni(seed), seed, 'vni'],
  ['UTF-8 mojibake', mojibake(seed), seed, 'utf-8-mojibake'],
  ['VNI text pasted into UTF-8', Buffer.from(encodeVni(seed).toString('latin1').replace(/[\x80-\x9f]/g, (c) => iconv.decode(Buffer.from(c, 'latin1'), 'windows1252')), 'utf8'), seed, 'utf-8+vni'],
  ['TCVN3 text pasted into UTF-8', Buffer.from(encodeTcvn3(legacySeed).toString('latin1'), 'utf8'), legacySeed, 'utf-8+tcvn3'],
];

for (const [name, bytes, expected, encoding] of cases) {
  test(`a seed article in ${name} decodes back to the identical NFC text`, () => {
    const d = decodeBytes(bytes);
    assert.equal(d.encoding, encoding);
    assert.ok(d.text === expected, `first difference at ${[...d.text].findIndex((c, i) => c !== [...expected][i])}`);
  });
}

test('CRLF line ends become LF and the text is NFC', () => {
  const d = decodeBytes(Buffer.from('Hoa\u0300 Bi\u0300nh\r\nHà Nội\r\n', 'utf8'));
  assert.equal(d.text, 'Hoà Bình\nHà Nội\n');
});

test('a genuine Latin-1 letter in correct UTF-8 text is not "repaired"', () => {
  const text = 'Café ở Hà Nội: ông Müller nói "Việt Nam" rất đẹp — à, đúng vậy.';
  assert.equal(decodeBytes(Buffer.from(text, 'utf8')).text, text);
});

test('empty and binary input fail with a clear reason', () => {
  assert.throws(() => decodeBytes(new Uint8Array()), (e: unknown) => e instanceof DecodeError && /empty/.test(e.message));
  assert.throws(() => decodeBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 0, 5, 0, 0, 0, 0, 0, 0, 0])), /binary/);
  assert.throws(() => decodeBytes(Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 32))), /binary/);
});
