import type { EntityType, Stance } from '../core/layers.ts';

/** A pointer into one document's text: the evidence behind a story item. */
export interface Evidence {
  doc: string;
  start: number;
  end: number;
}

export interface SummarySentence extends Evidence {
  text: string;
}

export interface TimelineEntry {
  /** YYYY-MM-DD, YYYY-MM or YYYY: the precision the text gives */
  date: string;
  text: string;
  evidence: Evidence[];
}

export interface CastMember {
  canonical: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  documents: number;
  roles?: string[];
}

export interface StoryClaim {
  claimant: string;
  stance: Stance;
  text: string;
  evidence: Evidence[];
  /** for a denial: the index in `claims` of the allegation it answers */
  answers?: number;
}

export interface Story {
  id: string;
  title: string;
  documents: string[];
  duplicates: [string, string][];
  summary: SummarySentence[];
  timeline: TimelineEntry[];
  entities: CastMember[];
  claims: StoryClaim[];
}
