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
import { DocFrequencies, internCounts, publishedDay, termCounts, tfidfVector, type SparseVector, type TermCounts } from './features.ts';
import { Postings } from './postings.ts';
import { Vocabulary } from './vocabulary.ts';

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
  /** batch mode: the pile's vocabulary and fixed document frequencies; omitted = own vocabulary, running counts */
  batch?: { vocab: Vocabulary; df: DocFrequencies };
}

interface StoryState {
  id: string;
  /** index into the scratch arrays of `dots` */
  slot: number;
  /** the centroid's terms: term id → position of this story in the term's postings (which hold the summed weight) */
  at: Map<number, number>;
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
const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

export class StoryIndex {
  readonly threshold: number;
  private readonly vocab: Vocabulary;
  private readonly df: DocFrequencies;
  private readonly batch: boolean;
  private stories = new Map<string, StoryState>();
  /** term id → the slots of the stories whose centroid has it, with the centroid's (unnormalised) weight */
  private postings: Postings;
  /** story by slot (undefined once it is emptied: a deleted hole made V8 recompile `dots` for holey arrays) */
  private bySlot: (StoryState | undefined)[] = [];
  /** per stored document: its story (and, while the index lives, its vector for batch refinement) */
  private docs = new Map<string, Member>();
  private slots = 0;
  /** scratch of `dots`, by story slot: the dot product so far and the call that last touched it */
  private acc = new Float64Array(1024);
  private stamp = new Int32Array(1024);
  /**
   * Squared norm of each story's centroid, by slot. A typed array rather than a field: a field that
   * starts as the integer 0 and then holds fractions made V8 throw away the optimised scoring code.
   */
  private norms = new Float64Array(1024);
  private epoch = 0;
  private touched: StoryState[] = [];

  constructor(opts: StoryIndexOptions = {}) {
    this.threshold = opts.threshold ?? JOIN_THRESHOLD;
    this.batch = !!opts.batch;
    this.vocab = opts.batch?.vocab ?? new Vocabulary();
    this.df = opts.batch?.df ?? new DocFrequencies();
    // A batch knows its vocabulary: lists sized for it never grow mid-run (V8 deoptimised `join` on growing).
    this.postings = new Postings(opts.batch?.vocab.size ?? 0);
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
    return this.addCounts(doc.id, termCounts(doc, this.vocab), publishedDay(doc));
  }

  /** `add` from precomputed term counts (features.ts docTermCounts) and publication day. */
  addTerms(docId: string, counts: ReadonlyMap<string, number>, day: number | null): { storyId: string; isNew: boolean } {
    const known = this.docs.get(docId);
    if (known) return { storyId: known.story, isNew: false };
    return this.addCounts(docId, internCounts(counts, this.vocab), day);
  }

  private addCounts(docId: string, counts: TermCounts, day: number | null): { storyId: string; isNew: boolean } {
    if (!this.batch) this.df.add(counts);
    return this.addVector(docId, tfidfVector(counts, this.df, this.vocab), day);
  }

  /** `add` from a document vector already weighted with this index's vocabulary and IDF (batch mode computes them once). */
  addVector(docId: string, vector: SparseVector, day: number | null): { storyId: string; isNew: boolean } {
    const known = this.docs.get(docId);
    if (known) return { storyId: known.story, isNew: false };
    const best = this.bestStory(vector, day);
    if (best && best.score >= this.threshold) {
      this.join(docId, vector, day, best.id);
      return { storyId: best.id, isNew: false };
    }
    const id = this.open(`s-${docId}`).id;
    this.join(docId, vector, day, id);
    return { storyId: id, isNew: true };
  }

  /** A new empty story. */
  private open(id: string): StoryState {
    const s: StoryState = { id, slot: this.slots++, at: new Map(), docs: [], firstDay: null, lastDay: null };
    this.bySlot[s.slot] = s;
    if (s.slot >= this.acc.length) {
      const acc = new Float64Array(this.acc.length * 2);
      acc.set(this.acc);
      this.acc = acc;
      const stamp = new Int32Array(this.stamp.length * 2);
      stamp.set(this.stamp);
      this.stamp = stamp;
      const norms = new Float64Array(this.norms.length * 2);
      norms.set(this.norms);
      this.norms = norms;
    }
    this.stories.set(id, s);
    return s;
  }

  /**
   * Dot products of a vector with every story sharing a term with it: fills `touched` (first touch
   * first) and `acc` by slot. Each story's sum is taken in the vector's term order.
   */
  private dots(vector: SparseVector): void {
    const { acc, stamp, touched } = this;
    const epoch = ++this.epoch;
    touched.length = 0;
    const { ids, weights } = vector;
    const { slots, weights: ws } = this.postings;
    for (let i = 0; i < ids.length; i++) {
      const first = this.postings.first(ids[i]!);
      const end = first + this.postings.count(ids[i]!);
      const w = weights[i]!;
      for (let k = first; k < end; k++) {
        const slot = slots[k]!;
        if (stamp[slot] !== epoch) {
          stamp[slot] = epoch;
          acc[slot] = 0;
          touched.push(this.bySlot[slot]!);
        }
        acc[slot] = acc[slot]! + w * ws[k]!;
      }
    }
  }

