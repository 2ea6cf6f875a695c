/** The story's cast: every canonical entity with its surface forms and how often it is mentioned. */
import type { Doc } from '../core/doc.ts';
import type { EntityType } from '../core/layers.ts';
import type { CastMember } from './story.ts';

export function buildCast(docs: Doc[]): CastMember[] {
  const cast = new Map<string, { type: Map<EntityType, number>; aliases: Set<string>; mentions: number; docs: Set<string>; roles: Set<string> }>();
  for (const d of docs) {
    for (const e of d.layers.entities) {
      let c = cast.get(e.canonical);
      if (!c) cast.set(e.canonical, (c = { type: new Map(), aliases: new Set(), mentions: 0, docs: new Set(), roles: new Set() }));
      c.type.set(e.type, (c.type.get(e.type) ?? 0) + 1);
      c.aliases.add(e.text);
      c.mentions++;
      c.docs.add(d.id);
      if (e.role) c.roles.add(e.role);
    }
  }
  return [...cast].map(([canonical, c]) => ({
    canonical,
    type: [...c.type].sort((a, b) => b[1] - a[1])[0]![0],
    aliases: [...c.aliases].sort(),
    mentions: c.mentions,
    documents: c.docs.size,
    ...(c.roles.size ? { roles: [...c.roles].sort() } : {}),
  })).sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
}
