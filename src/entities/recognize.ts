/**
 * Named-entity recognition for Vietnamese news, line by line over the annotated blocks. A left-to-
 * right scan over syllables tries, at each word: a role or title ("Ngoại trưởng Mỹ" → role, then
 * the person), an honorific ("ông Park"), an organisation or place head ("Bộ Quốc phòng Triều
 * Tiên", "Dải Gaza"), a cue ("Báo Tiền Phong", "khu vực Kursk"), the gazetteer (longest match),
 * and finally a run of capitalised words typed by its shape (Vietnamese surname, foreign name,
 * acronym, code name). Spans are maximal: a place inside an organisation's name is not tagged apart.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention, EntityType } from '../core/layers.ts';
import type { BlockRole } from '../core/roles.ts';
import { gazetteer, type GazEntry, type Gazetteer } from './gazetteer.ts';
import {
  CLUB_PREFIXES, FEMALE_CUES, HONORIFICS, JOB_NOUNS, LOC_HEADS, MALE_CUES, MEDIA_CUES, MIDDLE_NAMES, NOT_ORG_ACRONYMS, ORG_CUES, ORG_EN, ORG_HEADS,
  ORG_SECTOR_WORDS, ORG_WORDS, PERSON_LINE_ROLES, PERSON_QUOTE_CUES, PLACE_ABBREVIATIONS, PLACE_CUES, PORTFOLIOS, SECTOR_LINKS,
  STANDALONE_ORGS, WEAK_HONORIFICS, WEAK_PLACE_CUES, WORK_CUES,
} from './lexicon.ts';
import { PhraseTable } from './phrases.ts';
import { at, isSpaceUnit, joins, keyOf, vietShaped, wordsOf, type Word } from './words.ts';

/** A mention found in one line, in word indices, with what linking needs to know. */
export interface Found {
  i: number;
  j: number;
  type: EntityType;
  canonical: string;
  /** char span of the role written before a person */
  role?: { start: number; end: number };
  /** the canonical came from the gazetteer */
  known: boolean;
  /** for organisations: the head's key when no country or body qualifies it ("bộ ngoại giao") */
  head?: string;
  /** the type comes from context (a cue, role, honorific or head), not from the name's shape alone */
  evidence?: boolean;
  /** a person's gender, when an honorific, role or middle name tells it */
  gender?: 'm' | 'f';
}

/**
 * A Found with every field present, always in this order (the optional ones undefined until set):
 * the linking code that reads thousands of them then meets one object shape, and V8 does not
 * re-optimise it each time a new combination of fields turns up.
 */
export function found(i: number, j: number, type: EntityType, canonical: string, known: boolean, evidence = false, gender?: 'm' | 'f'): Found {
  return { i, j, type, canonical, role: undefined, known, head: undefined, evidence, gender };
}

interface Tables {
  g: Gazetteer;
  roles: PhraseTable;
  portfolios: PhraseTable;
  honorifics: PhraseTable;
  orgHeads: PhraseTable;
  locHeads: PhraseTable;
  media: PhraseTable;
  places: PhraseTable;
  orgCues: PhraseTable;
  workCues: PhraseTable;
  /** sector words of organisation names, in any case */
  sectors: PhraseTable;
  /** job nouns that are no role titles ("nhà phân tích", "nhân viên") */
  jobs: PhraseTable;
  /** organisation heads, then place heads, as headed() tries them */
  heads: readonly (readonly [PhraseTable, 'ORG' | 'LOC'])[];
  /**
   * For each syllable key that starts a role, cue, head or known name: which tables (START_* bits)
   * have something starting with it. One lookup per word tells which matchers can answer at all,
   * and a lower-case word absent here is skipped at once.
   */
  starts: Map<string, number>;
}

const START_ROLE = 1;
const START_HONORIFIC = 2;
const START_LOC_HEAD = 4;
const START_ORG_HEAD = 8;
const START_MEDIA = 16;
const START_PLACE = 32;
const START_ORG_CUE = 64;
const START_WORK_CUE = 128;
const START_GAZ = 256;

function startBits(tables: readonly (readonly [Iterable<string>, number])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const [keys, bit] of tables) for (const k of keys) out.set(k, (out.get(k) ?? 0) | bit);
  return out;
}

let tables: Tables | undefined;
function getTables(): Tables {
  if (tables) return tables;
  const g = gazetteer();
  const orgHeads = new PhraseTable(ORG_HEADS);
  const locHeads = new PhraseTable(LOC_HEADS);
  const roles = new PhraseTable([...g.roles], true);
  const honorifics = new PhraseTable(HONORIFICS);
  const media = new PhraseTable(MEDIA_CUES);
  const places = new PhraseTable(Object.keys(PLACE_CUES));
  const orgCues = new PhraseTable(ORG_CUES);
  const workCues = new PhraseTable(WORK_CUES);
  return (tables = {
    g,
    roles,
    portfolios: new PhraseTable(PORTFOLIOS),
    honorifics,
    orgHeads,
    locHeads,
    heads: [[orgHeads, 'ORG'], [locHeads, 'LOC']],
    media,
    places,
    orgCues,
    workCues,
    sectors: new PhraseTable(ORG_SECTOR_WORDS, true),
    jobs: new PhraseTable(JOB_NOUNS, true),
    starts: startBits([
      [roles.firstKeys(), START_ROLE], [honorifics.firstKeys(), START_HONORIFIC], [locHeads.firstKeys(), START_LOC_HEAD],
      [orgHeads.firstKeys(), START_ORG_HEAD], [media.firstKeys(), START_MEDIA], [places.firstKeys(), START_PLACE],
      [orgCues.firstKeys(), START_ORG_CUE], [workCues.firstKeys(), START_WORK_CUE], [g.trie.firstKeys(), START_GAZ],
    ]),
  });
}

// Names are short: capping a run keeps a hostile line of a million capitalised words linear.
const MAX_NAME = 12;
// Heads of company names whose brand alone names the company elsewhere ("Vietjet Air" for "Hãng hàng không Vietjet Air").
const COMPANY_HEADS = new Set(['hãng', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'câu lạc bộ', 'clb', 'nhóm', 'nhà máy', 'cửa hàng']);
const foreign = (w: Word) => !w.allCaps && !vietShaped(w);
const foreignOrAcronym = (w: Word) => foreign(w) || w.allCaps;

