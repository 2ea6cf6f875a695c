/**
 * Incremental story clustering: place one new article into an existing story, or open a new story,
 * without re-clustering what is stored. Batch clustering (cluster.ts) runs the same index over a whole
 * pile with the pile's own IDF and then refines the result.
 *
 * API (for the store, src/store):
 *
 *   const index = new StoryIndex();                 // or StoryIndex.fromJSON(saved)
 *   const { storyId, isNew } = index.add(doc);      // doc: an analysed Doc (tokens, entities, timexes)
 *   index.storyOf(doc.id);                          // → storyId | undefined
 *   index.members(storyId);                         // → doc ids of the story, in the order added
 *   index.size;                                     // documents stored
 *   const saved = index.toJSON();                   // plain JSON (JSON.stringify-able), version-tagged
 *
 * `add` is idempotent per doc id (adding a stored doc returns its story with isNew = false). Story ids are
 * stable strings (`s-` + the id of the story's first document) and never change once given. The IDF is
 * the running document frequency of everything added so far; stored centroids keep the weights they
 * were added with, which is what makes one addition cost O(terms × stories sharing a term), not O(corpus).
 *
 * How an article is placed: its TF-IDF vector (features.ts: words, entity canonicals, mentioned days)
 * is compared by cosine with every story centroid that shares a term with it (an inverted index), the
 * similarity is discounted when the article was published far from the story's days, and the best
 * story wins if it reaches `threshold`.
 */
import type { Doc } from '../core/doc.ts';
import { docTermCounts, publishedDay, tfidfVector, type SparseVector } from './features.ts';

/** Cosine (after the date discount) an article needs to join a story; tuned on ViMs clusters 1–150. */
export const JOIN_THRESHOLD = 0.12;
/**
 * Days a story can be apart from an article before the similarity is discounted. The articles of one
 * news event appear within a day or two of each other (ViMs: 90% of its 300 events span ≤ 2 days), and a
 * follow-up a few days later often repeats the event's words ("CSGT từ chối hối lộ" → "CSGT được thưởng").
 */
const DATE_SLACK_DAYS = 1;
/** Days over the slack at which the discount reaches its floor. */
const DATE_DECAY_DAYS = 4;
/**
 * The discount's floor when an article joins a story: far apart in time, a very similar article still
 * joins (a long-running story, like the seeds' months of reports on one alliance). Splitting (split.ts)
 * uses a lower floor, because there it only separates two parts that are already distinct in content.
 */
export const DATE_FLOOR = 0.5;

export interface StoryIndexOptions {
  threshold?: number;
  /** fixed document frequencies (batch mode: the whole pile's); omitted = running counts */
  df?: { counts: Map<string, number>; n: number };
}

interface StoryState {
  id: string;
  sum: Map<string, number>;
  norm2: number;
  docs: string[];
  firstDay: number | null;
  lastDay: number | null;
}

interface Member {
  story: string;
  vector: SparseVector;
  day: number | null;
}

interface StoryIndexJson {
  version: 1;
  threshold: number;
  n: number;
  df: [string, number][];
  stories: { id: string; sum: [string, number][]; docs: string[]; firstDay: number | null; lastDay: number | null }[];
}

