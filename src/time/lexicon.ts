/**
 * Vietnamese words for time, lower case (the scanner matches on a lower-cased copy of each block).
 * Hand-written: no tagged Vietnamese temporal corpus exists, and these closed classes are small.
 */

/** Numerals before a unit ("hai ngày", "hai mươi lăm năm"). "tư", "mốt", "lăm" only after tens. */
export const DIGIT_WORDS: Record<string, number> = {
  'không': 0, 'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};
export const UNIT_AFTER_TENS: Record<string, number> = { 'mốt': 1, 'tư': 4, 'lăm': 5, 'nhăm': 5 };

/** Vague quantities: "vài ngày" → PXD. */
export const VAGUE_QUANTITY = ['hàng chục', 'hàng trăm', 'hàng nghìn', 'hàng ngàn', 'vài', 'mấy', 'nhiều', 'dăm'];

/** Duration units → [TIMEX unit letter, is a time-of-day unit (PT…), multiplier]. */
export const UNITS: [string, string, boolean, number][] = [
  ['thập kỷ', 'DE', false, 1], ['thập kỉ', 'DE', false, 1], ['thập niên', 'DE', false, 1],
  ['thế kỷ', 'CE', false, 1], ['thế kỉ', 'CE', false, 1],
  ['tiếng đồng hồ', 'H', true, 1], ['giây', 'S', true, 1], ['phút', 'M', true, 1], ['giờ', 'H', true, 1], ['tiếng', 'H', true, 1],
  ['ngày', 'D', false, 1], ['tuần', 'W', false, 1], ['tháng', 'M', false, 1], ['quý', 'M', false, 3], ['năm', 'Y', false, 1],
];

/** 0 = Sunday … 6 = Saturday, after "thứ". */
export const WEEKDAY_AFTER_THU: Record<string, number> = {
  'hai': 1, 'ba': 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6, 'bẩy': 6,
  '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6,
};

/** Month names after "tháng" (number words, and the lunar "Giêng", "Chạp"). */
export const MONTH_WORDS: [string, number][] = [
  ['mười một', 11], ['mười hai', 12], ['giêng', 1], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4],
  ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9], ['mười', 10], ['chạp', 12],
];

export const ROMAN: Record<string, number> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15,
  xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20, xxi: 21, xxii: 22,
};

/** Parts of the day → TIMEX3 part-of-day codes. Longest first. */
export const PARTS_OF_DAY: [string, string][] = [
  ['rạng sáng', 'MO'], ['sáng sớm', 'MO'], ['đêm khuya', 'NI'], ['nửa đêm', 'NI'], ['chiều tối', 'EV'], ['xế chiều', 'AF'],
  ['sáng', 'MO'], ['trưa', 'MI'], ['chiều', 'AF'], ['tối', 'EV'], ['đêm', 'NI'], ['khuya', 'NI'],
];

/** Relative qualifiers after tuần/tháng/năm/quý: offset from the creation time, or 'ana' = from the discourse. */
export type RelWord = { off: number; ana?: boolean; past?: boolean };
export const REL_AFTER_UNIT: [string, RelWord][] = [
  ['trước nữa', { off: -2 }], ['sau nữa', { off: 2 }], ['trước đó', { off: -1, ana: true }], ['sau đó', { off: 1, ana: true }],
  ['vừa qua', { off: -1 }], ['kế tiếp', { off: 1 }], ['tiếp theo', { off: 1 }], ['tới đây', { off: 1 }],
  ['này', { off: 0 }], ['nay', { off: 0 }], ['trước', { off: -1 }], ['rồi', { off: -1 }], ['tới', { off: 1 }], ['sau', { off: 1 }],
  ['ngoái', { off: -1 }], ['đó', { off: 0, ana: true }], ['ấy', { off: 0, ana: true }],
];

/** Vague references (TIMEX3 PAST_REF / PRESENT_REF / FUTURE_REF). Longest first. */
export const VAGUE: [string, string][] = [
  ['thời gian gần đây', 'PAST_REF'], ['thời gian vừa qua', 'PAST_REF'], ['thời gian qua', 'PAST_REF'], ['thời gian tới', 'FUTURE_REF'],
  ['thời gian sắp tới', 'FUTURE_REF'], ['thời điểm hiện tại', 'PRESENT_REF'], ['thời điểm này', 'PRESENT_REF'],
  ['những năm gần đây', 'PAST_REF'], ['tương lai gần', 'FUTURE_REF'], ['tương lai xa', 'FUTURE_REF'], ['tương lai', 'FUTURE_REF'],
  ['hiện nay', 'PRESENT_REF'], ['hiện tại', 'PRESENT_REF'], ['hiện giờ', 'PRESENT_REF'], ['hiện thời', 'PRESENT_REF'],
  ['bây giờ', 'PRESENT_REF'], ['ngày nay', 'PRESENT_REF'], ['sắp tới', 'FUTURE_REF'], ['sau này', 'FUTURE_REF'],
  ['gần đây', 'PAST_REF'], ['mới đây', 'PAST_REF'], ['trước đây', 'PAST_REF'], ['trước đó', 'PAST_REF'], ['trước kia', 'PAST_REF'],
  ['quá khứ', 'PAST_REF'],
];

