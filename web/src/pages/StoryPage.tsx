import { api, type DocSummary, type Evidence, type Story } from '../api.ts';
import { useT } from '../i18n.ts';
import { decodeEvidence, encodeEvidence, entityHref, navigate, onLinkClick, storyHref } from '../router.ts';
import { useData } from '../useData.ts';
import { Status } from '../components/Status.tsx';
import { SourcePanel } from '../components/SourcePanel.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { dateRange } from './StoryList.tsx';

function docLabel(d: DocSummary | undefined, undated: string): string {
  if (!d) return '?';
  return `${d.source ?? d.path.split('/').pop()} · ${d.published.value?.slice(0, 10) ?? undated}`;
}

/** A piece of story text that opens its evidence in the source panel. */
function Ev({ evidence, storyId, children, className }: { evidence: Evidence[]; storyId: string; children: React.ReactNode; className?: string }) {
  const href = storyHref(storyId, encodeEvidence(evidence));
  return <a className={`ev ${className ?? ''}`} href={href} onClick={onLinkClick}>{children}</a>;
}

function Claims({ story, docs }: { story: Story; docs: Map<string, DocSummary> }) {
  const { t } = useT();
  const denials = story.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.stance === 'deny');
  const rows = story.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.stance !== 'deny');
  const unpaired = denials.filter(({ c }) => c.answers === undefined || story.claims[c.answers]?.stance === 'deny');
  const claim = (c: Story['claims'][number]) => (
    <div className={`claim stance-${c.stance}`}>
      <span className="tag">{t.stance[c.stance] ?? c.stance}</span>{' '}
      <a className="who" href={entityHref(c.claimant)} onClick={onLinkClick}>{c.claimant}</a>:{' '}
      <Ev evidence={c.evidence} storyId={story.id}>{c.text}</Ev>
      <div className="src">{[...new Set(c.evidence.map((e) => docLabel(docs.get(e.doc), t.undated)))].join(' · ')}</div>
    </div>
  );
  return (
    <div className="claims">
      <div className="claims-head"><span>{t.alleged}</span><span>{t.denied}</span></div>
      {rows.map(({ c, i }) => {
        const answers = denials.filter(({ c: d }) => d.answers === i);
        return (
          <div className="claims-row" key={i}>
            <div>{claim(c)}</div>
            <div>{answers.length ? answers.map(({ c: d, i: j }) => <div key={j}>{claim(d)}</div>) : <span className="none">{t.noDenial}</span>}</div>
          </div>
        );
      })}
      {unpaired.map(({ c, i }) => (
        <div className="claims-row" key={i}><div /><div>{claim(c)}</div></div>
      ))}
    </div>
  );
}

