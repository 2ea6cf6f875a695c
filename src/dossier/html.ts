import { readFileSync } from 'node:fs';
import type { Dossier } from './types.ts';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/** JSON safe inside a <script> element: no "</script>", no HTML comment openers. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A self-contained report page: the dossier's data travels inside the page and a small script
 * renders it with textContent only, so article text (untrusted) can never become markup.
 */
export function toHtml(d: Dossier): string {
  const title = d.stories[0]?.title ?? 'Niên Biểu dossier';
  const escTitle = title.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escTitle} — Niên Biểu</title>
<style>${asset('report.css')}</style>
</head>
<body>
<header><h1>Niên Biểu <small>年表</small></h1><nav id="stories"></nav></header>
<main id="app"></main>
<aside id="source" hidden></aside>
<script type="application/json" id="dossier">${scriptJson(d)}</script>
<script>${asset('report.js')}</script>
</body>
</html>
`;
}
