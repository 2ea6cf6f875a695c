/**
 * Hand-written Vietnamese lexicon for reported speech. Vietnamese marks speech with verb phrases
 * ("cho biết", "nhấn mạnh rằng") rather than morphology, so a small curated list of reporting
 * verbs, titles and function words carries most of the attribution. All entries are lower case,
 * NFC, syllables separated by single spaces.
 */
import type { Stance } from '../core/layers.ts';

/**
 * How a reporting verb takes its complement.
 * - `say`: a clause, optionally after "rằng" / ":" / "," ("cho biết Mỹ…", "nói rằng…")
 * - `np`: also a noun or verb phrase that is itself the statement ("bày tỏ lo ngại về…", "kêu gọi Nga ngừng…")
 * - `deny`: a quote only when a clause follows ("bác bỏ rằng…"); "bác bỏ tuyên bố của Mỹ" is a claim, not a quote
 * - `call`: "gọi X là Y": reported only when "là" follows the object
 * - `rel`: only in "(mà) X đưa ra, rằng…": needs "rằng"
 */
export type CueFrame = 'say' | 'np' | 'deny' | 'call' | 'rel';

export interface CueInfo {
  frame: CueFrame;
  /** stance the verb itself carries; strong cues decide the stance whatever the content says */
  stance?: Stance;
  strong?: boolean;
}

const say = (stance?: Stance, strong = false): CueInfo => ({ frame: 'say', ...(stance ? { stance } : {}), ...(strong ? { strong } : {}) });
const np = (stance?: Stance, strong = false): CueInfo => ({ frame: 'np', ...(stance ? { stance } : {}), ...(strong ? { strong } : {}) });

export const CUES: Record<string, CueInfo> = {
  'cho biết': say(), 'nói': say(), 'nói thêm': say(), 'cho hay': say(),
  'tuyên bố': say(), 'phát biểu': say(), 'nhấn mạnh': say(), 'nêu rõ': say(), 'lưu ý': say(),
  'nhận định': say(), 'chỉ ra': say(), 'tiết lộ': say(), 'thông báo': say(),
  'giải thích': say(), 'bình luận': say(), 'trả lời': say(), 'ám chỉ': say(), 'lặp lại tuyên bố': say(),
  'đưa ra nhận định': say(), 'khẳng định lại': say('confirm'),
  'khẳng định': say('confirm'), 'xác nhận': say('confirm', true), 'thừa nhận': say('confirm', true),
  'tái khẳng định': np('confirm', true), 'cam kết': np('confirm', true), 'hứa': np('confirm', true),
  'cho rằng': say('allege'), 'cáo buộc': np('allege', true), 'tố cáo': np('allege', true), 'buộc tội': np('allege', true),
  'chỉ trích': np('allege', true),
  'cảnh báo': np('warn', true), 'lên án': np('warn', true), 'kêu gọi': np('warn', true), 'đe dọa': np('warn', true),
  'yêu cầu': np('warn', true), 'hối thúc': np('warn', true),
  'bày tỏ': np(),
  'bác bỏ': { frame: 'deny', stance: 'deny', strong: true }, 'phủ nhận': { frame: 'deny', stance: 'deny', strong: true },
  'gọi': { frame: 'call' },
  'đưa ra': { frame: 'rel' },
};

/** A word right before a cue that makes it not a speech act: "để khẳng định", "được cho là", "không nói rõ". */
export const CUE_BLOCKERS = new Set(['để', 'được', 'bị', 'không', 'chưa', 'chẳng', 'nhằm', 'khi', 'một', 'các', 'những', 'bản', 'lời', 'có', 'cuộc', 'sự', 'việc', 'của', 'đề', 'nghị', 'muốn', 'thể', 'bài', 'lời', 'thông']);
/** Words right after a `say` cue that make it not a speech act ("nói chung", "nói về"). */
export const CUE_AFTER_BLOCKERS = new Set(['chung', 'riêng', 'chuyện', 'dối', 'điện', 'về', 'cách', 'chuyện', 'qua']);