// What the words of a run have, as bits: one pass over the run answers all of typeRun()'s questions
// (a loop and a callback each were as many copies in its optimised code).
const HAS_FOREIGN = 1;
const HAS_DIGIT = 2;
const HAS_ACRONYM = 4;
const HAS_ORG_WORD = 8;
function runTraits(ws: readonly Word[], i: number, j: number): number {
  let traits = 0;
  for (let k = i; k < j; k++) {
    const w = ws[k]!;
    if (foreign(w)) traits |= HAS_FOREIGN;
    if (w.digit) traits |= HAS_DIGIT;
    if (w.allCaps) traits |= HAS_ACRONYM;
    if (ORG_WORDS.has(w.key)) traits |= HAS_ORG_WORD;
  }
  return traits;
}
const isFemaleCue = (w: Word) => w.key === 'nữ';
const titleCased = (w: Word) => w.cap || w.digit || w.sep === '-';
/** Does test hold for one of ws[i..j)? (a loop over the words, no copy of them) */
function some(ws: readonly Word[], i: number, j: number, test: (w: Word) => boolean): boolean {
  for (let k = i; k < j; k++) if (test(ws[k]!)) return true;
  return false;
}
function every(ws: readonly Word[], i: number, j: number, test: (w: Word) => boolean): boolean {
  for (let k = i; k < j; k++) if (!test(ws[k]!)) return false;
  return true;
}
// Lower-case words that end the description between an organisation cue and its name ("công ty này đã ký với Boeing").
const CUE_STOPS = new Set(['của', 'cho', 'với', 'và', 'đã', 'này', 'được', 'là', 'có', 'tại', 'ở', 'từ', 'đến', 'thì', 'mà', 'nhưng', 'khi',
  'các', 'những', 'một', 'cùng', 'do', 'bị', 'sẽ', 'đang', 'vừa', 'thuộc', 'như', 'theo', 'trong', 'về', 'để', 'nói', 'gặp', 'ký', 'mua', 'bán']);
