/**
 * The gazetteer: every known name keyed by its matching key, built once on first use from
 * data/gazetteers (see data/gazetteers/SOURCES.md): our curated world list, CLDR and ISO
 * Vietnamese country names (English canonicals from the countries-list package), Vietnamese
 * provinces, surnames and titles; plus a Vietnamese word list (@vntk/dictionary) that tells common
 * words from names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countries } from 'countries-list';
import type { EntityType } from '../core/layers.ts';
import { matchKey, normalizeTonePlacement } from '../text/fold.ts';
import { aliasKey, keyOf, wordsOf } from './words.ts';
import { ROLE_HEADS } from './lexicon.ts';
import { KeyTrie } from './trie.ts';

export interface GazEntry {
  canonical: string;
  type: EntityType;
  /** short and ambiguous (Anh, Đức, Hàn): needs a stand-alone, non-initial use */
  weak: boolean;
  /** for syllable n, true when the alias writes it upper case (the text must too) */
  caps: boolean[];
  /** the country a government body stands for (Nhà Trắng → United States) */
  country?: string;
}

export interface Gazetteer {
  entries: Map<string, GazEntry>;
  /** the same entries word by word, for matching in text */
  trie: KeyTrie<GazEntry>;
  byCanonical: Map<string, GazEntry>;
  surnames: Set<string>;
  /** role heads and professional titles, by key */
  roles: Set<string>;
  /** common Vietnamese words (@vntk/dictionary Viet11K + Viet22K), lower case */
  words: Set<string>;
  /** names of Vietnamese districts and wards: they type a capitalised run as a place, never find one */
  localPlaces: Set<string>;
  /** canonicals of countries and territories (CLDR, ISO): "sân bay Ai Cập" is an airport in a country, not a name */
  countries: Set<string>;
}

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteers');
const read = (rel: string) => readFileSync(join(DATA, rel), 'utf8');
const tsvRows = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

// CLDR codes that are not places (pseudo-locales, unknown region, euro area, outlying Oceania) or are organisations.
const NOT_PLACES = new Set(['XA', 'XB', 'ZZ', 'EZ', 'QO', 'UN', 'EU']);

// Most list lines need little of matchKey()/aliasKey(); these shortcuts give the same keys for less work.
const VI_LOWER = 'a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
// precomposed lower-case Vietnamese words between single spaces: already NFC, lower case, plain spaces
const PLAIN_LOWER = new RegExp(`^[${VI_LOWER}]+(?: [${VI_LOWER}]+)*$`);
// the lower-case old-style tone pairs normalizeTonePlacement() rewrites ("hoà", "thuỷ")
const OLD_TONE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/;
/** matchKey(w) */
const wordKey = (w: string) => (PLAIN_LOWER.test(w) ? (OLD_TONE.test(w) ? normalizeTonePlacement(w) : w) : matchKey(w));
// A line of a word list that is not its own key: not PLAIN_LOWER (other characters, spaces at its ends, empty) or with OLD_TONE.
const ODD_LINE = new RegExp(`(?<=^|\n)(?![${VI_LOWER}]+(?: [${VI_LOWER}]+)*(?:\n|$))[^\n]*|(?<=^|\n)[^\n]*(?:${OLD_TONE.source})[^\n]*`, 'g');

/**
 * The keys (wordKey) of the lines of a word list, one word a line. Nearly every line is its own key:
 * all lines go into the set at once, and only the few others, found by one regexp over the text, are
 * replaced by their keys (34,000 lines keyed one by one took a third of the gazetteer's build).
 */
function lineKeys(text: string): Set<string> {
  const keys = new Set(text.split('\n'));
  const odd = Array.from(text.matchAll(ODD_LINE), (m) => m[0]);
  for (const line of odd) keys.delete(line); // all deleted before any key is added: a key may be written as another line
  for (const line of odd) {
    const w = line.trim();
    if (w) keys.add(wordKey(w));
  }
  return keys;
}
// syllables between single spaces: aliasKey() would key each syllable and join them with spaces, which is matchKey() of the whole
const PLAIN_NAME = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;
/** aliasKey(name) */
const nameKey = (name: string) => (PLAIN_NAME.test(name) ? matchKey(name) : aliasKey(name));

