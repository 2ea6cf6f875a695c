/** A tiny history-API router: real paths (/story/ID, /entity/NAME, /search?q=) so every view is a link. */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'search'; q: string }
  | { page: 'story'; id: string; ev: string | null }
  | { page: 'entity'; name: string };

export function parseRoute(loc: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(loc.search);
  const m = /^\/(story|entity)\/([^/]+)\/?$/.exec(loc.pathname);
  if (m) {
    const value = decodeURIComponent(m[2]!);
    return m[1] === 'story' ? { page: 'story', id: value, ev: params.get('ev') } : { page: 'entity', name: value };
  }
  if (loc.pathname === '/search') return { page: 'search', q: params.get('q') ?? '' };
  return { page: 'home' };
}

export const storyHref = (id: string, ev?: string) => `/story/${encodeURIComponent(id)}${ev ? `?ev=${encodeURIComponent(ev)}` : ''}`;
export const entityHref = (name: string) => `/entity/${encodeURIComponent(name)}`;
export const searchHref = (q: string) => `/search?q=${encodeURIComponent(q)}`;

/** Evidence in a URL: "doc:start-end,doc:start-end". */
export function encodeEvidence(ev: { doc: string; start: number; end: number }[]): string {
  return ev.map((e) => `${e.doc}:${e.start}-${e.end}`).join(',');
}
export function decodeEvidence(s: string | null): { doc: string; start: number; end: number }[] {
  if (!s) return [];
  return s.split(',').flatMap((part) => {
    const m = /^([\w-]+):(\d+)-(\d+)$/.exec(part);
    return m ? [{ doc: m[1]!, start: Number(m[2]), end: Number(m[3]) }] : [];
  });
}

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location));
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);
  return route;
}

/** Same-origin links that route without a page load (ctrl/middle click still open a new tab). */
export function onLinkClick(e: React.MouseEvent<HTMLAnchorElement>): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href')!);
}