const OPEN_QUOTE = /[“"‘«]$/;
// Last words of foreign names of events and awards, and of places.
const EVENT_WORDS = new Set(['cup', 'awards', 'award', 'prize', 'festival', 'open', 'championship', 'championships', 'league', 'games',
  'olympics', 'olympic', 'expo', 'slam', 'marathon', 'summit', 'forum', 'week', 'show', 'tour', 'series', 'trophy', 'prix']);
const PLACE_WORDS = new Set(['park', 'square', 'street', 'avenue', 'road', 'bridge', 'tower', 'towers', 'plaza', 'stadium', 'arena',
  'island', 'islands', 'river', 'lake', 'beach', 'bay', 'valley', 'mountains', 'garden', 'gardens', 'palace', 'hall']);
// Place cues of streets, bridges and markets: the name after them is that place even when it is a city's ("đường Đà Nẵng").
const STREET_CUES = new Set(['đường', 'phố', 'cầu', 'chợ', 'ngã tư', 'ngã ba', 'nút giao']);
// The smallest Vietnamese units, whose names are often common words ("xóm Trại", "làng Mới").
const LOCAL_UNITS = new Set(['xóm', 'thôn', 'làng', 'xã', 'phường', 'ấp']);
// Lower-case place heads that make a feature of a country's name ("bán đảo Hàn Quốc", "vịnh Thái Lan").
const FEATURE_HEADS = new Set(['bán đảo', 'vịnh', 'eo biển', 'quần đảo']);
// Compass words: after "phía"/"hướng" they are directions ("phía Đông", "hướng Tây Nam"), not places.
const COMPASS = new Set(['đông', 'tây', 'nam', 'bắc']);
const DIRECTION_CUES = new Set(['phía', 'hướng']);
const isCompass = (w: Word) => COMPASS.has(w.key);
// Lower-case English words inside an English title ("Beauty Behind the Madness", "Bank of America"): no personal name has them.
const EN_LINKS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'from']);
// Vietnamese company names built on "-bank" and "Vina-" ("Sacombank", "Vinamilk") are companies.
const BRAND = /^(?:\p{Lu}\p{Ll}{2,}bank|Vina\p{Ll}{3,})$/u;
// English contractions ("Can’t", "Don't") begin song titles and quotes, never names.
const CONTRACTION = /['’](?:t|m|re|ll|ve|d|s)$/i;
const CAMEL = /^(?!Mc|Mac|De|Di|Da|La|Le|Van|O')\p{Lu}\p{Ll}+\p{Lu}/u;
// PLACE_CUES as a map: looked up with many different keys, a plain object makes V8 re-optimise the scanner
const PLACE_CUE_TYPES = new Map(Object.entries(PLACE_CUES));
const genderOf = (cue: string): 'm' | 'f' | undefined => (MALE_CUES.has(cue) ? 'm' : FEMALE_CUES.has(cue) ? 'f' : undefined);

// gazAt's candidates (it never runs inside itself): lengths and entries of the names found at a word
const GAZ_LEN: number[] = [];
const GAZ_ENTRY: GazEntry[] = [];

/** Is w a model number ("737", "200"), not a year? */
const modelNumber = (w: Word | undefined) => !!w && w.digit && !w.cap && w.text.length >= 3 && !/^(1[89]|20)\d\d$/.test(w.text);

/** Are the syllables the entry writes upper case upper case in the text at i too? */
function capsAgree(e: GazEntry, ws: readonly Word[], i: number): boolean {
  for (let k = 0; k < e.caps.length; k++) if (e.caps[k] && !ws[i + k]!.cap) return false;
  return true;
}

class LineScanner {
  readonly found: Found[] = [];
  constructor(private readonly t: Tables, private readonly ws: Word[], private readonly lineRole: BlockRole, private readonly text: string) {}

  /** Longest gazetteer entry at i that the text's capitalisation and context allow. */
  gazAt(i: number, qualifier = false): { j: number; e: GazEntry } | undefined {
    const { ws } = this;
    const first = ws[i]!;
    if (first.sep === '-' && !first.cap) return undefined;
    const trie = this.t.g.trie;
    let node = trie.root(first);
    if (!node) return undefined;
    // the names starting at i, shortest first (names do not cross punctuation)
    let count = 0;
    for (let n = 1; ; n++) {
      if (node.value) {
        GAZ_LEN[count] = n;
        GAZ_ENTRY[count++] = node.value;
      }
      const next = at(ws, i + n);
      if (!next || next.sep === 'p') break;
      node = node.child(next);
      if (!node) break;
    }
    for (let c = count - 1; c >= 0; c--) {
      const n = GAZ_LEN[c]!;
      const e = GAZ_ENTRY[c]!;
      if (!capsAgree(e, ws, i)) continue;
      const next = ws[i + n];
      if (next && next.sep === '-' && !next.cap && !next.digit) continue; // the word goes on: "Seoul-based"
      if (e.weak && !this.weakOk(i, i + n, qualifier || (e.type === 'GPE' && at(ws, i - 1)?.key === 'người' && first.sep === ' '))) continue;
      // "nút giao Mỹ Thủy": a one-syllable country glued to a capitalised Vietnamese syllable is a local name
      if (n === 1 && !qualifier && e.type === 'GPE' && next && next.sep === ' ' && next.cap && !next.allCaps && vietShaped(next) && !trie.hasFirst(next.key)) continue;
      return { j: i + n, e };
    }
    return undefined;
  }

  /** A short ambiguous name (Anh, Hàn) must stand alone: not sentence-initial, not inside a capitalised run. */
  private weakOk(i: number, j: number, qualifier: boolean): boolean {
    const { ws } = this;
    const w = ws[i]!;
    if (w.initial || (w.sep === ' ' && at(ws, i - 1)?.cap)) return false;
    const next = ws[j];
    return !(next && next.sep === ' ' && next.cap && !qualifier);
  }

  /** Does a person's name (two or more capitalised words shaped like one) start at k? */
  personAt(k: number): boolean {
    const { ws } = this;
    let n = k;
    while (n < ws.length && n - k < MAX_NAME && (n === k || joins(ws[n]!)) && (ws[n]!.cap || ws[n]!.sep === '-')) n++;
    if (n - k < 2) return false;
    const gz = this.gazAt(k);
    if (gz) return gz.e.type === 'PER';
    // "Moon Sang-gyun": a syllable joined by a hyphen in lower case is no Vietnamese name's
    return some(ws, k, n, (w) => foreign(w) || (w.sep === '-' && !w.cap && !w.digit)) || (this.t.g.surnames.has(ws[k]!.key) && every(ws, k, n, vietShaped));
  }

  /** End of the capitalised run starting at i (names go across hyphens and initials). */
  runEnd(i: number, stopAtKnown: boolean): number {
    const { ws } = this;
    let j = i + 1;
    while (j < ws.length && j - i < MAX_NAME) {
      const w = ws[j]!;
      const prev = ws[j - 1]!;
      const prevJoins = prev.cap || prev.sep === '-'; // (read on every step: no property read is new to optimised code)
      if (!joins(w) || !(w.cap || (w.sep === '-' && (w.digit || !w.allCaps)))) break;
      if (w.sep === '-' && !w.cap && !w.digit && !prevJoins) break;
      if (stopAtKnown && w.sep !== '-' && (this.t.roles.match(ws, j) && w.cap || this.gazStops(i, j))) break;
      j++;
    }
    return j;
  }

  /** A known name at j ends the run i..j unless the run is a Vietnamese personal name ("Nguyễn Thị Nga"). */
  private gazStops(i: number, j: number): boolean {
    const m = this.gazAt(j, true);
    if (!m) return false;
    if (m.j - j >= 2 || m.e.type === 'PER') return true;
    const vietName = this.t.g.surnames.has(this.ws[i]!.key) && every(this.ws, i, j, vietShaped);
    return !vietName;
  }

  /** Words of an organisation or place name after its head: capitalised words, then maybe a qualifier. */
  nameWords(j: number, inRole: boolean, standalone: boolean, orgName = false, lowerHead = false): { end: number; qualifier?: { i: number; j: number; e: GazEntry } } {
    const { ws, t } = this;
    let k = j;
    let afterPlace = false;
    while (k < ws.length && k - j < MAX_NAME) {
      const w = ws[k]!;
      if (!joins(w) || w.sep === '.') break;
      if (inRole && (k > j || standalone) && !afterPlace && this.personAt(k)) break;
      afterPlace = false;
      const sectorEnd = orgName ? this.sectorTail(k) : k;
      if (sectorEnd > k) {
        k = sectorEnd;
        // "Phòng Cảnh sát tội phạm về môi trường Công an TP Hải Phòng": a second head starts a second name
        if (at(ws, k)?.cap && t.orgHeads.match(ws, k) && !this.gazAt(k, true)) break;
        continue;
      }
      const gz = this.gazAt(k, true);
      if (gz && gz.e.type !== 'PER' && gz.e.type !== 'MISC') return { end: gz.j, qualifier: { i: k, j: gz.j, e: gz.e } };
      // …but "Bảo tàng Lịch sử và Ga Huế": a second head starts a second name
      // (after a lower-case head "và" joins two places: "sân bay Nội Bài và Tân Sơn Nhất")
      if (w.key === 'và' && k > j && !lowerHead && at(ws, k + 1)?.cap && ws[k + 1]!.sep === ' ' && !this.gazAt(k + 1) && !t.heads.some(([h]) => h.match(ws, k + 1))) {
        k++; // "Bộ Nông nghiệp và Phát triển nông thôn"
        continue;
      }
      if (!w.cap) {
        // "Ủy ban nhân dân", "Công an tỉnh Nghệ An": a few lower-case words belong to the name
        const place = t.places.match(ws, k);
        const lowerOk = (k === j && w.key === 'nhân' && at(ws, k + 1)?.key === 'dân') ? 2
          : place && !WEAK_PLACE_CUES.has(keyOf(ws, k, k + place)) && at(ws, k + place)?.cap && joins(ws[k + place]!) ? place : 0;
        if (!lowerOk) break;
        afterPlace = lowerOk === place;
        k += lowerOk;
        continue;
      }
      if (t.roles.match(ws, k) && k > j) break;
      k += this.wordLen(k);
    }
    return { end: k };
  }

  /**
   * End of a run of sector words at k inside an organisation's name when one of them is in lower case
   * and the name plainly goes on or stops after them: a capitalised word (not a role), a place cue
   * before one ("… nông thôn tỉnh Bà Rịa"), punctuation or the end of the line, or anything after
   * sectors joined by "và"/"về" (a name's structure). After a plain lower-case run followed by anything
   * else ("Bộ Y tế quản lý …") the name stops at k: returns k.
   * "Mỹ Phẩm" in "Hiệp hội … Mỹ Phẩm Việt Nam" is a sector word, not the country.
   */
  private sectorTail(k: number): number {
    const { ws, t } = this;
    let m = k;
    let lower = false;
    let longer = false;
    let linked = false;
    for (let n = 0; n < 8; n++) {
      const link = m > k && SECTOR_LINKS.has(at(ws, m)?.key ?? '') && ws[m]!.sep === ' ' ? 1 : 0;
      const w = at(ws, m + link);
      if (!w || !joins(w) || w.sep === '.') break;
      const len = t.sectors.match(ws, m + link);
      if (!len) break;
      const gz = this.gazAt(m + link, true);
      if (gz && gz.j - (m + link) >= len) break; // a place or body the name belongs to ("… Việt Nam")
      if (gz) longer = true;
      for (let x = m + link; x < m + link + len; x++) if (!ws[x]!.cap) lower = true;
      if (link) linked = true;
      m += link + len;
    }
    if (m === k || !(lower || longer)) return k;
    const next = at(ws, m);
    // coordinated sectors are a name's structure whatever follows ("Sở Nông nghiệp và phát triển nông thôn tạm ứng …")
    if (!next || !joins(next) || linked) return m;
    if (next.cap && next.sep === ' ' && !t.roles.match(ws, m)) return m;
    const place = t.places.match(ws, m);
    return place && !WEAK_PLACE_CUES.has(keyOf(ws, m, m + place)) && at(ws, m + place)?.cap ? m : k;
  }

  /** Length of the dictionary word starting with the capitalised syllable k ("An ninh", "Quốc phòng"), else 1 plus hyphen parts. */
  wordLen(k: number): number {
    const { ws, t } = this;
    for (let n = Math.min(4, ws.length - k); n >= 2; n--) {
      let ok = true;
      for (let m = k + 1; m < k + n; m++) if (ws[m]!.sep !== ' ') ok = false;
      if (ok && t.g.words.has(keyOf(ws, k, k + n))) return n;
    }
    let n = 1;
    while (at(ws, k + n)?.sep === '-') n++;
    return n;
  }

  emit(f: Found): number {
    this.found.push(f);
    return f.j;
  }

  surface(i: number, j: number): string {
    return this.text.slice(this.ws[i]!.start, this.ws[j - 1]!.end);
  }

  /** Canonical of a built organisation/place: the gazetteer's if it knows the whole name, else head (+ country). */
  builtCanonical(type: EntityType, i: number, j: number, q?: { i: number; e: GazEntry }): { canonical: string; known: boolean; head?: string } {
    const known = this.t.g.entries.get(keyOf(this.ws, i, j));
    if (known) return { canonical: known.canonical, known: true };
    const headKey = keyOf(this.ws, i, q ? q.i : j);
    const head = ORG_EN[headKey] ?? this.surface(i, q ? q.i : j);
    if (!q) return { canonical: head, known: false, ...(type === 'ORG' ? { head: headKey } : {}) };
    // "Bộ Ngoại giao Triều Tiên" → "Ministry of Foreign Affairs (North Korea)"; other names keep their
    // words ("Nghĩa trang Quốc gia Seoul", "Hội đồng Liên bang Nga", "UBND tỉnh Gia Lai")
    if (type !== 'ORG' || !ORG_EN[headKey]) return { canonical: this.surface(i, j), known: false };
    return { canonical: `${head} (${q.e.country ?? q.e.canonical})`, known: false };
  }

  /** Organisation or place introduced by a head word at i; undefined when none is there. */
  headed(i: number, inRole: boolean): Found | undefined {
    const { ws, t } = this;
    for (const [table, type] of t.heads) {
      const h = table.match(ws, i);
      if (!h) continue;
      const headKey = keyOf(ws, i, i + h);
      const standalone = type === 'ORG' && STANDALONE_ORGS.has(headKey);
      let { end, qualifier } = this.nameWords(i + h, inRole, standalone, type === 'ORG' && ws[i]!.cap, !ws[i]!.cap);
      if (end === i + h && !standalone && type === 'ORG') ({ end, qualifier } = this.describedOrg(i, i + h, COMPANY_HEADS.has(headKey), inRole));
      if (end === i + h && !standalone) continue;
      // "hòn đảo Tôn Dật Tiên": after a lower-case head, a Vietnamese personal name that is no local place is a person
      if (!ws[i]!.cap && !qualifier) {
        const run = this.runEnd(i + h, true);
        if (this.vietName(i + h, run) && !t.g.localPlaces.has(keyOf(ws, i + h, run))) continue;
      }
      // "biển Nha Trang", "sân bay Ai Cập": a lower-case head before a city's sea or a country is a description; the place stands alone
      if (!ws[i]!.cap && qualifier?.i === i + h && qualifier.e.type === 'GPE' && !FEATURE_HEADS.has(headKey)
        && (headKey === 'biển' || t.g.countries.has(qualifier.e.canonical))) continue;
      const gz = this.gazAt(i);
      // "Đài Loan", "Trường Sa": a place name that starts with a head word is the place
      if (gz && (gz.j >= end || (gz.e.type !== 'ORG' && gz.j - i >= 2))) return this.fromGaz(i, gz);
      const built = this.builtCanonical(type, i, end, qualifier);
      // "Hãng hàng không Vietjet Air", "Công ty Pratt & Whitney": a brand after a company head is the company's name
      if (!built.known && !qualifier && type === 'ORG' && COMPANY_HEADS.has(headKey)) {
        const name = this.brandAfter(i + h, end);
        if (name !== undefined) built.canonical = this.surface(name, end);
      }
      const f = found(i, end, type, built.canonical, built.known, true);
      f.head = built.head;
      return f;
    }
    return undefined;
  }

  /**
   * "Cơ quan hàng không Hoa Kỳ", "Hãng hàng không Vietjet Air": a head, a few lower-case words, then the country
   * the body belongs to or (after a company head) a brand-like name.
   */
  private describedOrg(i: number, j: number, company: boolean, inRole: boolean): { end: number; qualifier?: { i: number; j: number; e: GazEntry } } {
    const { ws, t } = this;
    if (j >= ws.length || t.g.words.has(keyOf(ws, i, j + 1))) return { end: j }; // "Trường hợp", "Phòng không": the head is part of a common word
    for (let k = j; k < j + 4 && k < ws.length; k++) {
      const w = ws[k]!;
      if (w.cap || w.sep !== ' ' || CUE_STOPS.has(w.key)) break;
      const next = ws[k + 1];
      if (!next || next.sep !== ' ' || !next.cap) continue;
      const gz = this.gazAt(k + 1, true);
      if (gz && gz.e.type === 'GPE' && !company) return { end: gz.j, qualifier: { i: k + 1, j: gz.j, e: gz.e } };
      if (gz || !company) break;
      let end = this.runEnd(k + 1, true);
      if (inRole && end - k > 3 && this.personAt(k + 2)) end = k + 2; // "Chủ tịch tập đoàn Boeing Ray Conner"
      return this.vietName(k + 1, end) ? { end: j } : { end };
    }
    return { end: j };
  }

  /** Start of a brand-like name (a foreign word or an acronym in it) ending at `end`, after lower-case descriptions. */
  private brandAfter(from: number, end: number): number | undefined {
    const { ws } = this;
    let k = from;
    while (k < end && !ws[k]!.cap) k++;
    if (k === end) return undefined;
    for (let n = k; n < end; n++) if (foreign(ws[n]!) || ws[n]!.allCaps || !this.t.g.words.has(ws[n]!.key)) return k;
    return undefined;
  }

  /**
   * "sân bay Nội Bài và Tân Sơn Nhất": after a place under a lower-case head, a capitalised name joined by
   * "và" that no list knows is a place of the same kind (emitted). Returns where scanning goes on.
   */
  private coordinated(f: Found, j: number): number {
    const { ws } = this;
    if (f.type !== 'LOC' || ws[f.i]!.cap || at(ws, j)?.key !== 'và' || !at(ws, j + 1)?.cap || ws[j + 1]!.sep !== ' ' || this.gazAt(j + 1)) return j;
    const end = this.runEnd(j + 1, true);
    return this.emit(found(j + 1, end, 'LOC', this.surface(j + 1, end), false, true));
  }

  /** Is there a role or a job noun among the few words before i ("nhà phân tích tại …")? */
  private afterPersonNoun(i: number): boolean {
    const { ws, t } = this;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (t.roles.match(ws, k) || t.jobs.match(ws, k)) return true;
      if (ws[k]!.sep === 'p') return false; // the clause starts here
    }
    return false;
  }

  /**
   * A cue of n words at i, or 0 when it ends a word with the syllable before it ("cảnh báo", "thông
   * báo", "thị trường"): there it is no cue.
   */
  private cueAlone(i: number, n: number): number {
    const { ws, t } = this;
    return n && i > 0 && ws[i]!.sep === ' ' && t.g.words.has(keyOf(ws, i - 1, i + n)) ? 0 : n;
  }

  /**
   * A known place after a cue: after an organisation or media cue, "báo Quảng Trị", "CLB Hà Nội" name the
   * province's newspaper and the city's club (a country stays the country: "báo Mỹ" is the American
   * press); after a street cue, "đường Đà Nẵng" is the street.
   */
  private cuedPlace(i: number, m: { j: number; e: GazEntry }, hint: EntityType, cue: string): Found {
    if (m.e.type !== 'GPE' || this.t.g.countries.has(m.e.canonical)) return this.fromGaz(i, m);
    if (hint === 'ORG') return found(i, m.j, 'ORG', this.surface(i, m.j), false, true);
    // "đường Đà Nẵng", "cầu Thăng Long": a street or bridge named after a city is a place of its own
    if (STREET_CUES.has(cue)) return found(i, m.j, 'LOC', `${cue} ${this.surface(i, m.j)}`, false, true);
    return this.fromGaz(i, m);
  }

  fromGaz(i: number, m: { j: number; e: GazEntry }): Found {
    return found(i, m.j, m.e.type, m.e.canonical, true);
  }

  /** "Ngoại trưởng Mỹ Antony Blinken": role head, portfolio, qualifiers, then the person. */
  role(i: number): number {
    const { ws, t } = this;
    const h = t.roles.match(ws, i);
    if (!h) return 0;
    let k = i + h;
    if (ws[k] && joins(ws[k]!)) k += t.portfolios.match(ws, k);
    const quals: Found[] = [];
    while (k < ws.length && joins(ws[k]!) && ws[k]!.sep !== '.') {
      const place = this.placeAfterCue(k);
      if (place) {
        quals.push(place);
        k = place.j;
        continue;
      }
      if (ws[k]!.key === 'tại' && ws[k + 1] && joins(ws[k + 1]!) && this.gazAt(k + 1, true)) k++; // "Đại sứ Mỹ tại Hàn Quốc"
      const org = ws[k]!.cap ? this.headed(k, true) : undefined;
      const gz = org ? undefined : this.gazAt(k, true);
      const q = org ?? (gz && gz.e.type !== 'PER' && gz.e.type !== 'MISC' ? this.fromGaz(k, gz) : undefined);
      if (!q && ws[k]!.allCaps && !ws[k]!.digit && at(ws, k + 1)?.sep !== '-' && !gz) {
        // "Chủ tịch HĐQT", "Tổng giám đốc FPT": a generic acronym belongs to the role, another is the organisation
        if (!NOT_ORG_ACRONYMS.has(ws[k]!.key)) quals.push(found(k, k + 1, 'ORG', ws[k]!.text, false, true));
        k++;
        continue;
      }
      if (!q) {
        // a capitalised common word belongs to the role: "người phát ngôn An ninh Quốc gia Nhà Trắng"
        const n = ws[k]!.cap && !gz && !this.personAt(k) ? this.wordLen(k) : 0;
        if (n < 2) break;
        k += n;
        continue;
      }
      quals.push(q);
      k = q.j;
    }
    let end = k;
    if (k < ws.length && joins(ws[k]!) && ws[k]!.sep !== '-' && ws[k]!.cap && !t.media.match(ws, k)) {
      const gz = this.gazAt(k);
      end = gz && gz.e.type === 'PER' ? gz.j : this.runEnd(k, false);
    }
    if (end === k && quals.length === 0) return 0;
    // "HLV Man United", "Phó giám đốc Agribank Bình Chánh": the organisation ends the role, no person follows;
    // "Tổng giám đốc Vietjet Nguyễn Thị Phương Thảo": the organisation belongs to the role, the person follows
    const orgEnd = end > k ? (this.orgShaped(k, end) ? end : this.orgPersonSplit(k, end)) : 0;
    if (orgEnd) {
      quals.push(found(k, orgEnd, 'ORG', this.surface(k, orgEnd), false, true));
      k = orgEnd;
    }
    const roleEnd = k;
    for (const q of quals) this.emit(q);
    if (end > k) {
      const gz = this.gazAt(k);
      const known = gz && gz.j === end && gz.e.type === 'PER';
      const female = some(ws, i, roleEnd, isFemaleCue);
      const gender = female ? 'f' : this.nameGender(k, end);
      const person = found(k, end, 'PER', known ? gz.e.canonical : this.surface(k, end), !!known, true, gender);
      person.role = { start: ws[i]!.start, end: ws[roleEnd - 1]!.end };
      this.emit(person);
    }
    return end;
  }

  /** "ông Park", "bà Jean-Pierre": the capitalised run after an honorific is a person. */
  honorific(i: number): number {
    const { ws, t } = this;
    const h = t.honorifics.match(ws, i);
    const k = i + h;
    if (!h || !ws[k] || !joins(ws[k]!) || ws[k]!.sep !== ' ' || !ws[k]!.cap || t.roles.match(ws, k)) return 0;
    if (ws[i]!.cap && this.placeNamedLikeHonorific(i, k)) return 0;
    const gz = this.gazAt(k);
    if (WEAK_HONORIFICS.has(ws[i]!.key) && (ws[i]!.cap || (gz && gz.e.type !== 'PER'))) return 0;
    const end = gz && gz.e.type === 'PER' ? gz.j : this.runEnd(k, true);
    const known = gz && gz.j === end && gz.e.type === 'PER';
    const gender = genderOf(keyOf(ws, i, k)) ?? this.nameGender(k, end);
    return this.emit(found(k, end, 'PER', known ? gz.e.canonical : this.surface(k, end), !!known, true, gender));
  }

  /**
   * "tỉnh Bà Rịa - Vũng Tàu", "chợ Bà Chiểu", "cầu Ông Lãnh": a capitalised honorific i..k that begins a
   * known place's name (a news text writes honorifics in lower case except at a sentence start).
   */
  private placeNamedLikeHonorific(i: number, k: number): boolean {
    const gz = this.gazAt(i);
    if (gz && gz.e.type !== 'PER' && gz.j > k) return true;
    return !this.ws[i]!.initial && this.t.g.localPlaces.has(keyOf(this.ws, i, k + 1));
  }

  /** A foreign run ending with an organisation word ("Man United"), or a brand and a Vietnamese district ("Agribank Bình Chánh", a branch). */
  orgShaped(i: number, j: number): boolean {
    const { ws, t } = this;
    const brand = foreign(ws[i]!) || ws[i]!.allCaps;
    if (j - i >= 3 && brand && t.g.localPlaces.has(keyOf(ws, i + 1, j))) return true;
    return j - i >= 2 && ORG_WORDS.has(ws[j - 1]!.key) && some(ws, i, j, foreignOrAcronym);
  }

  /** Is words[i..j) a Vietnamese personal name (surname, then one to three syllables)? */
  vietName(i: number, j: number): boolean {
    const { ws } = this;
    if (j - i < 2 || j - i > 4 || !this.t.g.surnames.has(ws[i]!.key)) return false;
    for (let k = i; k < j; k++) {
      const w = ws[k]!;
      if (w.allCaps || !vietShaped(w) || (k > i && w.sep !== ' ')) return false;
    }
    return true;
  }

  /** "Nguyễn Thị Lan" is a woman, "Trần Văn Nam" a man. */
  nameGender(i: number, j: number): 'm' | 'f' | undefined {
    if (j - i < 3 || !this.t.g.surnames.has(this.ws[i]!.key)) return undefined;
    const middle = this.ws[i + 1]!.key;
    return middle === 'thị' ? 'f' : middle === 'văn' ? 'm' : undefined;
  }

  /**
   * Where a capitalised run i..j splits into an organisation and a person: a Vietnamese name (surname
   * first) after a foreign word or an acronym ("Vietjet Nguyễn Thị Phương Thảo", "EVN Trần Đình Nhân"). 0 when it does not.
   */
  orgPersonSplit(i: number, j: number): number {
    const { ws } = this;
    for (let m = i + 1; m <= j - 2; m++) {
      // "Agribank Bình Chánh": a brand before a district is a branch, not a person
      if (ws[m]!.sep !== ' ' || !this.vietName(m, j) || this.t.g.localPlaces.has(keyOf(ws, m, j))) continue;
      if (some(ws, i, m, foreignOrAcronym)) return m;
    }
    return 0;
  }

  /** "tỉnh Quảng Ninh", "TP Móng Cái", "xã Đồng Tiến": the place a (strong) place cue at k introduces, without the cue. */
  placeAfterCue(k: number): Found | undefined {
    const { ws, t } = this;
    const n = t.places.match(ws, k);
    const name = k + n;
    if (!n || !at(ws, name)?.cap || ws[name]!.sep !== ' ') return undefined;
    const cue = keyOf(ws, k, name);
    if (WEAK_PLACE_CUES.has(cue)) return undefined;
    const gz = this.gazAt(name, true);
    if (gz) return gz.e.type === 'PER' || gz.e.type === 'MISC' ? undefined : this.fromGaz(name, gz);
    const end = this.runEnd(name, true);
    const type = PLACE_CUE_TYPES.get(cue) ?? PLACE_CUE_TYPES.get(ws[k]!.text) ?? 'GPE';
    return found(name, end, type, this.surface(name, end), false, true);
  }

  /** Classify a capitalised run i..j that no rule claimed; `hint` comes from a cue before it. */
  run(i: number, hint?: EntityType, weakHint = false): number {
    const { ws, t } = this;
    let j = this.runEnd(i, true);
    if (ws[i]!.initial && !hint && !PERSON_LINE_ROLES.has(this.lineRole)) {
      // A capital at the start of a sentence is no evidence: drop a leading common word ("Hôm", "Tuy").
      const lone = j - i === 1;
      // …but "The Weeknd", "The Guardian": an English article before a foreign word starts the name
      const article = !lone && foreign(ws[i + 1]!) && ws[i]!.key === 'the';
      const common = !article && t.g.words.has(ws[i]!.key) && !t.g.surnames.has(ws[i]!.key);
      if (common || (lone && !foreign(ws[i]!) && !ws[i]!.allCaps)) return i + 1;
    }
    // (the rarer rules are methods of their own, each behind one call: V8 keeps seldom-called methods out
    // of run()'s optimised code, so the first use of one of them does not re-optimise run())
    if (hint === 'MISC') j = this.titleEnd(i, j);
    // "phía Đông", "hướng Tây Nam": a direction
    if (DIRECTION_CUES.has(at(ws, i - 1)?.key ?? '') && ws[i]!.sep === ' ' && every(ws, i, j, isCompass)) return j;
    if (ws[i]!.key === 'top' && !hint) {
      const e = this.topCategory(i, j);
      if (e) return e;
    }
    // "Beauty Behind the Madness", "Bank of America": English titles go on over their lower-case function words
    let linked = false;
    for (let k = j; j - i < MAX_NAME && some(ws, i, j, foreign); k = j) {
      while (k < j + 2 && EN_LINKS.has(at(ws, k)?.key ?? '') && !ws[k]!.cap && ws[k]!.sep === ' ') k++;
      if (k === j || !at(ws, k)?.cap || ws[k]!.sep !== ' ' || !foreign(ws[k]!)) break;
      j = this.runEnd(k, true);
      linked = true;
    }
    const split = PERSON_LINE_ROLES.has(this.lineRole) ? 0 : this.orgPersonSplit(i, j);
    if (split) return this.splitRun(i, split, j);
    return this.typeRun(i, j, hint, weakHint, linked);
  }

  /** "giải Cành cọ Vàng": after a work cue, the title i..j goes on over lower-case words between capitals. */
  private titleEnd(i: number, j: number): number {
    const { ws } = this;
    while (j - i < MAX_NAME && at(ws, j)?.sep === ' ' && !ws[j]!.cap && !CUE_STOPS.has(ws[j]!.key) && at(ws, j + 1)?.sep === ' ' && ws[j + 1]!.cap) j = this.runEnd(j + 1, true);
    return j;
  }

  /**
   * "Top Hot 100 Artist", "Top Selling Song": an English run headed by "Top" at i (first run ending at j)
   * names a chart or an award category, emitted; "Top" alone is a word. The index after it, 0 when neither.
   */
  private topCategory(i: number, j: number): number {
    const e = this.topEnd(j);
    if (e - i === 1) return e;
    return some(this.ws, i + 1, e, foreign) ? this.emit(found(i, e, 'MISC', this.surface(i, e), false)) : 0;
  }

  /** "Vietjet Nguyễn Thị Phương Thảo": the organisation i..split and the person split..j. */
  private splitRun(i: number, split: number, j: number): number {
    this.emit(found(i, split, 'ORG', this.surface(i, split), false));
    return this.emit(found(split, j, 'PER', this.surface(split, j), false, false, this.nameGender(split, j)));
  }

  /**
   * The type of the capitalised run i..j that run() delimited (emitted; returns the index after it). A
   * method of its own, too large for V8 to inline: the first use of one of its many rules then
   * re-optimises this method only, not run() and all it inlines.
   */
  private typeRun(i: number, j: number, hint: EntityType | undefined, weakHint: boolean, linked: boolean): number {
    const { ws, t } = this;
    const traits = runTraits(ws, i, j);
    const anyForeign = (traits & HAS_FOREIGN) !== 0;
    const anyAcronym = (traits & HAS_ACRONYM) !== 0;
    const vietName = this.vietName(i, j); // (asked every time: two rare rules need it)
    // "As", "Pb": two-letter symbols; "Arab Thống nhất": a title-case phrase that goes on in lower case
    if (j - i === 1 && ws[i]!.text.length <= 2 && !ws[i]!.allCaps && !ws[i]!.digit) return j;
    if (j - i === 1 && CONTRACTION.test(ws[i]!.text) && !hint) return j;
    if (!hint && at(ws, j)?.sep === ' ' && !ws[j]!.cap && t.g.words.has(keyOf(ws, j - 1, j + 1))) return j;
    const surface = this.surface(i, j);
    let type: EntityType | undefined;
    let evidence = false;
    if (PERSON_LINE_ROLES.has(this.lineRole)) type = 'PER';
    // "giải Thành tựu", "hạng mục Nghệ sĩ hàng đầu": a common word after a work cue is a description, not a title
    else if (hint === 'MISC' && j - i === 1 && !anyForeign && this.commonWord(i, j)) return j;
    else if (hint === 'MISC') { type = 'MISC'; evidence = true; }
    else if (traits & HAS_DIGIT && ws[i]!.cap) type = 'MISC';
    else if (j - i === 1 && ws[i]!.allCaps && this.modelCode(i)) return this.model(i, j);
    else if (j - i === 1 && ws[i]!.allCaps) type = NOT_ORG_ACRONYMS.has(ws[i]!.key) ? undefined : 'ORG';
    else if (j - i >= 2 && EVENT_WORDS.has(ws[j - 1]!.key) && !vietName) type = 'MISC'; // "FA Cup", "Billboard Music Awards"
    else if (anyForeign && j - i >= 2 && PLACE_WORDS.has(ws[j - 1]!.key)) type = 'LOC'; // "Central Park"
    else if ((anyForeign || anyAcronym) && (traits & HAS_ORG_WORD || surface.includes('&'))) { type = 'ORG'; evidence = true; }
    else if (linked) type = 'MISC';
    else if (hint === 'ORG' && vietName) type = 'PER'; // "công ty cho Nguyễn Văn A vay": the cue does not reach a person
    else if (this.orgShaped(i, j)) { type = 'ORG'; evidence = true; }
    else if (t.g.localPlaces.has(keyOf(ws, i, j)) && !(j - i >= 3 && MIDDLE_NAMES.has(ws[i + 1]!.key))) type = hint === 'LOC' ? 'LOC' : 'GPE';
    else if (anyAcronym) type = ws[i]!.allCaps && NOT_ORG_ACRONYMS.has(ws[i]!.key) ? undefined : 'ORG';
    else if (!anyForeign && this.commonWord(i, j)) return j;
    else if (hint) { type = hint; evidence = !weakHint; }
    // a brand written in camel case ("VietJet", "EgyptAir") is a company; other foreign names are mostly people
    else if (anyForeign) type = j - i === 1 && (CAMEL.test(ws[i]!.text) || BRAND.test(ws[i]!.text)) ? 'ORG' : 'PER';
    else {
      // three syllables that are neither a word nor a place are a name ("Hoắc Kiến Hoa")
      if ((t.g.surnames.has(ws[i]!.key) || MIDDLE_NAMES.has(at(ws, i + 1)?.key ?? '') || j - i === 3) && j - i >= 2 && j - i <= 4) type = 'PER';
      else if (j - i >= 2) type = 'MISC';
    }
    if (!type) return j;
    const gender = type === 'PER' ? this.nameGender(i, j) : undefined;
    return this.emit(found(i, j, type, surface, false, evidence, gender));
  }

  /**
   * End of a chart or award category headed by "Top" whose first run ends at j: "Top Hot 100 Artist",
   * "Top Duo/Group", "Top Streaming Song – Audio".
   */
  private topEnd(j: number): number {
    const { ws } = this;
    let e = j;
    for (;;) {
      const next = ws[e + 1];
      if (at(ws, e)?.digit && ws[e]!.sep === ' ' && next?.cap && next.sep === ' ') e = this.runEnd(e + 1, true);
      else if (at(ws, e)?.cap && foreign(ws[e]!) && (ws[e]!.sep === ' - ' || this.text.slice(ws[e - 1]!.end, ws[e]!.start) === '/')) e = this.runEnd(e, true);
      else break;
    }
    return e;
  }

  /** "737 MAX 200": a product's model letters i..j between numbers, emitted with them. */
  private model(i: number, j: number): number {
    const { ws } = this;
    const from = at(ws, i - 1)?.digit && ws[i]!.sep === ' ' ? i - 1 : i;
    const to = at(ws, j)?.digit && ws[j]!.sep === ' ' ? j + 1 : j;
    return this.emit(found(from, to, 'MISC', this.surface(from, to), false));
  }

  /** Is the acronym at i a model code written against a number ("737 MAX", "MAX 200"), not an organisation? */
  private modelCode(i: number): boolean {
    const { ws } = this;
    if (NOT_ORG_ACRONYMS.has(ws[i]!.key)) return false;
    return (ws[i]!.sep === ' ' && modelNumber(ws[i - 1])) || (at(ws, i + 1)?.sep === ' ' && modelNumber(ws[i + 1]));
  }

  /** Is the Vietnamese-looking run i..j (with up to two lower-case syllables after it) a common word in capitals ("Chủ nhật", "Vành đai")? */
  private commonWord(i: number, j: number): boolean {
    const { ws, t } = this;
    let k = j;
    let isWord = t.g.words.has(keyOf(ws, i, j));
    while (!isWord && k < ws.length && k < j + 2 && ws[k]!.sep === ' ' && !ws[k]!.cap) isWord = t.g.words.has(keyOf(ws, i, ++k));
    return isWord;
  }

  /** "New York Post", "Samsung Electronics": a foreign run ending in an organisation word, unless known whole. */
  orgRun(i: number): number {
    const { ws, t } = this;
    // "Theo The Epoch Times"; but a club's first word ("Man City", "Real Madrid") starts the name even at a sentence start
    if (ws[i]!.initial && t.g.words.has(ws[i]!.key) && !CLUB_PREFIXES.has(ws[i]!.key)) return 0;
    const j = this.runEnd(i, false);
    const club = at(ws, i + 1)?.sep === ' ' && CLUB_PREFIXES.has(ws[i]!.key);
    if (j - i < 2 || !(ORG_WORDS.has(ws[j - 1]!.key) || club) || !some(ws, i, j, foreignOrAcronym)) return 0;
    const gz = this.gazAt(i);
    if (gz && gz.j >= j) return 0;
    return this.emit(found(i, j, 'ORG', this.surface(i, j), false, true));
  }

  /**
   * Cues other than media and place words, as [type, index of the name]: "P.Tân Phú" (an abbreviated
   * ward), "hãng hàng không tư nhân Vietjet" (an organisation after a lower-case description), "phim Titanic".
   */
  private otherCue(i: number, starts: number): { type: EntityType; end: number } | undefined {
    const { ws, t } = this;
    const w = ws[i]!;
    // Every value is read before the tests that need it, and one object literal answers for all three
    // cues: optimised code that meets a rule's property read, arithmetic or literal for the first time
    // is thrown away, and this runs inside the scanner's.
    const after = i + 1;
    const next = at(ws, after);
    const nextCap = next?.cap;
    const dotted = next?.sep === '.' && nextCap;
    const abbreviation = PLACE_ABBREVIATIONS.has(w.key);
    const work = starts & START_WORK_CUE ? t.workCues.match(ws, i) : 0;
    const title = i + work;
    const titleWord = at(ws, title); // (ws[i] when there is no work cue)
    const titled = titleWord !== undefined && titleWord.sep === ' ' && titleWord.cap;
    let type: EntityType | undefined;
    let end = 0;
    if (w.cap && abbreviation && dotted && !this.gazAt(i)) {
      type = 'GPE';
      end = after;
    } else if (work && titled) {
      type = 'MISC';
      end = title;
    } else {
      const org = starts & START_ORG_CUE ? this.cueAlone(i, t.orgCues.match(ws, i)) : 0;
      for (let k = i + org; org && k < i + org + 5 && k < ws.length; k++) {
        const x = ws[k]!;
        if (x.sep !== ' ') break;
        if (x.cap) {
          type = 'ORG';
          end = k;
          break;
        }
        if (CUE_STOPS.has(x.key)) break;
      }
    }
    return type === undefined ? undefined : { type, end };
  }

  /**
   * A title in quotes ("Hẹn ước 5 năm", giải "Thiên niên kỷ", phim "I, Daniel Blake"): a work, an
   * award or an event (MISC), never a person, unless a person cue comes first (chàng "Bạch Tử Họa").
   * Quoted speech (after a colon, or a whole sentence) is left alone. Returns the index after it, or 0.
   */
  private quotedTitle(i: number): number {
    const { ws, t, text } = this;
    const w = ws[i]!;
    if (w.sep !== 'p' || w.start === 0 || !OPEN_QUOTE.test(text[w.start - 1]!)) return 0;
    if (/:\s*[“"«]$/.test(text.slice(Math.max(0, w.start - 4), w.start))) return 0;
    const m = /^[^“”"«»\n!?:;…]{1,80}?(?=[”"»])/.exec(text.slice(w.start, w.start + 100));
    if (!m || /[.,\s]$/.test(m[0])) return 0;
    const close = w.start + m[0].length;
    let j = i + 1;
    while (j < ws.length && ws[j]!.start < close) j++;
    if (j - i > 8 || ws[j - 1]!.end !== close) return 0;
    if ((i >= 1 && PERSON_QUOTE_CUES.has(keyOf(ws, i - 1, i))) || (i >= 2 && PERSON_QUOTE_CUES.has(keyOf(ws, i - 2, i)))) return 0;
    let work = false;
    for (let n = 1; n <= 3 && n <= i; n++) if (t.workCues.match(ws, i - n) === n) work = true;
    const gz = this.gazAt(i);
    if (gz && gz.j >= j) return 0;
    const allCap = every(ws, i, j, titleCased);
    // a capitalised phrase in quotes that goes on in lower case is a title only after a cue ("có tên", "phim")
    if (!work && (!allCap || (j - i === 1 && t.g.words.has(w.key)))) return 0;
    return this.emit(found(i, j, 'MISC', this.surface(i, j), false, true));
  }

  scan(): Found[] {
    const { ws, t } = this;
    let hint: EntityType | undefined;
    let weakHint = false;
    let hintCue = ''; // the place cue that gave the hint
    let i = 0;
    while (i < ws.length) {
      const w = ws[i]!;
      const syl = w.syl;
      const starts = syl.starts >= 0 ? syl.starts : (syl.starts = t.starts.get(w.key) ?? 0);
      if (!w.cap && !starts) {
        hint = undefined;
        i++;
        continue;
      }
      const h = hint;
      const weak = weakHint;
      const cueBefore = hintCue;
      hint = undefined;
      weakHint = false;
      hintCue = '';
      // (a matcher is asked only when its table has something starting with this word)
      let next = (w.cap && this.quotedTitle(i)) || (starts & START_ROLE && this.role(i)) || (starts & START_HONORIFIC && this.honorific(i));
      let f: Found | undefined;
      if (!next && starts & (START_LOC_HEAD | START_ORG_HEAD) && (w.cap || t.locHeads.match(ws, i) || t.orgHeads.match(ws, i))) {
        // lower-case place heads belong to the name too: "sông Cầu", "biển Tây", "bán đảo Hàn Quốc"
        f = this.headed(i, !w.cap); // after a lower-case head a person's name is no part of it ("đảng Cộng hòa Donald Trump")
      }
      // "xóm Lẻ", "thôn Hạ": after the smallest units any capitalised word is the place's name, even a common word
      if (!next && !f && LOCAL_UNITS.has(w.key)) f = this.placeAfterCue(i);
      if (f) next = this.coordinated(f, this.emit(f)); // (one call for both: a rare rule's first use adds no new call to the optimised scanner)
      if (!next) {
        const media = starts & START_MEDIA ? this.cueAlone(i, t.media.match(ws, i)) : 0;
        const place = media || !(starts & START_PLACE) ? 0 : t.places.match(ws, i);
        const cueEnd = i + (media || place);
        if ((media || place) && at(ws, cueEnd)?.cap && joins(ws[cueEnd]!) && ws[cueEnd]!.sep === ' ') {
          const cue = keyOf(ws, i, cueEnd);
          hint = media ? 'ORG' : PLACE_CUE_TYPES.get(cue) ?? PLACE_CUE_TYPES.get(ws[i]!.text);
          weakHint = !media && WEAK_PLACE_CUES.has(cue);
          // "nhà phân tích tại Jefferies", "phó chủ tịch … tại OceanX": where someone works is an organisation
          if (weakHint && cue === 'tại' && this.afterPersonNoun(i)) hint = 'ORG';
          hintCue = cue;
          i = cueEnd;
          continue;
        }
        const other = this.otherCue(i, starts);
        if (other) {
          hint = other.type;
          i = other.end;
          continue;
        }
      }
      if (!next && w.cap) next = this.orgRun(i);
      if (!next && starts & START_GAZ) {
        const gz = this.gazAt(i);
        if (gz) next = this.emit(h && !weak ? this.cuedPlace(i, gz, h, cueBefore) : this.fromGaz(i, gz));
      }
      if (!next && w.cap) {
        // a weak place cue ("tại", "tới") only types a single foreign word
        const useHint = h && (!weak || (this.runEnd(i, true) === i + 1 && foreign(w)));
        next = this.run(i, useHint ? h : undefined, weak);
      }
      i = next > i ? next : i + 1;
    }
    return this.found;
  }
}

/** Mentions found in one block of text (a line), before document-level linking. */
export function scanLine(text: string, start: number, end: number, role: BlockRole): { words: Word[]; found: Found[] } {
  const words = wordsOf(text, start, end);
  const found = new LineScanner(getTables(), words, role, text).scan();
  for (const f of found) if (!f.known && !f.evidence) typeBySportNotation(text, words[f.j - 1]!.end, f);
  return { words, found };
}

/** "Rashford (Young 72')": a name before a minute is a player; "Man Utd (4-1-4-1)": before a formation, a team. */
function typeBySportNotation(text: string, end: number, f: Found): void {
  // both notations start with a bracket or a digit after white space: most names have neither after
  // them, and their next characters are not cut out and tested
  const stop = Math.min(end + 16, text.length);
  let k = end;
  while (k < stop && isSpaceUnit(text.charCodeAt(k))) k++;
  const c = k < stop ? text.charCodeAt(k) : -1;
  const after = c === 40 || (c >= 48 && c <= 57) ? text.slice(end, end + 16) : '';
  const type = /^\s*\(?\d{1,3}['’]/.test(after) ? 'PER' : /^\s*\(\d(?:-\d){2,4}\)/.test(after) ? 'ORG' : undefined;
  // stored for every mention it looks at (f.evidence is false here), so optimised callers never meet the store for the first time
  f.type = type ?? f.type;
  f.evidence = type !== undefined;
}

/** All mentions of a document's annotated lines, each with its canonical inside the line. */
export function recognizeLines(doc: Doc): { words: Word[]; found: Found[] }[] {
  // a plain loop: Array.prototype.map makes its array with another map once V8 optimises it, and every
  // function that walks the lines is then thrown away for a wrong map
  const lines: { words: Word[]; found: Found[] }[] = [];
  for (const b of doc.annotatedBlocks()) lines.push(scanLine(doc.text, b.start, b.end, b.role));
  return lines;
}

/**
 * Mentions whose type only their shape gave (no cue, role, head or gazetteer). Cross-document linking
 * lets the story's evidence retype them; mentions made elsewhere (read back from JSON) count as evidence.
 */
export const shapeTyped = new WeakSet<EntityMention>();

export function toMention(text: string, words: Word[], f: Found): EntityMention {
  const start = words[f.i]!.start;
  const end = words[f.j - 1]!.end;
  // every mention has the same fields in the same order (one hidden class for the code that reads them);
  // an undefined role is left out of the JSON
  const role = f.role ? text.slice(f.role.start, f.role.end) : undefined;
  const m: EntityMention = { start, end, text: text.slice(start, end), type: f.type, canonical: f.canonical, role };
  if (!f.known && !f.evidence) shapeTyped.add(m);
  return m;
}
