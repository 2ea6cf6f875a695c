/**
 * Bytes → NFC text, saying which encoding was detected.
 * First cut: BOMs, UTF-16 by NUL pattern, strict UTF-8, else Windows-1258 via iconv-lite.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return finish(buf.subarray(3).toString('utf8'), 'utf-8-bom');
  if (buf[0] === 0xff && buf[1] === 0xfe) return finish(buf.subarray(2).toString('utf16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return finish(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(buf), 'utf-8');
  } catch {
    return finish(iconv.decode(buf, 'windows-1258'), 'windows-1258');
  }
}

function finish(text: string, encoding: string): Decoded {
  if (/\u0000/.test(text)) throw new DecodeError(`binary content (NUL bytes) after decoding as ${encoding}`);
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding };
}
