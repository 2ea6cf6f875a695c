/** Reading formats: ViMs headers out of their slots, HTML pages, JSON records, file limits. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseVims, parseJsonRecord } from '../src/ingest/formats.ts';
import { parseHtml } from '../src/ingest/html.ts';
import { readInputs } from '../src/ingest/index.ts';
import { cleanDrafts, type CleanResult } from '../src/clean/index.ts';
import { needShared, sharedPath } from './helpers/shared.ts';
import { tempDir } from './fixtures/temp.ts';

const vims = (headers: Record<string, string>, body = 'Đoạn một của bài báo.\nĐoạn hai của bài báo.') =>
  ['Title', 'Source', 'Link', 'Published Date', 'Author', 'Tags', 'Summary'].map((k) => `${k}: ${headers[k] ?? ''}`).join('\n') + `\nContent:\n${body}`;

test('ViMs: a Link line holding tags is not taken for the URL', () => {
  const d = parseVims('274.txt', vims({ Title: 'Khởi động chiến dịch', Link: 'diễn viên, tê giác Java, buổi giao lưu', 'Published Date': '11:36 ngày 21/05/2016', Author: 'Phan Hằng' }), 'utf-8');
  assert.equal(d.hints.url, undefined);
  assert.deepEqual(d.hints.tags, ['diễn viên', 'tê giác Java', 'buổi giao lưu']);
  assert.equal(d.hints.published, '11:36 ngày 21/05/2016');
  assert.equal(d.text, 'Khởi động chiến dịch\n\nĐoạn một của bài báo.\nĐoạn hai của bài báo.');
});

test('ViMs: a title or URL in Published Date, a date glued to the author', () => {
  const a = parseVims('a.txt', vims({ Title: 'Phát hiện thi thể', Link: 'http://dantri.com.vn/xa-hoi/phat-hien-20160523200229357.htm', 'Published Date': 'Phát hiện thi thể' }), 'utf-8');
  assert.equal(a.hints.published, undefined);
  const b = parseVims('b.txt', vims({ Title: 'Hai máy bay', 'Published Date': 'http://petrotimes.vn/hai-may-bay-425071.html' }), 'utf-8');
  assert.equal(b.hints.url, 'http://petrotimes.vn/hai-may-bay-425071.html');
  const c = parseVims('c.txt', vims({ Title: 'Ryan Giggs', Author: 'Quang Minh13:25 ngày 02-06-2016' }), 'utf-8');
  assert.deepEqual([c.hints.author, c.hints.published], ['Quang Minh', '13:25 ngày 02-06-2016']);
  const [ra, , rc] = cleanDrafts([a, b, c]) as CleanResult[];
  assert.equal(ra!.published.value, '2016-05-23T20:02', 'dated from the URL');
  assert.equal(rc!.published.value, '2016-06-02T13:25');
});

test('JSON records: fields under the names crawlers use', () => {
  const d = parseJsonRecord('r.json#1', { headline: 'Tiêu đề', body: 'Nội dung bài.', datePublished: '2024-01-02T03:04:00+07:00', site: 'Tuổi Trẻ', byline: 'An Bình' }, 'utf-8');
  assert.deepEqual([d.hints.title, d.hints.published, d.hints.source, d.hints.author], ['Tiêu đề', '2024-01-02T03:04:00+07:00', 'Tuổi Trẻ', 'An Bình']);
  assert.ok(d.text.startsWith('Tiêu đề\n\n'));
});

test('HTML: JSON-LD and meta, entity-escaped title, title without the site suffix, blocks match the text', () => {
  const html = `<!doctype html><html><head><title>Bão số 3 đổ bộ - Thời sự - Báo Mẫu</title>
    <meta property="og:url" content="https://tuoitre.vn/bao-so-3.htm"><meta property="article:published_time" content="2024-09-07T10:00:00+07:00">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Ngọc An"},"publisher":{"name":"Báo Mẫu"},"datePublished":"2024-09-07T11:00:00+08:00"}</script>
    </head><body><nav><a href="/">Trang chủ</a></nav><article><h1>Bão số 3 đổ bộ</h1>
    <p>Sáng 7-9, bão số 3 đổ bộ vào các tỉnh ven biển Quảng Ninh – Hải Phòng với sức gió rất mạnh, gây mưa lớn trên diện rộng và nhiều thiệt hại.</p>
    <p>Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đây là cơn bão mạnh nhất trên Biển Đông trong 30 năm qua, sức gió vượt cấp 17.</p>
    <p>Chính quyền các địa phương đã sơ tán hàng chục nghìn người dân khỏi vùng nguy hiểm trước khi bão vào bờ, theo báo cáo ban đầu.</p></article></body></html>`;
  const d = parseHtml('p.html', html, 'utf-8');
  assert.equal(d.hints.title, 'Bão số 3 đổ bộ');
  assert.equal(d.hints.author, 'Ngọc An');
  assert.equal(d.hints.published, '2024-09-07T10:00:00+07:00', 'meta tag before JSON-LD');
  for (const b of d.blocks!) assert.equal(d.text.slice(b.start, b.end).trim(), d.text.slice(b.start, b.end));
  assert.match(d.text, /^Bão số 3 đổ bộ\n\nSáng 7-9/);
  const [r] = cleanDrafts([d]) as CleanResult[];
  assert.deepEqual([r!.title, r!.source, r!.published.value], ['Bão số 3 đổ bộ', 'Tuổi Trẻ', '2024-09-07T10:00+07:00']);
  const escaped = parseHtml('e.html', '<html><head><title>Gi&amp;#225; d&amp;#7847;u</title></head><body><p>x</p></body></html>', 'utf-8');
  assert.equal(escaped.hints.title, 'Giá dầu');
});

test('pages-dev: every page gives a title, a dated stated time, an outlet and clean prose', needShared('corpus/pages-dev'), () => {
  const dir = sharedPath('corpus/pages-dev');
  const { drafts, errors } = readInputs(readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f)));
  assert.deepEqual(errors, []);
  const results = cleanDrafts(drafts) as CleanResult[];
  drafts.forEach((d, i) => {
    const r = results[i]!;
    assert.ok(r.title && !/ - (VnExpress|Tuổi Trẻ)/.test(r.title), `${d.path}: title ${r.title}`);
    assert.equal(r.published.basis, 'stated', d.path);
    assert.ok(r.source, `${d.path}: outlet`);
    assert.ok(r.blocks.filter((b) => b.role === 'body' || b.role === 'lead').length >= 3, `${d.path}: body paragraphs`);
  });
  const ad = drafts.findIndex((d) => d.path.includes('11_vneconomy'));
  assert.equal(results[ad]!.title, 'Dow Jones “bay” thêm 300 điểm, giá dầu tụt khỏi đỉnh, Bitcoin giảm', 'entity-escaped <title>');
});

test('a file over the size limit is refused without reading; an unreadable one is reported', () => {
  const dir = tempDir('ingest');
  writeFileSync(join(dir, 'big.txt'), 'Hà Nội '.repeat(2000));
  writeFileSync(join(dir, 'ok.txt'), 'Tiêu đề bài báo\n\nNội dung bài báo có đủ chữ.');
  const { drafts, errors } = readInputs([dir], { maxBytes: 4096 });
  assert.equal(drafts.length, 1);
  assert.ok(errors[0]!.path.endsWith('big.txt'));
  assert.match(errors[0]!.message, /limit/);
});

test('zero-width spaces, word joiners and BOMs inside a file are dropped from its text and metadata; joiners stay', () => {
  const dir = tempDir('invisible');
  writeFileSync(join(dir, 'a.txt'), 'Title: \u200bDừng đèn đỏ, xế sang bị tông\nSource: VnExpress\nContent:\nSáng nay\u200b, chiếc xe\u2060 bị tông.\ufeff Người 👨\u200d👩\u200d👧 đi đường hoảng sợ.\n');
  const { drafts } = readInputs([join(dir, 'a.txt')]);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]!.hints.title, 'Dừng đèn đỏ, xế sang bị tông');
  assert.doesNotMatch(drafts[0]!.text, /[\u200b\u2060\ufeff]/);
  assert.match(drafts[0]!.text, /Sáng nay, chiếc xe bị tông\. Người 👨\u200d👩\u200d👧/);
});

test('dropping invisible characters keeps a page\'s block boundaries on the same text', () => {
  const dir = tempDir('invisible-html');
  writeFileSync(join(dir, 'p.html'), '<html><head><title>\u200bTin nhanh</title></head><body><article><h1>\u200bTin nhanh</h1><p>Sáng nay\u200b, Hà Nội có mưa to.</p><p>\ufeffChiều nay trời tạnh\u2060 dần.</p></article></body></html>');
  const { drafts } = readInputs([join(dir, 'p.html')]);
  const d = drafts[0]!;
  assert.doesNotMatch(d.text, /[\u200b\u2060\ufeff]/);
  const texts = (d.blocks ?? []).map((b) => d.text.slice(b.start, b.end));
  assert.ok(texts.includes('Sáng nay, Hà Nội có mưa to.'), JSON.stringify(texts));
  assert.ok(texts.includes('Chiều nay trời tạnh dần.'), JSON.stringify(texts));
  assert.equal(d.hints.title, 'Tin nhanh');
});

test('HTML: a label styled apart from the text it touches ("<span>Hà Giang</span>Hơn") is a word of its own; a word split by tags is not', () => {
  const dir = tempDir('inline-label');
  writeFileSync(join(dir, 'p.html'), '<html><head><title>Tuần tra trong đêm</title></head><body><article><h1>Tuần tra trong đêm</h1><p class="description"><span class="location-stamp">Hà Giang</span>Hơn 23h, chiến sĩ bắt đầu ca trực.</p><p>Đội tuyển <b>V</b>iệt Nam và <a href="#">Hà</a> Nội.</p></article></body></html>');
  const d = readInputs([join(dir, 'p.html')]).drafts[0]!;
  assert.match(d.text, /Hà Giang Hơn 23h/);
  assert.match(d.text, /Đội tuyển Việt Nam và Hà Nội\./);
});
