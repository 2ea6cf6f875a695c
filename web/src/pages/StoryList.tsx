import { api } from '../api.ts';
import { useT } from '../i18n.ts';
import { onLinkClick, storyHref } from '../router.ts';
import { useData } from '../useData.ts';
import { Status } from '../components/Status.tsx';

export function dateRange(first: string | null, last: string | null, undated: string): string {
  if (!first) return undated;
  return last && last !== first ? `${first} → ${last}` : first;
}

export function StoryList() {
  const { t } = useT();
  const list = useData('stories', (signal) => api.stories(signal));
  if (list.state !== 'ok') return <Status value={list} />;
  return (
    <section className="story-list">
      <h1>{t.stories}</h1>
      {list.data.stories.length === 0 ? <p>{t.noStories}</p> : (
        <ul>
          {list.data.stories.map((s) => (
            <li key={s.id}>
              <a href={storyHref(s.id)} onClick={onLinkClick}>{s.title}</a>
              <span className="meta">{t.articles(s.documents)} · {dateRange(s.first_published, s.last_published, t.undated)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