/** A date discount in [floor, 1]: 1 when the article falls within a day of the story. */
export function dateFactor(day: number | null, first: number | null, last: number | null, floor = DATE_FLOOR): number {
  if (day === null || first === null || last === null) return 1;
  const gap = Math.max(0, first - day, day - last) - DATE_SLACK_DAYS;
  return gap <= 0 ? 1 : Math.max(floor, 1 - gap / DATE_DECAY_DAYS);
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export class StoryIndex {
  readonly threshold: number;
  private readonly fixedDf: StoryIndexOptions['df'];
  private df = new Map<string, number>();
  private n = 0;
  private stories = new Map<string, StoryState>();
  /** term → the stories whose centroid has it, with the centroid's (unnormalised) weight: one lookup per pair in `dots` */
  private postings = new Map<string, Map<StoryState, number>>();
  /** per stored document: its story (and, while the index lives, its vector for batch refinement) */
  private docs = new Map<string, Member>();

  constructor(opts: StoryIndexOptions = {}) {
    this.threshold = opts.threshold ?? JOIN_THRESHOLD;
    this.fixedDf = opts.df;
  }

  get size(): number {
    return this.docs.size;
  }

  storyOf(docId: string): string | undefined {
    return this.docs.get(docId)?.story;
  }

  members(storyId: string): string[] {
    return [...(this.stories.get(storyId)?.docs ?? [])];
  }

  storyIds(): string[] {
    return [...this.stories.keys()];
  }

  add(doc: Doc): { storyId: string; isNew: boolean } {
    const known = this.docs.get(doc.id);
    if (known) return { storyId: known.story, isNew: false };
    return this.addTerms(doc.id, docTermCounts(doc), publishedDay(doc));
  }

  /** `add` from precomputed term counts (features.ts docTermCounts) and publication day. */
  addTerms(docId: string, counts: Map<string, number>, day: number | null): { storyId: string; isNew: boolean } {
    const known = this.docs.get(docId);
    if (known) return { storyId: known.story, isNew: false };
    if (!this.fixedDf) {
      this.n++;
      for (const t of counts.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    }
    return this.addVector(docId, this.vectorize(counts), day);
  }

  /** `add` from a document vector already weighted with this index's IDF (batch mode computes them once). */
  addVector(docId: string, vector: SparseVector, day: number | null): { storyId: string; isNew: boolean } {
    const known = this.docs.get(docId);
    if (known) return { storyId: known.story, isNew: false };
    const best = this.bestStory(vector, day);
    if (best && best.score >= this.threshold) {
      this.join(docId, vector, day, best.id);
      return { storyId: best.id, isNew: false };
    }
    const id = `s-${docId}`;
    this.stories.set(id, { id, sum: new Map(), norm2: 0, docs: [], firstDay: null, lastDay: null });
    this.join(docId, vector, day, id);
    return { storyId: id, isNew: true };
  }

  /** TF-IDF vector of term counts with this index's IDF (the fixed one in batch mode, else the running one). */
  vectorize(counts: Map<string, number>): SparseVector {
    if (this.fixedDf) {
      const { counts: df, n } = this.fixedDf;
      return tfidfVector(counts, df, n);
    }
    return tfidfVector(counts, this.df, this.n);
  }

  /** Dot products of a vector with every story sharing a term with it. */
  private dots(vector: SparseVector): Map<StoryState, number> {
    const acc = new Map<StoryState, number>();
    for (const [term, w] of vector) {
      const list = this.postings.get(term);
      if (!list) continue;
      for (const [s, v] of list) acc.set(s, (acc.get(s) ?? 0) + w * v);
    }
    return acc;
  }

  /**
   * The most similar story and its date-discounted cosine. `self` (a stored doc) is taken out of its own
   * story's centroid first, so that a document is compared with what its story would be without it.
   */
  private bestStory(vector: SparseVector, day: number | null, self?: string): { id: string; score: number } | null {
    let best: { id: string; score: number } | null = null;
    const own = self ? this.docs.get(self)?.story : undefined;
    for (const [s, dot] of this.dots(vector)) {
      const sid = s.id;
      let d = dot;
      let norm2 = s.norm2;
      if (sid === own) {
        if (s.docs.length === 1) continue;
        d -= 1; // v·v of a unit vector
        norm2 = norm2 - 2 * dot + 1;
      }
      if (d <= 0 || norm2 <= 1e-12) continue;
      const score = (d / Math.sqrt(norm2)) * dateFactor(day, s.firstDay, s.lastDay);
      if (!best || score > best.score || (score === best.score && sid < best.id)) best = { id: sid, score };
    }
    return best;
  }

  private join(docId: string, vector: SparseVector, day: number | null, storyId: string): void {
    const s = this.stories.get(storyId)!;
    let dot = 0;
    for (const [term, w] of vector) {
      const old = s.sum.get(term) ?? 0;
      dot += old * w;
      s.sum.set(term, old + w);
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Map()));
      list.set(s, old + w);
    }
    s.norm2 += 2 * dot + 1;
    s.docs.push(docId);
    if (day !== null) {
      s.firstDay = s.firstDay === null ? day : Math.min(s.firstDay, day);
      s.lastDay = s.lastDay === null ? day : Math.max(s.lastDay, day);
    }
    this.docs.set(docId, { story: storyId, vector, day });
  }

  private leave(docId: string): void {
    const m = this.docs.get(docId)!;
    const s = this.stories.get(m.story)!;
    s.docs = s.docs.filter((d) => d !== docId);
    if (s.docs.length === 0) {
      for (const term of s.sum.keys()) this.postings.get(term)?.delete(s);
      this.stories.delete(s.id);
    } else {
      let dot = 0;
      for (const [term, w] of m.vector) {
        const left = s.sum.get(term)! - w;
        dot += left * w;
        if (Math.abs(left) < 1e-9) {
          s.sum.delete(term);
          this.postings.get(term)?.delete(s);
        } else {
          s.sum.set(term, left);
          this.postings.get(term)!.set(s, left);
        }
      }
      s.norm2 = Math.max(0, s.norm2 - 2 * dot - 1);
      const days = s.docs.map((d) => this.docs.get(d)?.day ?? null).filter((d): d is number => d !== null);
      s.firstDay = days.length ? Math.min(...days) : null;
      s.lastDay = days.length ? Math.max(...days) : null;
    }
    this.docs.delete(docId);
  }

  /**
   * One refinement pass (batch mode): every document moves to the story it is now most similar to
   * (its own story without it counts too), or out on its own when nothing reaches the threshold.
   * Returns how many documents moved.
   */
  refine(order: string[]): number {
    let moved = 0;
    for (const docId of order) {
      const m = this.docs.get(docId);
      if (!m) continue;
      const best = this.bestStory(m.vector, m.day, docId);
      const target = best && best.score >= this.threshold ? best.id : null;
      if (target === m.story || (target === null && this.stories.get(m.story)!.docs.length === 1)) continue;
      this.leave(docId);
      if (target) this.join(docId, m.vector, m.day, target);
      else {
        const id = `s-${docId}`;
        this.stories.set(id, { id, sum: new Map(), norm2: 0, docs: [], firstDay: null, lastDay: null });
        this.join(docId, m.vector, m.day, id);
      }
      moved++;
    }
    return moved;
  }

  toJSON(): StoryIndexJson {
    return {
      version: 1,
      threshold: this.threshold,
      n: this.n,
      df: [...this.df],
      stories: [...this.stories.values()].map((s) => ({
        id: s.id, sum: [...s.sum].map(([t, w]) => [t, round(w)]), docs: s.docs, firstDay: s.firstDay, lastDay: s.lastDay,
      })),
    };
  }

  /** Rebuild an index from `toJSON()` output; documents' own vectors are not kept, only story centroids. */
  static fromJSON(json: StoryIndexJson): StoryIndex {
    if (json?.version !== 1) throw new Error('StoryIndex.fromJSON: unknown format (expected version 1)');
    const index = new StoryIndex({ threshold: json.threshold });
    index.n = json.n;
    index.df = new Map(json.df);
    for (const st of json.stories) {
      const state: StoryState = { id: st.id, sum: new Map(st.sum), norm2: 0, docs: [...st.docs], firstDay: st.firstDay, lastDay: st.lastDay };
      for (const [term, w] of state.sum) {
        state.norm2 += w * w;
        let list = index.postings.get(term);
        if (!list) index.postings.set(term, (list = new Map()));
        list.set(state, w);
      }
      index.stories.set(st.id, state);
      for (const d of st.docs) index.docs.set(d, { story: st.id, vector: new Map(), day: null });
    }
    return index;
  }
}
