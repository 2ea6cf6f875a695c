/**
 * Repetition across the files of one run: a line that several articles of the same outlet share
 * ("Giúp NTDVN sửa lỗi", a newsletter box, a recurring promo) is page chrome, not news. Files are
 * grouped by outlet (URL domain or stated source); articles that are copies of each other (most of
 * their lines shared) do not count as evidence against each other.
 */
import type { ArticleDraft } from '../ingest/types.ts';
import { lineKey } from './features.ts';

/** Longer lines are article text, never repeated chrome. */
export const MAX_KEY_CHARS = 300;

export function outletKey(d: ArticleDraft): string {
  if (d.hints.url) {
    try {
      return new URL(d.hints.url).hostname.replace(/^www\./, '');
    } catch {
      /* not a URL: fall through */
    }
  }
  return d.hints.source?.toLowerCase() ?? '(no outlet stated)';
}

/** Keys of the lines of a text that can count as repeated chrome (not too long). */
export function lineKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t && t.length <= MAX_KEY_CHARS) keys.add(lineKey(t));
  }
  return keys;
}

/**
 * For each draft, a function giving how many OTHER files of its outlet contain a line key.
 * `keysOf(i)` gives draft i's line keys (lineKeys of its text, or the same keys already computed).
 */
export function batchRepetition(drafts: ArticleDraft[], keysOf: (i: number) => Set<string> = (i) => lineKeys(drafts[i]!.text)): ((key: string) => number)[] {
  const groups = new Map<string, number[]>();
  for (let i = 0; i < drafts.length; i++) {
    const k = outletKey(drafts[i]!);
    const members = groups.get(k);
    if (members) members.push(i);
    else groups.set(k, [i]);
  }
  const out: ((key: string) => number)[] = drafts.map(() => () => 0);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keys = members.map(keysOf);
    const df = new Map<string, number>();
    for (const ks of keys) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
    members.forEach((i, m) => {
      const own = keys[m]!;
      let shared = 0;
      for (const k of own) if ((df.get(k) ?? 0) > 1) shared++;
      // a near-copy of another article in the run: its shared lines are the article itself
      if (shared > 0.4 * own.size) return;
      out[i] = (key: string) => Math.max(0, (df.get(key) ?? 0) - (own.has(key) ? 1 : 0));
    });
  }
  return out;
}
