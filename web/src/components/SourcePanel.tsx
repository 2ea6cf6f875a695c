/**
 * The source article with its evidence highlighted. The text is untrusted: it is only ever given to
 * React as text children (text nodes), cut at evidence and removed-block boundaries.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { api, type DocumentView, type Span } from '../api.ts';
import { useT } from '../i18n.ts';
import { useData } from '../useData.ts';
import { Status } from './Status.tsx';

interface Cut extends Span { kind: 'mark' | 'removed'; reason?: string }

/** Non-overlapping pieces: evidence marks win over removed blocks; overlapping marks are merged. */
function pieces(doc: DocumentView, marks: Span[]): Cut[] {
  const merged: Span[] = [];
  for (const m of [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ start: Math.max(0, m.start), end: Math.min(doc.text.length, m.end) });
  }
  const cuts: Cut[] = merged.map((m) => ({ ...m, kind: 'mark' }));
  for (const r of doc.removed) {
    let s = r.start;
    for (const m of merged) {
      if (m.end <= s || m.start >= r.end) continue;
      if (m.start > s) cuts.push({ start: s, end: m.start, kind: 'removed', reason: r.reason });
      s = Math.max(s, m.end);
    }
    if (s < r.end) cuts.push({ start: s, end: r.end, kind: 'removed', reason: r.reason });
  }
  return cuts.sort((a, b) => a.start - b.start);
}

function ArticleText({ doc, marks }: { doc: DocumentView; marks: Span[] }) {
  const { t } = useT();
  const firstMark = useRef<HTMLElement | null>(null);
  const out: ReactNode[] = [];
  let pos = 0;
  let sawMark = false;
  for (const c of pieces(doc, marks)) {
    if (c.start < pos) continue;
    if (c.start > pos) out.push(doc.text.slice(pos, c.start));
    const text = doc.text.slice(c.start, c.end);
    if (c.kind === 'mark') {
      const first = !sawMark;
      sawMark = true;
      out.push(<mark key={`m${c.start}`} ref={first ? (el) => { firstMark.current = el; } : undefined}>{text}</mark>);
    } else {
      out.push(<span key={`r${c.start}`} className="removed" title={`${t.removedBlock}: ${c.reason ?? ''}`}>{text}</span>);
    }
    pos = c.end;
  }
  if (pos < doc.text.length) out.push(doc.text.slice(pos));
  const marksKey = marks.map((m) => `${m.start}-${m.end}`).join(',');
  useEffect(() => {
    firstMark.current?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [doc.id, marksKey]);
  return <div className="article-text">{out}</div>;
}

export function SourcePanel({ docId, marks, onClose }: { docId: string; marks: Span[]; onClose: () => void }) {
  const { t } = useT();
  const doc = useData(docId, (signal) => api.document(docId, signal));
  return (
    <aside className="source" aria-label={t.source}>
      <button className="close" onClick={onClose} title={t.close} aria-label={t.close}>×</button>
      {doc.state !== 'ok' ? <Status value={doc} /> : (
        <>
          <h2>{doc.data.title ?? doc.data.path}</h2>
          <p className="meta">
            {[doc.data.source, doc.data.published.value?.slice(0, 16).replace('T', ' ') ?? t.undated, doc.data.author].filter(Boolean).join(' · ')}
            {doc.data.url && /^https?:\/\//i.test(doc.data.url) ? <> · <a href={doc.data.url} rel="noopener noreferrer nofollow" target="_blank">{doc.data.url}</a></> : null}
          </p>
          <ArticleText doc={doc.data} marks={marks} />
        </>
      )}
    </aside>
  );
}
