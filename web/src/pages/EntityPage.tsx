import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { encodeEvidence, onLinkClick, storyHref } from '../router.ts';
import { useData } from '../useData.ts';
import { Status } from '../components/Status.tsx';

export function EntityPage({ name }: { name: string }) {
  const { t } = useT();
  const entity = useData(`entity:${name}`, (signal) => api.entity(name, signal));
  if (entity.state !== 'ok') return <Status value={entity} />;
  const e = entity.data;
  return (
    <section className="entity">
      <p className="kicker">{t.entity}{e.type ? <span className="tag">{e.type}</span> : null}</p>
      <h1>{e.canonical}</h1>
      {e.aliases.length > 0 && <p><b>{t.aliases}:</b> {e.aliases.join(' · ')}</p>}
      <h2>{t.inStories}</h2>
      <ul>
        {e.stories.map((s) => (
          <li key={s.id}><a href={storyHref(s.id)} onClick={onLinkClick}>{s.title}</a> <span className="meta">{s.mentions} × {t.mentions.toLowerCase()}</span></li>
        ))}
      </ul>
      {e.quotes.length > 0 && (
        <>
          <h2>{t.saidBy}</h2>
          {e.quotes.map((q) => (
            <blockquote key={`${q.doc}:${q.start}`}>
              <p>“{q.text}”</p>
              <footer className="meta">
                {q.cue ? `${q.cue} · ` : ''}{[q.source, q.published?.slice(0, 10) ?? t.undated].filter(Boolean).join(' · ')}
                {q.story ? <> · <a href={storyHref(q.story, encodeEvidence([q]))} onClick={onLinkClick}>{q.title ?? q.doc}</a></> : null}
              </footer>
            </blockquote>
          ))}
        </>
      )}
    </section>
  );
}
