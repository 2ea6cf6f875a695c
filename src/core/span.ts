/** A half-open range of UTF-16 code units into a document's `text` (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byStart<T extends Span>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end;
}

/** Spans of `layer` that lie entirely inside `outer`; `layer` must be sorted by start. */
export function spansWithin<T extends Span>(layer: readonly T[], outer: Span): T[] {
  const out: T[] = [];
  for (const s of layer) {
    if (s.start >= outer.end) break;
    if (s.start >= outer.start && s.end <= outer.end) out.push(s);
  }
  return out;
}

/** Trim white space off both ends of a span. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Index of the first item whose key is ≥ `value` in items sorted by that key (binary search). */
export function lowerBound<T>(items: readonly T[], value: number, keyOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