/** Prepositions and subordinators that open adjuncts: an entity they govern is not a subject. */
export const PREPOSITIONS = new Set([
  'với', 'của', 'tới', 'đến', 'tại', 'trong', 'sau', 'trước', 'về', 'cho', 'từ', 'ở', 'giữa', 'cùng', 'bởi', 'do',
  'thuộc', 'khi', 'vào', 'nhằm', 'để', 'gặp', 'thăm', 'nếu', 'mà', 'là', 'như', 'trên', 'dưới', 'qua', 'đối', 'rằng',
]);

/** Words that open an adjunct between a cue and its content ("nói với các phóng viên tại Nhà Trắng rằng"). */
export const ADJUNCT_OPENERS = new Set(['phỏng', 'với', 'trong', 'tại', 'khi', 'sau', 'trước', 'ở', 'vào', 'hôm', 'ngày', 'hồi', 'trên', 'qua', 'theo', 'thêm', 'lại', 'hôm qua', 'sáng', 'chiều', 'tối', 'tuần', 'tháng', 'đầu', 'cuối']);

/** Markers of a finite clause: a coordinated cue followed by one starts a new statement. */
export const CLAUSE_MARKERS = new Set(['sẽ', 'đang', 'đã', 'cần', 'phải', 'là', 'muốn', 'không', 'chưa', 'có', 'vẫn', 'đều', 'được', 'bị', 'nên']);

/** Honorifics: "ông Kirby"; alone they are pronouns ("Ông nói thêm"). */
export const HONORIFICS: Record<string, 'm' | 'f' | undefined> = { 'ông': 'm', 'bà': 'f', 'anh': 'm', 'chị': 'f', 'ngài': undefined };
/** Pronoun phrases that refer back to a person or to a group. */
export const PERSON_PRONOUNS: Record<string, 'm' | 'f' | undefined> = {
  'ông': 'm', 'ông này': 'm', 'ông ấy': 'm', 'ông ta': 'm', 'bà': 'f', 'bà này': 'f', 'bà ấy': 'f', 'bà ta': 'f',
  'người này': undefined, 'vị này': undefined,
};
export const GROUP_PRONOUNS = new Set(['họ', 'phía này', 'nước này', 'bên này']);

/** Titles and roles that head a noun phrase naming a person ("Tổng thư ký NATO Jens Stoltenberg"). */
export const TITLES = new Set([
  'tổng thống', 'phó tổng thống', 'thủ tướng', 'phó thủ tướng', 'chủ tịch', 'phó chủ tịch', 'ngoại trưởng',
  'bộ trưởng', 'thứ trưởng', 'tổng thư ký', 'cố vấn', 'người phát ngôn', 'phát ngôn viên', 'đại sứ', 'tướng',
  'đại tướng', 'trung tướng', 'thiếu tướng', 'đô đốc', 'đại tá', 'giám đốc', 'tổng giám đốc', 'lãnh đạo',
  'nhà lãnh đạo', 'người đứng đầu', 'quốc vương', 'hoàng tử', 'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ',
  'tư lệnh', 'tham mưu trưởng', 'chánh văn phòng', 'thống đốc', 'thị trưởng', 'giáo sư', 'tiến sĩ',
  'chủ tịch hạ viện', 'đặc phái viên', 'trợ lý', 'quan chức', 'nhà ngoại giao', 'chuyên gia', 'nhà phân tích',
  'phóng viên', 'chỉ huy', 'trưởng', 'ông', 'bà', 'ngài',
]);
/** Titles that mean "the head of" an organisation: "người đứng đầu NATO" = its secretary general. */
export const LEADER_TITLES = new Set([
  'tổng thống', 'thủ tướng', 'chủ tịch', 'tổng thư ký', 'giám đốc', 'tổng giám đốc', 'lãnh đạo', 'nhà lãnh đạo',
  'người đứng đầu', 'quốc vương', 'thủ lĩnh',
]);
export const SPOKESPERSON_TITLES = new Set(['người phát ngôn', 'phát ngôn viên']);