export function StoryPage({ id, ev }: { id: string; ev: string | null }) {
  const { t } = useT();
  const view = useData(`story:${id}`, (signal) => api.story(id, signal));
  if (view.state !== 'ok') return <Status value={view} />;
  const { story, documents } = view.data;
  const docs = new Map(documents.map((d) => [d.id, d]));
  const evidence = decodeEvidence(ev);
  const openDoc = evidence[0]?.doc;
  const evidenceDocs = [...new Set(evidence.map((e) => e.doc))];
  const dates = documents.map((d) => d.published.value?.slice(0, 10)).filter((d): d is string => !!d && /^\d{4}-/.test(d)).sort();
  const quotes = documents.flatMap((d) => d.quotes.map((q) => ({ q, d })));
  const close = () => navigate(storyHref(story.id));
  return (
    <div className={`story-layout ${openDoc ? 'with-source' : ''}`}>
      <article className="story">
        <p><a href="/" onClick={onLinkClick}>{t.back}</a></p>
        {view.data.redirected_from && <p className="note">{t.redirected}</p>}
        <h1>{story.title}</h1>
        <p className="meta">{t.articles(story.documents.length)} · {dateRange(dates[0] ?? null, dates[dates.length - 1] ?? null, t.undated)}</p>

        {story.summary.length > 0 && (
          <section>
            <h2>{t.summary}</h2>
            <p className="summary">
              {story.summary.map((s, i) => <Ev key={i} evidence={[s]} storyId={story.id}>{s.text} </Ev>)}
            </p>
          </section>
        )}

        {story.timeline.length > 0 && (
          <section>
            <h2>{t.timeline}</h2>
            <p className="hint">{t.timelineHint}</p>
            <Timeline entries={story.timeline} onPick={(i) => navigate(storyHref(story.id, encodeEvidence(story.timeline[i]!.evidence)))} />
            <ol className="timeline-list">
              {story.timeline.map((e, i) => (
                <li key={i}>
                  <span className="date">{e.date}</span>
                  <Ev evidence={e.evidence} storyId={story.id}>{e.text}</Ev>
                  <span className="src">{[...new Set(e.evidence.map((x) => docLabel(docs.get(x.doc), t.undated)))].join(' · ')}</span>
                </li>
              ))}
            </ol>
          </section>
        )}

        {story.entities.length > 0 && (
          <section>
            <h2>{t.cast}</h2>
            <table className="cast">
              <thead><tr><th>{t.name}</th><th>{t.type}</th><th>{t.aliases}</th><th>{t.mentions}</th><th>{t.docs}</th></tr></thead>
              <tbody>
                {story.entities.slice(0, 60).map((e) => (
                  <tr key={e.canonical}>
                    <td><a href={entityHref(e.canonical)} onClick={onLinkClick}>{e.canonical}</a>{e.roles?.length ? <div className="src">{e.roles.join(', ')}</div> : null}</td>
                    <td><span className="tag">{e.type}</span></td>
                    <td>{e.aliases.filter((a) => a !== e.canonical).join(', ')}</td>
                    <td>{e.mentions}</td>
                    <td>{e.documents}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        {quotes.length > 0 && (
          <section>
            <h2>{t.quotes}</h2>
            {quotes.map(({ q, d }) => (
              <blockquote key={`${d.id}:${q.start}`}>
                <Ev evidence={[{ doc: d.id, start: q.start, end: q.end }]} storyId={story.id}>“{q.text}”</Ev>
                <footer className="src">
                  — {q.speaker ? <a href={entityHref(q.speaker)} onClick={onLinkClick}>{q.speaker}</a> : (q.speaker_text ?? t.unknownSpeaker)}
                  {q.cue ? ` (${q.cue})` : ''} · {docLabel(d, t.undated)}
                </footer>
              </blockquote>
            ))}
          </section>
        )}

        {story.claims.length > 0 && (
          <section>
            <h2>{t.claims}</h2>
            <Claims story={story} docs={docs} />
          </section>
        )}

        <section>
          <h2>{t.sources}</h2>
          <ul className="sources">
            {documents.map((d) => (
              <li key={d.id}>
                <Ev evidence={[{ doc: d.id, start: 0, end: 0 }]} storyId={story.id}>{d.title ?? d.path}</Ev>
                <span className="src"> — {docLabel(d, t.undated)}</span>
              </li>
            ))}
          </ul>
        </section>
      </article>
      {openDoc && (
        <div className="source-column">
          {evidenceDocs.length > 1 && (
            <nav className="evidence-docs">
              {evidenceDocs.map((docId) => (
                <a key={docId} className={docId === openDoc ? 'on' : ''} href={storyHref(story.id, encodeEvidence([...evidence.filter((e) => e.doc === docId), ...evidence.filter((e) => e.doc !== docId)]))} onClick={onLinkClick}>
                  {docLabel(docs.get(docId), t.undated)}
                </a>
              ))}
            </nav>
          )}
          <SourcePanel docId={openDoc} marks={evidence.filter((e) => e.doc === openDoc)} onClose={close} />
        </div>
      )}
    </div>
  );
}
