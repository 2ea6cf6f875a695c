import type { ReactNode } from 'react';
import { api, type SearchHit } from '../api.ts';
import { useT } from '../i18n.ts';
import { encodeEvidence, onLinkClick, storyHref } from '../router.ts';
import { useData } from '../useData.ts';
import { Status } from '../components/Status.tsx';

/** The snippet as text nodes with the query's words in <mark>. */
function Snippet({ hit }: { hit: SearchHit }) {
  const out: ReactNode[] = [];
  let pos = 0;
  for (const m of hit.marks) {
    if (m.start < pos) continue;
    out.push(hit.text.slice(pos, m.start), <mark key={m.start}>{hit.text.slice(m.start, m.end)}</mark>);
    pos = m.end;
  }
  out.push(hit.text.slice(pos));
  return <p className="snippet">{out}</p>;
}

export function SearchPage({ q }: { q: string }) {
  const { t } = useT();
  const result = useData(`search:${q}`, (signal) => api.search(q, signal));
  if (!q.trim()) return null;
  if (result.state !== 'ok') return <Status value={result} />;
  const hits = result.data.hits;
  return (
    <section className="search-results">
      <h1>{hits.length ? t.searchResults(hits.length, q) : t.noResults(q)}</h1>
      <ol>
        {hits.map((h) => {
          const href = h.story ? storyHref(h.story.id, h.match ? encodeEvidence([{ doc: h.doc, ...h.match }]) : encodeEvidence([{ doc: h.doc, start: 0, end: 0 }])) : null;
          return (
            <li key={h.doc} className="hit">
              {href ? <a href={href} onClick={onLinkClick}>{h.title ?? h.doc}</a> : <span>{h.title ?? h.doc}</span>}
              <span className="meta">{[h.source, h.published?.slice(0, 10) ?? t.undated].filter(Boolean).join(' · ')}{h.story && h.story.title !== h.title ? ` · ${t.story}: ${h.story.title}` : ''}</span>
              <Snippet hit={h} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