function add(g: Gazetteer, alias: string, canonical: string, type: EntityType, country?: string): void {
  const weak = alias.startsWith('~');
  const text = weak ? alias.slice(1) : alias;
  const ws = wordsOf(text);
  const key = ws.length ? keyOf(ws, 0, ws.length) : ''; // aliasKey(text)
  if (!key || g.entries.has(key)) return; // first source wins: curated, then CLDR, ISO, provinces
  // one object shape for every entry, with a country or without
  const e: GazEntry = { canonical, type, weak, caps: ws.map((w) => w.cap), country: country || undefined };
  g.entries.set(key, e);
  g.trie.node(ws).value = e;
  if (!g.byCanonical.has(canonical)) g.byCanonical.set(canonical, e);
  // "Bà Rịa - Vũng Tàu" is also written "Bà Rịa-Vũng Tàu"
  if (text.includes(' - ')) add(g, (weak ? '~' : '') + text.replaceAll(' - ', '-'), canonical, type, country);
}

function addCountries(g: Gazetteer): void {
  const english = countries as Record<string, { name: string }>;
  const cldr = JSON.parse(read('cldr_vi/territories.json')).main.vi.localeDisplayNames.territories as Record<string, string>;
  const iso = JSON.parse(read('iso_countries_vi/vi.json')).countries as Record<string, string | string[]>;
  const names = new Map<string, string[]>();
  for (const [k, v] of Object.entries(cldr)) {
    const code = k.split('-')[0]!;
    if (/^\d/.test(code) || NOT_PLACES.has(code)) continue;
    // "Myanmar (Miến Điện)" names the country twice
    for (const n of v.split(/\s*[()]\s*/).filter(Boolean)) (names.get(code) ?? names.set(code, []).get(code)!).push(n);
  }
  for (const [code, v] of Object.entries(iso)) {
    for (const n of Array.isArray(v) ? v : [v]) if (!n.includes(',')) (names.get(code) ?? names.set(code, []).get(code)!).push(n);
  }
  for (const [code, list] of names) {
    const en = english[code]?.name;
    if (!en) continue;
    g.countries.add(en);
    for (const n of [...list, en]) add(g, n, en, 'GPE');
  }
}

function build(): Gazetteer {
  const g: Gazetteer = {
    entries: new Map(), trie: new KeyTrie(), byCanonical: new Map(), surnames: new Set(), roles: new Set(),
    words: new Set(), localPlaces: new Set(), countries: new Set(),
  };
  for (const [type, canonical, aliases, country] of tsvRows(read('curated/world.tsv'))) {
    for (const a of aliases!.split('|')) add(g, a, canonical!, type as EntityType, country);
  }
  addCountries(g);
  for (const [name, en] of tsvRows(read('vn_admin_units/provinces.tsv')).slice(1)) {
    if (name !== 'Hồ Chí Minh') add(g, name!, en!, 'GPE'); // the bare name is mostly the person
  }
  for (const name of read('vn_admin_units/local_names.txt').split('\n')) if (name) g.localPlaces.add(nameKey(name));
  for (const [surname] of tsvRows(read('person_names/surnames_weighted.tsv')).slice(1)) {
    for (const part of surname!.split(' ')) g.surnames.add(matchKey(part));
  }
  for (const surname of read('person_names/surnames_sino.txt').split('\n')) if (surname && !surname.startsWith('#')) g.surnames.add(matchKey(surname));
  const titles = tsvRows(read('person_names/titles_professional.tsv')).slice(1).flatMap((r) => [r[2]!, r[3]!]).filter(Boolean);
  for (const r of [...ROLE_HEADS, ...titles]) g.roles.add(aliasKey(r));
  const require = createRequire(import.meta.url);
  // the two common-word lists (11K has "quản lý", 22K "chất lượng"); the larger ones list proper names too
  const dict = (list: string) => readFileSync(join(dirname(require.resolve('@vntk/dictionary/package.json')), 'data', list), 'utf8');
  g.words = lineKeys(`${dict('Viet11K.txt')}\n${dict('Viet22K.txt')}`);
  return g;
}

let cached: Gazetteer | undefined;
/** The gazetteer, built on first use (about 60 ms) and kept. */
export function gazetteer(): Gazetteer {
  return (cached ??= build());
}