  /** The centroid weight of a term in a story (0 when absent). */
  private weight(s: StoryState, term: number): number {
    const pos = s.at.get(term);
    return pos === undefined ? 0 : this.postings.weights[this.postings.first(term) + pos]!;
  }

  /** Add `w` to a term's centroid weight in a story; returns the weight before. */
  private addWeight(s: StoryState, term: number, w: number): number {
    const pos = s.at.get(term);
    if (pos !== undefined) {
      const at = this.postings.first(term) + pos;
      const old = this.postings.weights[at]!;
      this.postings.weights[at] = old + w;
      return old;
    }
    s.at.set(term, this.postings.push(term, s.slot, w));
    return 0;
  }

  /** Take a term out of a story's centroid (the last posting moves into its place). */
  private dropTerm(s: StoryState, term: number): void {
    const pos = s.at.get(term);
    if (pos === undefined) return;
    s.at.delete(term);
    const moved = this.postings.remove(term, pos);
    if (moved >= 0) this.bySlot[moved]!.at.set(term, pos);
  }

  /**
   * The most similar story and its date-discounted cosine. A stored document's vector is taken out of
   * its own story `own` first, so that it is compared with what its story would be without it ("" for a
   * new document: no story id is empty, and a string either way keeps V8's comparison code to one kind).
   */
  private bestStory(vector: SparseVector, day: number | null, own = ''): { id: string; score: number } | null {
    let best: { id: string; score: number } | null = null;
    this.dots(vector);
    for (const s of this.touched) {
      const sid = s.id;
      const dot = this.acc[s.slot]!;
      let d = dot;
      let norm2 = this.norms[s.slot]!;
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
    const { ids, weights } = vector;
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i]!;
      const w = weights[i]!;
      dot += this.addWeight(s, term, w) * w;
    }
    this.norms[s.slot] = this.norms[s.slot]! + (2 * dot + 1);
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
      for (const term of [...s.at.keys()]) this.dropTerm(s, term);
      this.stories.delete(s.id);
      this.bySlot[s.slot] = undefined;
    } else {
      let dot = 0;
      const { ids, weights } = m.vector;
      for (let i = 0; i < ids.length; i++) {
        const term = ids[i]!;
        const w = weights[i]!;
        const left = this.weight(s, term) - w;
        dot += left * w;
        if (Math.abs(left) < 1e-9) this.dropTerm(s, term);
        else this.addWeight(s, term, -w);
      }
      this.norms[s.slot] = Math.max(0, this.norms[s.slot]! - 2 * dot - 1);
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
      const best = this.bestStory(m.vector, m.day, m.story);
      const target = best && best.score >= this.threshold ? best.id : null;
      if (target === m.story || (target === null && this.stories.get(m.story)!.docs.length === 1)) continue;
      this.leave(docId);
      this.join(docId, m.vector, m.day, target ?? this.open(`s-${docId}`).id);
      moved++;
    }
    return moved;
  }

  toJSON(): StoryIndexJson {
    const df: [string, number][] = [];
    if (!this.batch) for (let id = 0; id < this.vocab.size; id++) if (this.df.get(id) > 0) df.push([this.vocab.term(id), this.df.get(id)]);
    return {
      version: 1,
      threshold: this.threshold,
      n: this.batch ? 0 : this.df.n,
      df,
      stories: [...this.stories.values()].map((s) => ({
        id: s.id, sum: [...s.at.keys()].map((t) => [this.vocab.term(t), round(this.weight(s, t))]), docs: s.docs, firstDay: s.firstDay, lastDay: s.lastDay,
      })),
    };
  }

  /** Rebuild an index from `toJSON()` output; documents' own vectors are not kept, only story centroids. */
  static fromJSON(json: StoryIndexJson): StoryIndex {
    if (json?.version !== 1) throw new Error('StoryIndex.fromJSON: unknown format (expected version 1)');
    const index = new StoryIndex({ threshold: json.threshold });
    index.df.load(json.df.map(([t, c]) => [index.vocab.id(t), c]), json.n);
    for (const st of json.stories) {
      const state = index.open(st.id);
      state.docs = [...st.docs];
      state.firstDay = st.firstDay;
      state.lastDay = st.lastDay;
      for (const [term, w] of st.sum) {
        index.addWeight(state, index.vocab.id(term), w);
        index.norms[state.slot] = index.norms[state.slot]! + w * w;
      }
      for (const d of st.docs) index.docs.set(d, { story: st.id, vector: EMPTY_VECTOR, day: null });
    }
    return index;
  }
}
