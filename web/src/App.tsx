import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { initialLang, LangContext, STRINGS, type Lang } from './i18n.ts';
import { navigate, onLinkClick, searchHref, useRoute } from './router.ts';
import { StoryList } from './pages/StoryList.tsx';
import { StoryPage } from './pages/StoryPage.tsx';
import { EntityPage } from './pages/EntityPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';

function SearchBox({ initial, placeholder, button }: { initial: string; placeholder: string; button: string }) {
  const [q, setQ] = useState(initial);
  useEffect(() => setQ(initial), [initial]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(searchHref(q.trim()));
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input type="search" name="q" value={q} onChange={(e) => setQ(e.target.value)} placeholder={placeholder} aria-label={placeholder} />
      <button type="submit">{button}</button>
    </form>
  );
}

export function App() {
  const route = useRoute();
  const [lang, setLang] = useState<Lang>(initialLang);
  const toggle = useCallback(() => setLang((l) => (l === 'vi' ? 'en' : 'vi')), []);
  useEffect(() => {
    document.documentElement.lang = lang;
    try { localStorage.setItem('nienbieu.lang', lang); } catch { /* storage may be disabled */ }
  }, [lang]);
  const ctx = useMemo(() => ({ lang, t: STRINGS[lang], toggle }), [lang, toggle]);
  const t = ctx.t;
  return (
    <LangContext.Provider value={ctx}>
      <header className="top">
        <a href="/" className="brand" onClick={onLinkClick}>Niên Biểu <small>年表</small></a>
        <span className="tagline">{t.appTagline}</span>
        <SearchBox initial={route.page === 'search' ? route.q : ''} placeholder={t.searchPlaceholder} button={t.searchButton} />
        <button className="lang" onClick={toggle} lang={lang === 'vi' ? 'en' : 'vi'}>{t.language}</button>
      </header>
      <main>
        {route.page === 'home' && <StoryList />}
        {route.page === 'search' && <SearchPage q={route.q} />}
        {route.page === 'story' && <StoryPage id={route.id} ev={route.ev} />}
        {route.page === 'entity' && <EntityPage name={route.name} />}
      </main>
    </LangContext.Provider>
  );
}
