/**
 * The web UI in a real browser (Debian's chromium through playwright-core, never a downloaded one):
 * one server per file over an embedded store holding the five seeds and one hostile article.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ServerType } from '@hono/node-server';
import { Store } from '../src/store/store.ts';
import { startServer } from '../src/server/serve.ts';
import { foldDiacritics } from '../src/text/fold.ts';
import { ROOT, SEEDS } from './helpers/shared.ts';
import { fixture, freshDataDir, tempDir } from './fixtures/store/env.ts';

const CHROMIUM = process.env.NIENBIEU_CHROMIUM ?? '/usr/bin/chromium';
const WEB = join(ROOT, 'dist', 'web', 'index.html');
const skip = !existsSync(CHROMIUM) ? `needs Chromium at ${CHROMIUM} (apt-get install chromium, or set NIENBIEU_CHROMIUM)`
  : !existsSync(WEB) ? `needs the built UI at ${WEB} (run npm run build:web)` : false;
const RESULTS = join(ROOT, 'test-results');

describe('web UI in Chromium', { skip }, () => {
  let store: Store;
  let server: ServerType;
  let base: string;
  let browser: BrowserContext;
  const dialogs: string[] = [];
  const cspErrors: string[] = [];
  const api = async (path: string) => (await fetch(`${base}${path}`)).json();

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000); // a missing element fails a test in seconds, not half a minute
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
    page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));
    return page;
  }

  before(async () => {
    store = await Store.open({ data: await freshDataDir('e2e') });
    const r = await store.ingester.ingestPaths([SEEDS, fixture('hostile.json')]);
    assert.equal(r.added.length, 6, JSON.stringify(r.errors));
    ({ server, url: base } = await startServer(store, { port: 0 }));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launchPersistentContext(tempDir('chromium-profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'],
    });
    mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await store?.close();
  });

  /** The seed story with the richest timeline. */
  async function seedStory(): Promise<{ id: string; title: string; timeline: { evidence: { doc: string; start: number; end: number }[] }[] }> {
    const { stories } = await api('/api/stories');
    const views = await Promise.all(stories.map((s: { id: string }) => api(`/api/stories/${s.id}`)));
    const seeds = views.filter((v) => !v.story.title.includes('<script>'));
    return seeds.sort((a, b) => b.story.timeline.length - a.story.timeline.length)[0].story;
  }

  test('the seed story page renders its title, summary and interactive timeline', async () => {
    const story = await seedStory();
    assert.ok(story.timeline.length > 0);
    const page = await newPage();
    await page.goto(`${base}/story/${story.id}`);
    await page.locator('.vis-item.vis-point').first().waitFor();
    assert.equal(await page.locator('h1').innerText(), story.title);
    assert.ok(await page.locator('.vis-item.vis-point').count() >= 1);
    assert.equal(await page.locator('.timeline-list li').count(), story.timeline.length);
    await page.screenshot({ path: join(RESULTS, 'story.png') });
    await page.close();
  });

  test('a click on a timeline item opens the source article with its evidence highlighted and in view', async () => {
    const story = await seedStory();
    const page = await newPage();
    await page.goto(`${base}/story/${story.id}`);
    const item = page.locator('.vis-item.vis-point').first();
    await item.waitFor();
    await item.click();
    const mark = page.locator('aside.source mark').first();
    await mark.waitFor();
    const ev = new URL(page.url()).searchParams.get('ev')!;
    const [, docId, start, end] = /^([\w-]+):(\d+)-(\d+)/.exec(ev)!;
    const doc = await api(`/api/documents/${docId}`);
    assert.equal((await mark.textContent())!, doc.text.slice(Number(start), Number(end)));
    const visible = await mark.evaluate((el) => {
      const box = el.closest('aside')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.top >= box.top - 1 && r.top < box.bottom && r.top < window.innerHeight;
    });
    assert.ok(visible, 'the first mark is scrolled into view');
    await page.screenshot({ path: join(RESULTS, 'story-evidence.png') });
    await page.close();
  });

  test('search finds "trieu tien" and a hit opens the article at the match', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.locator('input[type=search]').fill('trieu tien');
    await page.locator('input[type=search]').press('Enter');
    await page.locator('.hit').first().waitFor();
    assert.ok(await page.locator('.hit').count() >= 5);
    const marks = await page.locator('.hit mark').allTextContents();
    assert.ok(marks.length > 0 && marks.every((m) => /^(trieu|tien)$/.test(foldDiacritics(m))), marks.join('|'));
    assert.ok(marks.some((m) => m === 'Triều' || m === 'Tiên'));
    await page.locator('.hit a').first().click();
    const mark = page.locator('aside.source mark').first();
    await mark.waitFor();
    assert.equal(foldDiacritics(await mark.textContent() ?? ''), 'trieu tien');
    await page.close();
  });

  test('an article carrying <script> and onerror= payloads renders as inert text', async () => {
    const { hits } = await api('/api/search?q=bai%20thu%20ma%20doc');
    const hostile = hits.find((h: { title: string }) => h.title.includes('<script>'));
    assert.ok(hostile, 'the hostile article is stored');
    const page = await newPage();
    await page.goto(`${base}/story/${hostile.story.id}`);
    await page.locator('h1').waitFor();
    assert.match(await page.locator('h1').innerText(), /<script>window\.__pwned = 1/);
    await page.locator('ul.sources a').first().click();
    await page.locator('aside.source .article-text').waitFor();
    assert.match(await page.locator('aside.source .article-text').innerText(), /<img src=x onerror=alert\(4\)>/);
    await page.goto(`${base}/search?q=${encodeURIComponent('bai thu')}`);
    await page.locator('.hit').first().waitFor();
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      scripts: document.querySelectorAll('script').length,
      foreign: document.querySelectorAll('main img, main svg, main iframe, main object, a[href^="javascript:"]').length,
      handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    assert.deepEqual(injected, { pwned: null, scripts: 1, foreign: 0, handlers: 0 });
    assert.deepEqual(dialogs, [], 'no alert() ran');
    await page.close();
  });

  test('the interface switches between Vietnamese and English', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.locator('h1', { hasText: 'Câu chuyện' }).waitFor();
    await page.locator('button.lang').click();
    await page.locator('h1', { hasText: 'Stories' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('button.lang').click();
    await page.locator('h1', { hasText: 'Câu chuyện' }).waitFor();
    await page.close();
  });

  test('no Content-Security-Policy violation or page error happened', () => {
    assert.deepEqual(cspErrors, []);
  });
});
