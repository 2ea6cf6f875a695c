/**
 * V8 optimises the recogniser and the in-document linkers while the first documents run; a rule those
 * documents never met (a dotted place abbreviation, a local unit, an acronym in brackets, an
 * organisation before a person, a name and its edition's year, lower-case sector words in a name, a
 * cue before a known place, an employer after a job noun) then throws the optimised code away the
 * first time it is met, and the function is compiled again (≈ 10 ms each, cold). One made-up paragraph
 * that meets those rules runs ten times first, so their type feedback is there before anything is optimised.
 * Its results are discarded; only memo tables (syllable properties) keep what it read.
 */
import { linkWithinDoc } from './link.ts';
import { scanLine } from './recognize.ts';

const PARAGRAPH = [
  'Chiều 5/3, tại Q. Hoàn Kiếm, ông Nguyễn Văn An, người dân xóm Lẻ, thôn Hạ, cho biết Hiệp hội Doanh nghiệp Nhỏ (HDN) và Liên minh Bắc Đại Tây Dương (NATO) đã đến nút giao Mỹ Thủy.',
  'Theo hãng Boeing, Tổng giám đốc Boeing Ray Conner, đại diện Museum of Kowa, bà Trần Thị Bình và cầu thủ Anh Tuấn xem bộ phim Mắt Biếc tại Expo 2020, lọt Top Doanh nghiệp cùng Kowa Motors Group và Tân Long Co.',
  // sector words, a second head, an honorific-shaped province, a newspaper and a street named after places, an employer, two airports
  'Sở Nông nghiệp và phát triển nông thôn tỉnh Bà Rịa-Vũng Tàu, Phòng Cảnh sát điều tra tội phạm về ma túy Công an TP Hải Phòng, theo báo Quảng Trị, cảnh báo trên đường Đà Nẵng; một nhà phân tích tại Kowaries nói Công ty Phú An Sinh bay từ sân bay Nội Bài và Tân Sơn Nhất, sau đó Phú An Sinh trả nợ.',
];

let warmed = false;

/** Runs the paragraph through recognition and in-document linking, the first time it is called in a process. */
export function warmUpOnce(): void {
  if (warmed) return;
  warmed = true;
  // V8 gives a function its feedback vector only after its first few calls (8): the paragraph runs often enough
  for (let n = 0; n < 10; n++) {
    for (const p of PARAGRAPH) linkWithinDoc(p, [scanLine(p, 0, p.length, 'body')]);
  }
}
