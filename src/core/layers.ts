import type { Span } from './span.ts';
import type { BlockRole } from './roles.ts';

/** One line or paragraph of the document with the role the cleaner gave it. */
export interface Block extends Span {
  role: BlockRole;
  /** Why a non-content block was removed (a phrase a person can check), or why a line kept its role. */
  reason?: string;
}

export interface Sentence extends Span {}

/** A word: one or more syllables ("Hàn Quốc" is one word); punctuation is its own token. */
export interface Token extends Span {
  /** true for punctuation and symbols */
  punct?: boolean;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'GPE', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Canonical identity (a stable name, e.g. "Antony Blinken", "Moscow"), shared by all aliases. */
  canonical: string;
  /** A role or title written next to the name ("Ngoại trưởng Mỹ"). */
  role?: string;
}

export interface Timex extends Span {
  text: string;
  /** TIMEX3-style value: 2023-01-29, 2022-11, 2024, 2023-W36, XXXX-09-04, P2D, PAST_REF, 2023-01-29TMO … */
  value: string;
  type?: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  /** START / MID / END for "đầu / giữa / cuối …" */
  mod?: string;
  /** what the value was resolved against */
  anchor?: 'absolute' | 'dct' | 'other';
}

export const QUOTE_KINDS = ['direct', 'indirect'] as const;
export interface Quote extends Span {
  /** the reported words (the span's text) */
  text: string;
  kind: (typeof QUOTE_KINDS)[number];
  /** the reporting verb or phrase ("cho biết", "Theo") */
  cue: string | null;
  cueSpan?: Span;
  /** canonical of the speaker entity, or a descriptive name */
  speaker: string | null;
  speaker_text: string | null;
  speakerSpan?: Span;
  /** canonical of the outlet or source relaying the words ("Hãng tin Reuters dẫn lời ông Blinken") */
  via?: string;
}

export const STANCES = ['allege', 'deny', 'warn', 'confirm'] as const;
export type Stance = (typeof STANCES)[number];

/** A claim made in one document; the story stage pairs denials with allegations across documents. */
export interface Claim extends Span {
  claimant: string;
  stance: Stance;
  /** what is claimed: the reported words (located by `content`); the claim's span is its sentence */
  text: string;
  content?: Span;
}

/** The typed span layers a Doc carries, in pipeline order. */
export interface Layers {
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  timexes: Timex[];
  entities: EntityMention[];
  quotes: Quote[];
  claims: Claim[];
}

export type LayerName = keyof Layers;

export function emptyLayers(): Layers {
  return { blocks: [], sentences: [], tokens: [], timexes: [], entities: [], quotes: [], claims: [] };
}
