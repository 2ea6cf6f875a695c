/**
 * Training-data augmentation for names. The treebank is Vietnamese fiction and news from the 2000s:
 * almost no foreign names, while today's world news is full of "Ngoại trưởng Mỹ Antony Blinken",
 * "Kim Jong-un", "Jens Stoltenberg". Copies of training sentences get their proper-noun words
 * replaced by generated foreign-looking names (one word each, as the treebank writes names), some
 * preceded by a country name or an acronym ("NATO", "LHQ", "HLV": their own word), so the model
 * learns from syllable shape where a name starts and ends. Generated from a seeded generator: deterministic.
 */
import { fromForms, type GoldSentence } from './treebank.ts';

const ONSETS = ['Bl', 'Br', 'St', 'J', 'Dm', 'Kr', 'W', 'Sh', 'Ch', 'Fr', 'Gr', 'Sc', 'Z', 'R', 'P', 'K', 'V', 'M', 'L', 'D', 'G', 'H', 'N', 'S', 'F', 'Y', 'E', 'A', 'O', 'I', 'Pr', 'Sv', 'Vl', 'Bj'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ie', 'ou', 'ea', 'y', 'au', 'oo', 'ee'];
const CODAS = ['', 'n', 'nk', 'rg', 'rt', 'ld', 'r', 's', 'l', 'm', 'nd', 'ck', 'ff', 'tz', 'x', 'son', 'ken', 'berg', 'ton', 'ley', 'ski', 'vich', 'ov', 'in', 'ez', 'ard', 'ert', 'mir', 'th', 'rd', 'ng'];
// Syllables of East Asian names as news writes them; several are also valid Vietnamese syllables.
const EAST_ASIAN = ['Kim', 'Park', 'Jong', 'Un', 'Jin', 'Suk', 'Yeol', 'Yoon', 'Moon', 'Jae', 'In', 'Lee', 'Xi', 'Li', 'Wang', 'Chen', 'Fumio', 'Kishida', 'Shinzo', 'Abe', 'Chung', 'Hyun', 'Song', 'Choi', 'Han', 'Duck', 'Soo'];
const COUNTRIES = ['Mỹ', 'Nga', 'Hàn Quốc', 'Triều Tiên', 'Nhật Bản', 'Trung Quốc', 'Pháp', 'Đức', 'Anh', 'Ukraine', 'Israel', 'Iran', 'Australia', 'Ấn Độ', 'Philippines', 'Canada', 'Thổ Nhĩ Kỳ'];

// Organisations and title abbreviations that news puts right before a name ("Tổng thư ký NATO Jens Stoltenberg").
const ACRONYMS = ['NATO', 'EU', 'LHQ', 'WHO', 'IAEA', 'ASEAN', 'FBI', 'CIA', 'IMF', 'UEFA', 'FIFA', 'OPEC', 'HLV', 'TS', 'PGS', 'GS', 'CEO', 'UBND'];

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function westernPart(rand: Rand): string {
  const n = rand() < 0.6 ? 1 : 2;
  let s = '';
  for (let k = 0; k < n; k++) s += (k ? pick(rand, ONSETS).toLowerCase() : pick(rand, ONSETS)) + pick(rand, VOWELS) + pick(rand, CODAS);
  return s;
}

const PARTICLES = ['von', 'van', 'de', 'der', 'von der', 'van der', 'da', 'bin', 'al', 'di', 'del'];

/** A generated name of 1–3 space-separated parts: "Brainsk Doutz", "Kim Jong-un", "Jean-Pierre de Vlaiton". */
export function foreignName(rand: Rand): string {
  const eastern = rand() < 0.35;
  const parts = 1 + Math.floor(rand() * 3);
  const out: string[] = [];
  for (let k = 0; k < parts; k++) {
    let p = eastern ? pick(rand, EAST_ASIAN) : westernPart(rand);
    if (rand() < 0.15) p += '-' + (eastern ? pick(rand, EAST_ASIAN).toLowerCase() : westernPart(rand));
    // "Ursula von der Leyen", "Charles de Gaulle": lower-case particles inside a western name
    if (k > 0 && !eastern && rand() < 0.1) out.push(pick(rand, PARTICLES));
    out.push(p);
  }
  return out.join(' ');
}

const isName = (form: string, upos: string) => upos === 'PROPN' && form.split(' ').every((s) => /^\p{Lu}/u.test(s));

/** A changed copy of every sentence that has a proper-noun word (none for the others), with the index of its original. */
export function augmentNames(sents: readonly GoldSentence[], rand: Rand): { copy: GoldSentence; of: number }[] {
  const out: { copy: GoldSentence; of: number }[] = [];
  sents.forEach((s, of) => {
    if (!s.forms.some((f, i) => isName(f, s.upos[i]!))) return;
    const forms: string[] = [];
    const upos: string[] = [];
    s.forms.forEach((f, i) => {
      if (!isName(f, s.upos[i]!)) {
        forms.push(f);
        upos.push(s.upos[i]!);
        return;
      }
      const r = rand();
      if (r < 0.55) {
        forms.push(r < 0.4 ? pick(rand, COUNTRIES) : pick(rand, ACRONYMS));
        upos.push('PROPN');
      }
      forms.push(foreignName(rand));
      upos.push('PROPN');
    });
    out.push({ copy: fromForms(forms, upos), of });
  });
  return out;
}
