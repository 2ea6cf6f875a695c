/** The phrase lists of phrases.json and outlets.json, compiled once. */
import { readFileSync } from 'node:fs';

const load = (name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8'));
const P = load('./phrases.json') as Record<string, string[]>;
const O = load('./outlets.json') as { domains: Record<string, string>; names: string[] };

/** A whole-line, case-insensitive matcher for a list of regular-expression sources. */
const wholeLine = (list: string[]) => new RegExp(`^(?:${list.join('|')})$`, 'iu');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const UI_LINE = wholeLine(P['ui']!);
export const RELATED_STRONG = wholeLine(P['related_strong']!.map((s) => `${s}\\s*:?`));
export const RELATED_INLINE = wholeLine(P['related_inline']!);
export const AD_LINE = wholeLine(P['ad']!);
export const SECTION_LINE = wholeLine(P['sections']!);
export const SOCIAL_TOKENS = new Set(P['social_tokens']!);
export const CAPTION_MARKER = new RegExp(`(?:${P['caption_markers']!.join('|')})`, 'iu');
export const BYLINE_SUFFIX = new RegExp(`\\s+(?:${P['byline_suffixes']!.map(escape).join('|')})\\s*$`, 'iu');
export const CREDIT_PREFIX = new RegExp(`^(?:${P['credit_prefixes']!.map(escape).join('|')})\\s*:?\\s+`, 'iu');

export const OUTLET_DOMAINS: Readonly<Record<string, string>> = O.domains;
export const OUTLET_NAMES: ReadonlySet<string> = new Set(O.names.map((n) => n.toLowerCase()));
