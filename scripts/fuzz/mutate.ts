/** Input generators for the fuzz run: random bytes and mutations of real articles. Deterministic per seed. */

export class Rng {
  private s: number;
  constructor(seed: number) {
    // splitmix32 scrambles nearby seeds (input i and i+1) into unrelated xorshift states
    let z = (seed + 0x9e3779b9) | 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    this.s = (z ^ (z >>> 16)) >>> 0 || 1;
  }
  /** xorshift32: fast, deterministic, good enough to pick mutations */
  next(): number {
    let x = this.s;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.s = x >>> 0;
    return this.s / 0x100000000;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
}

const HOSTILE_SNIPPETS = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0000', '\uFEFF', '\u200B', '\uD800', '""""""""',
  '““““', '((((((((((', '1/1/1/1/1/1/1/1', 'ngày ngày ngày ngày', 'Ông Ông Ông Ông', 'Title: x\nContent:\n',
  '<div>'.repeat(200), '{"text":', 'Theo Theo Theo', '…'.repeat(50), '\r\n\r\n', 'ÿþ', '\t'.repeat(30),
];

type Mutation = (b: Buffer, r: Rng) => Buffer;

const MUTATIONS: Mutation[] = [
  (b, r) => { const c = Buffer.from(b); for (let i = 0; i < 1 + r.int(20); i++) c[r.int(c.length)] = r.int(256); return c; },
  (b, r) => b.subarray(0, r.int(b.length + 1)),
  (b, r) => b.subarray(r.int(b.length + 1)),
  (b, r) => { const at = r.int(b.length + 1); return Buffer.concat([b.subarray(0, at), Buffer.from(r.pick(HOSTILE_SNIPPETS)), b.subarray(at)]); },
  (b, r) => { const at = r.int(b.length + 1); const junk = Buffer.alloc(1 + r.int(64)); for (let i = 0; i < junk.length; i++) junk[i] = r.int(256); return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]); },
  (b) => Buffer.from(b.toString('utf8').replace(/\n/g, ' ')),
  (b) => Buffer.from(`<html><body><article><p>${b.toString('utf8').replace(/\n\n/g, '</p><p>')}</p></article></body></html>`),
  (b) => Buffer.from(JSON.stringify({ text: b.toString('utf8'), title: 'x', published: 'not a date' })),
  (b) => Buffer.from(b.toString('utf8'), 'latin1'),
  (b) => Buffer.from(b.toString('utf8'), 'utf16le'),
  (b, r) => { const s = b.toString('utf8'); const at = r.int(s.length + 1); return Buffer.from(s.slice(0, at) + s.slice(at, at + 200).repeat(20 + r.int(50)) + s.slice(at)); },
  (b) => Buffer.from(b.toString('utf8').normalize('NFD')),
  (b) => Buffer.from(b.toString('utf8').toUpperCase()),
];

/** Input i of the run: random bytes (1 in 8), else one to three mutations of a real article. */
export function fuzzInput(i: number, corpus: Buffer[], seed: number): Buffer {
  const r = new Rng(seed * 1000003 + i);
  if (r.int(8) === 0) {
    const b = Buffer.alloc(r.int(4096));
    for (let k = 0; k < b.length; k++) b[k] = r.int(256);
    return b;
  }
  let b = r.pick(corpus);
  for (let k = 0, n = 1 + r.int(3); k < n; k++) b = r.pick(MUTATIONS)(b, r);
  return b;
}
