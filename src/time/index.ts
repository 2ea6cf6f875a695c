/**
 * Temporal expressions. First cut: numeric day/month(/year) dates and "năm YYYY";
 * issue #5 builds the full tagger and normaliser.
 */
import type { Doc, Published } from '../core/doc.ts';
import type { Timex } from '../core/layers.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function tagTimexes(doc: Doc, dct: string | null): Timex[] {
  const out: Timex[] = [];
  const dctYear = dct && /^\d{4}/.test(dct) ? Number(dct.slice(0, 4)) : null;
  for (const s of doc.layers.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const re = /(?:(?:ngày|hôm)\s+)?\b(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?\b|\bnăm\s+(\d{4})\b/giu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      let value: string;
      if (m[4]) value = m[4];
      else {
        const d = Number(m[1]);
        const mo = Number(m[2]);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
        const y = m[3] ? m[3] : dctYear ? String(dctYear) : 'XXXX';
        value = `${y}-${pad(mo)}-${pad(d)}`;
      }
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0], value, anchor: m[3] || m[4] ? 'absolute' : 'dct' });
    }
  }
  return out;
}

/** Published date when the page does not state it: the interval after the latest dated mention. */
export function inferPublished(doc: Doc): Published {
  const dates = doc.layers.timexes.map((t) => t.value).filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).sort();
  const latest = dates[dates.length - 1];
  if (!latest) return doc.meta.published;
  return { value: latest, basis: 'inferred', earliest: latest, latest: null, why: 'latest dated mention in the text' };
}