/** Unnamed speakers described by a group noun: the English head used for a descriptive speaker name. */
export const GROUP_NOUNS: Record<string, { en: string; plural: boolean; state?: boolean }> = {
  'quan chức': { en: 'officials', plural: false }, 'giới chức': { en: 'officials', plural: true },
  'nhà chức trách': { en: 'authorities', plural: true }, 'giới quan chức': { en: 'officials', plural: true },
  'chuyên gia': { en: 'experts', plural: false }, 'chuyên gia quân sự': { en: 'military experts', plural: false },
  'nhà phân tích': { en: 'analysts', plural: false }, 'nhà ngoại giao': { en: 'diplomats', plural: false },
  'nguồn tin': { en: 'sources', plural: false }, 'thông tin': { en: 'reports', plural: false },
  'truyền thông nhà nước': { en: 'state media', plural: true }, 'truyền thông': { en: 'media', plural: true },
  'báo chí': { en: 'press', plural: true }, 'giới truyền thông': { en: 'media', plural: true },
  'người phát ngôn': { en: 'spokesperson', plural: false }, 'phát ngôn viên': { en: 'spokesperson', plural: false },
  'nghị sĩ': { en: 'lawmakers', plural: false }, 'binh sĩ': { en: 'soldiers', plural: false },
  'quân đội': { en: 'military', plural: true, state: true }, 'chính phủ': { en: 'government', plural: true, state: true },
  'chính quyền': { en: 'government', plural: true, state: true }, 'phía': { en: '', plural: true, state: true },
  'nhà nước': { en: 'state', plural: true, state: true }, 'giới': { en: 'circles', plural: true },
};
/** Determiners before a group noun; "các / những / giới" make it plural. */
export const PLURAL_DETERMINERS = new Set(['các', 'những', 'nhiều', 'một số', 'vài']);
export const SINGULAR_DETERMINERS = new Set(['một', 'vị']);

/** Words turning a group description into "unnamed …" or "senior …". */
export const GROUP_MODIFIERS: Record<string, string> = { 'giấu tên': 'unnamed', 'không nêu tên': 'unnamed', 'ẩn danh': 'unnamed', 'cấp cao': 'senior' };

/** News outlets and agencies are sources that relay others' words (via), recognised by their head noun. */
export const MEDIA_HEADS = new Set(['hãng tin', 'hãng thông tấn', 'thông tấn xã', 'báo', 'tờ', 'tờ báo', 'đài', 'kênh', 'trang', 'tạp chí', 'truyền thông']);
export const MEDIA_NAMES = new Set([
  'reuters', 'afp', 'ap', 'associated press', 'bloomberg', 'cnn', 'bbc', 'yonhap', 'kcna', 'tass', 'ria novosti',
  'sputnik', 'xinhua', 'tân hoa xã', 'kyodo', 'nhk', 'new york times', 'the new york times', 'washington post',
  'the washington post', 'wall street journal', 'the wall street journal', 'guardian', 'the guardian', 'politico',
  'axios', 'nbc', 'abc', 'cbs', 'fox news', 'al jazeera', 'dpa', 'efe', 'interfax', 'yonhap news agency', 'ttxvn',
  'vnexpress', 'the epoch times', 'financial times', 'nikkei', 'south china morning post', 'global times',
]);

/** Words of an intro "Theo X," that are not a source ("Theo đó", "Theo kế hoạch"). */
export const THEO_NON_SOURCES = new Set(['đó', 'kế hoạch', 'quy định', 'dự kiến', 'thỏa thuận', 'luật', 'thống kê', 'lịch trình', 'thông lệ', 'truyền thống']);

