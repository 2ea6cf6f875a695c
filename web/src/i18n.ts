/** Interface strings: Vietnamese first, English on the toggle. Article text is never translated. */
import { createContext, useContext } from 'react';

const vi = {
  appTagline: 'Dòng thời gian tin tức có bằng chứng',
  stories: 'Câu chuyện',
  searchPlaceholder: 'Tìm bài báo, có dấu hay không dấu (vd: trieu tien)…',
  searchButton: 'Tìm',
  noStories: 'Chưa có câu chuyện nào. Thêm bài báo bằng lệnh: nienbieu ingest ĐƯỜNG_DẪN',
  articles: (n: number) => `${n} bài báo`,
  undated: 'không rõ ngày',
  loading: 'Đang tải…',
  notFound: 'Không tìm thấy.',
  failed: 'Không tải được dữ liệu',
  summary: 'Tóm tắt',
  timeline: 'Dòng thời gian',
  timelineHint: 'Bấm vào một sự kiện để xem bằng chứng trong bài gốc.',
  cast: 'Nhân vật và tổ chức',
  name: 'Tên', type: 'Loại', aliases: 'Cách viết khác', mentions: 'Lần nhắc', docs: 'Bài',
  quotes: 'Trích dẫn',
  unknownSpeaker: 'không rõ người nói',
  claims: 'Cáo buộc và phủ nhận',
  alleged: 'Cáo buộc, cảnh báo, xác nhận',
  denied: 'Phủ nhận',
  noDenial: 'chưa có phản hồi',
  sources: 'Nguồn',
  source: 'Bài gốc',
  close: 'Đóng',
  removedBlock: 'đã loại bỏ',
  entity: 'Thực thể',
  inStories: 'Xuất hiện trong các câu chuyện',
  saidBy: 'Phát ngôn',
  searchResults: (n: number, q: string) => `${n} kết quả cho “${q}”`,
  noResults: (q: string) => `Không tìm thấy kết quả cho “${q}”.`,
  story: 'Câu chuyện',
  back: '← Tất cả câu chuyện',
  language: 'English',
  stance: { allege: 'cáo buộc', deny: 'phủ nhận', warn: 'cảnh báo', confirm: 'xác nhận' } as Record<string, string>,
  redirected: 'Câu chuyện này đã được gộp vào câu chuyện dưới đây.',
};

export type Strings = typeof vi;

const en: Strings = {
  appTagline: 'Evidence-linked news timelines',
  stories: 'Stories',
  searchPlaceholder: 'Search articles, with or without diacritics (e.g. trieu tien)…',
  searchButton: 'Search',
  noStories: 'No stories yet. Add articles with: nienbieu ingest PATH',
  articles: (n) => `${n} article${n === 1 ? '' : 's'}`,
  undated: 'undated',
  loading: 'Loading…',
  notFound: 'Not found.',
  failed: 'Could not load data',
  summary: 'Summary',
  timeline: 'Timeline',
  timelineHint: 'Click an event to see its evidence in the source article.',
  cast: 'People and organisations',
  name: 'Name', type: 'Type', aliases: 'Also written', mentions: 'Mentions', docs: 'Articles',
  quotes: 'Quotes',
  unknownSpeaker: 'unattributed',
  claims: 'Allegations and denials',
  alleged: 'Alleged, warned, confirmed',
  denied: 'Denied',
  noDenial: 'no response yet',
  sources: 'Sources',
  source: 'Source article',
  close: 'Close',
  removedBlock: 'removed',
  entity: 'Entity',
  inStories: 'Appears in stories',
  saidBy: 'Quotes',
  searchResults: (n, q) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
  noResults: (q) => `Nothing found for “${q}”.`,
  story: 'Story',
  back: '← All stories',
  language: 'Tiếng Việt',
  stance: { allege: 'alleges', deny: 'denies', warn: 'warns', confirm: 'confirms' },
  redirected: 'This story was merged into the story below.',
};

export const STRINGS = { vi, en };
export type Lang = keyof typeof STRINGS;

export const LangContext = createContext<{ lang: Lang; t: Strings; toggle: () => void }>({ lang: 'vi', t: vi, toggle: () => undefined });
export const useT = () => useContext(LangContext);

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('nienbieu.lang');
    if (saved === 'vi' || saved === 'en') return saved;
  } catch { /* storage may be disabled */ }
  return 'vi';
}