/** "(một) giai đoạn nào đó": indefinite times, coded by tense. */
export const INDEFINITE_HEADS = ['thời điểm', 'giai đoạn', 'thời gian', 'lúc', 'ngày', 'dịp', 'hôm', 'khi'];

/** Words after which a standalone "hiện" is the adverb "currently" ("hiện đang", "hiện là"). */
export const HIEN_NEXT = new Set([
  'đang', 'đã', 'vẫn', 'là', 'có', 'chưa', 'được', 'còn', 'sống', 'ở', 'giữ', 'nắm', 'làm', 'không', 'cũng', 'chỉ', 'mới',
  'đứng', 'nằm', 'chiếm', 'bị', 'đều', 'phải', 'tiếp', 'thuộc', 'cần', 'đặt', 'dẫn', 'sở', 'trú', 'công', 'khoảng', 'gần',
  'hơn', 'lên', 'đạt', 'vào', 'tại', 'nay', 'rất', 'đầu', 'điều', 'quản', 'chịu', 'mang', 'theo', 'chưa', 'vượt',
]);
/** Words before "hiện" that make a compound ("thể hiện", "xuất hiện"), not the adverb. */
export const HIEN_PREV = new Set(['thể', 'xuất', 'phát', 'thực', 'biểu', 'tái', 'ẩn', 'hiển', 'thì', 'hiện', 'đã', 'sẽ', 'được', 'chưa', 'lại']);

/** Tense cues in the clause: the nearest decides whether a partial date is before or after the creation time. */
export const FUTURE_CUES = ['sẽ', 'sắp', 'dự kiến', 'dự định', 'kế hoạch', 'chuẩn bị', 'tới đây', 'mời', 'hẹn', 'lên lịch', 'dự trù'];
export const PAST_CUES = ['đã', 'vừa', 'hồi', 'từng'];

/** Words before a number that make "12/3" an address, a score or a fraction rather than a date. */
export const NOT_DATE_BEFORE = new Set([
  'số', 'ngõ', 'hẻm', 'kiệt', 'ngách', 'lô', 'phòng', 'căn', 'km', 'lộ', 'điều', 'khoản', 'mục', 'tỷ', 'tỉ', 'thắng', 'thua',
  'hòa', 'hoà', 'chiếm', 'khoảng', 'gần', 'hơn', 'tổng', 'quyết', 'định', 'thông', 'tư', 'nghị', 'lệ', 'suất', 'tuyến', 'bảng',
  // places named after dates: "Quảng trường 19/8", "đường 3/2", "Bệnh viện 30/4"
  'trường', 'đường', 'phố', 'cầu', 'viện', 'viên', 'động', 'phường', 'xã', 'kênh', 'chợ', 'hiệu',
]);
/** Words before a number that make a "9-11" or "29.1" a date. */
export const DATE_CONTEXT_BEFORE = new Set([
  'ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'mùng', 'mồng', 'từ', 'đến', 'tới', 'và', 'hoặc', 'nhật',
  'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'rạng', 'sớm', 'vào', 'lúc', 'hồi', 'trước', 'sau', 'cuối', 'đầu', 'giữa',
]);
/** Words after "1/3" that make it a fraction ("1/3 dân số"). */
export const FRACTION_AFTER = new Set(['số', 'dân', 'tổng', 'diện', 'lượng', 'phần', 'trong', 'các', 'những', 'người', 'giá', 'quãng']);
/** Words before "thứ hai" that make it an ordinal ("lần thứ hai"), not Monday. */
export const ORDINAL_BEFORE = new Set([
  'lần', 'người', 'hạng', 'trí', 'phần', 'kỳ', 'khóa', 'khoá', 'đợt', 'vòng', 'ván', 'hiệp', 'bước', 'điều', 'tầng', 'chiến',
  'con', 'nước', 'thế', 'cấp', 'mùa', 'tập', 'chương', 'bậc', 'loại', 'nhóm', 'đội', 'phiên', 'trận', 'đời', 'nhiệm',
]);

/** Heavenly stems and earthly branches, for lunar years ("năm Giáp Thìn"). */
export const STEMS = ['giáp', 'ất', 'bính', 'đinh', 'mậu', 'kỷ', 'canh', 'tân', 'nhâm', 'quý'];
export const STEM_VARIANTS: Record<string, number> = { 'kỉ': 5, 'quí': 9 };
export const BRANCHES = ['tý', 'sửu', 'dần', 'mão', 'thìn', 'tỵ', 'ngọ', 'mùi', 'thân', 'dậu', 'tuất', 'hợi'];
export const BRANCH_VARIANTS: Record<string, number> = { 'tí': 0, 'mẹo': 3, 'tị': 5 };