/** Capitals used for their governments ("Seoul bày tỏ…" = South Korea); keys are lower-case canonicals or aliases. */
export const CAPITAL_OF: Record<string, string> = {
  'seoul': 'South Korea', 'bình nhưỡng': 'North Korea', 'pyongyang': 'North Korea', 'moscow': 'Russia',
  'matxcơva': 'Russia', 'mátxcơva': 'Russia', 'moskva': 'Russia', 'washington': 'United States',
  'washington, d.c.': 'United States', 'bắc kinh': 'China', 'beijing': 'China', 'kiev': 'Ukraine', 'kyiv': 'Ukraine',
  'tokyo': 'Japan', 'tehran': 'Iran', 'london': 'United Kingdom', 'paris': 'France', 'berlin': 'Germany',
  'hà nội': 'Vietnam', 'đài bắc': 'Taiwan', 'jerusalem': 'Israel', 'tel aviv': 'Israel', 'ankara': 'Turkey',
  'new delhi': 'India', 'canberra': 'Australia', 'ottawa': 'Canada', 'manila': 'Philippines', 'brussels': 'European Union',
};

/** English adjectives for descriptive group speakers ("US officials", "North Korean state media"). */
export const DEMONYM: Record<string, string> = {
  'United States': 'US', 'North Korea': 'North Korean', 'South Korea': 'South Korean', 'Russia': 'Russian',
  'China': 'Chinese', 'Ukraine': 'Ukrainian', 'Japan': 'Japanese', 'Germany': 'German', 'France': 'French',
  'United Kingdom': 'British', 'Iran': 'Iranian', 'Israel': 'Israeli', 'India': 'Indian', 'Vietnam': 'Vietnamese',
  'Taiwan': 'Taiwanese', 'Australia': 'Australian', 'Canada': 'Canadian', 'Philippines': 'Philippine',
  'Turkey': 'Turkish', 'European Union': 'EU', 'Poland': 'Polish', 'Italy': 'Italian', 'Spain': 'Spanish',
};
/** A few Vietnamese country names for descriptive speakers when no entity layer names them. */
export const VI_COUNTRY: Record<string, string> = {
  'mỹ': 'United States', 'hoa kỳ': 'United States', 'triều tiên': 'North Korea', 'hàn quốc': 'South Korea',
  'nga': 'Russia', 'trung quốc': 'China', 'ukraine': 'Ukraine', 'nhật bản': 'Japan', 'đức': 'Germany',
  'pháp': 'France', 'anh': 'United Kingdom', 'iran': 'Iran', 'israel': 'Israel', 'ấn độ': 'India', 'việt nam': 'Vietnam',
};

/** Content markers for stance, matched on syllable boundaries in the reported words. */
export const DENY_MARKERS = [
  'không có gì để nói', 'không có gì để bình luận', 'chưa bao giờ', 'không hề', 'không có kế hoạch', 'không có bằng chứng',
  'vô căn cứ', 'bịa đặt', 'không tồn tại', 'sai sự thật', 'không đúng sự thật', 'hoàn toàn sai', 'bác bỏ', 'phủ nhận',
  'tin giả', 'vu khống', 'xuyên tạc', 'không liên quan', 'tuân thủ các quy định của luật pháp quốc tế',
  'tuân thủ luật pháp quốc tế', 'phù hợp với luật pháp quốc tế', 'cáo buộc này là', 'cáo buộc đó là', 'âm mưu của',
];
export const WARN_MARKERS = [
  'lo ngại', 'quan ngại', 'lo lắng', 'cảnh báo', 'hậu quả', 'trả giá', 'nguy hiểm', 'nghiêm trọng', 'lên án',
  'kêu gọi', 'theo dõi', 'theo sát', 'khiêu khích', 'đáng được quan tâm', 'đáng quan tâm', 'đáng lo ngại', 'báo động',
  'không thể chấp nhận', 'không được phép', 'không thể tiếp tục', 'căng thẳng', 'bất ổn', 'đáp trả', 'phải dừng',
  'chấm dứt', 'rủi ro',
];
export const ALLEGE_MARKERS = ['bằng chứng', 'cho thấy', 'được cho là', 'cáo buộc', 'vi phạm', 'bí mật', 'trốn tránh', 'lách'];
/** First-person or joint subjects: a statement about the speaker's own side confirms rather than alleges. */
export const OWN_SIDE = ['chúng tôi', 'chúng ta', 'tôi', 'hai nước', 'hai bên', 'hai quốc gia'];
