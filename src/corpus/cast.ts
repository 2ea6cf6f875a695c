/**
 * The story's cast: every canonical entity with its surface forms, roles and mention counts,
 * sorted by salience (documents that mention it, mentions, and mentions in titles and leads,
 * where a story names its protagonists).
 */
import type { Doc } from '../core/doc.ts';
import type { EntityType } from '../core/layers.ts';
import type { BlockRole } from '../core/roles.ts';
import type { CastMember } from './story.ts';

const PROMINENT: ReadonlySet<BlockRole> = new Set(['title', 'lead']);

interface Tally {
  type: Map<EntityType, number>;
  aliases: Map<string, number>;
  roles: Map<string, number>;
  mentions: number;
  prominent: number;
  docs: Set<string>;
}

const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);

function salience(c: { documents: number; mentions: number }, prominent: number): number {
  return 3 * c.documents + c.mentions + 2 * prominent;
}

/**
 * Tallying and ranking in functions of their own: V8 optimises a function whole, and the hot mention
 * loop made it compile the once-per-story ranking too (again after every new entity shape it met).
 */
export function buildCast(docs: Doc[]): CastMember[] {
  const cast = new Map<string, Tally>();
  for (const d of docs) tally(cast, d);
  return ranked(cast);
}

function tally(cast: Map<string, Tally>, d: Doc): void {
  for (const e of d.layers.entities) {
    let c = cast.get(e.canonical);
    if (!c) cast.set(e.canonical, (c = { type: new Map(), aliases: new Map(), roles: new Map(), mentions: 0, prominent: 0, docs: new Set() }));
    c.type.set(e.type, (c.type.get(e.type) ?? 0) + 1);
    c.aliases.set(e.text, (c.aliases.get(e.text) ?? 0) + 1);
    if (e.role) c.roles.set(e.role, (c.roles.get(e.role) ?? 0) + 1);
    c.mentions++;
    const role = d.blockAt(e.start)?.role;
    if (role && PROMINENT.has(role)) c.prominent++;
    c.docs.add(d.id);
  }
}

/** Members with their surface forms and roles by frequency, by salience. */
function ranked(cast: Map<string, Tally>): CastMember[] {
  return [...cast]
    .map(([canonical, c]) => {
      const member: CastMember = {
        canonical,
        type: [...c.type].sort((a, b) => b[1] - a[1])[0]![0],
        aliases: byCount(c.aliases),
        mentions: c.mentions,
        documents: c.docs.size,
        ...(c.roles.size ? { roles: byCount(c.roles) } : {}),
      };
      return { member, score: salience(member, c.prominent) };
    })
    .sort((a, b) => b.score - a.score || a.member.canonical.localeCompare(b.member.canonical))
    .map((x) => x.member);
}
