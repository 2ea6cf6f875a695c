import type { Dossier, DossierDocument } from './types.ts';

const esc = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\n+/g, ' ');

function docLabel(doc: DossierDocument | undefined): string {
  if (!doc) return '?';
  const date = doc.published.value ? doc.published.value.slice(0, 10) : 'undated';
  return `${doc.source ?? doc.path.split('/').pop()} (${date})`;
}

/** The dossier as a Markdown report: one section per story. */
export function toMarkdown(d: Dossier): string {
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const out: string[] = ['# Niên Biểu dossier', ''];
  out.push(`${d.documents.length} documents, ${d.stories.length} stories${d.errors.length ? `, ${d.errors.length} inputs not read` : ''}.`, '');
  for (const st of d.stories) {
    out.push(`## ${esc(st.title)}`, '', `${st.documents.length} articles · story id \`${st.id}\``, '');
    if (st.summary.length) out.push('### Tóm tắt (summary)', '', st.summary.map((s) => esc(s.text)).join(' '), '');
    if (st.timeline.length) {
      out.push('### Dòng thời gian (timeline)', '', '| date | what happened | sources |', '|---|---|---|');
      for (const t of st.timeline) out.push(`| ${t.date} | ${esc(t.text)} | ${[...new Set(t.evidence.map((e) => docLabel(docs.get(e.doc))))].map(esc).join('; ')} |`);
      out.push('');
    }
    if (st.entities.length) {
      out.push('### Nhân vật (cast)', '', '| entity | type | also written | mentions | articles |', '|---|---|---|---|---|');
      for (const e of st.entities.slice(0, 40)) out.push(`| ${esc(e.canonical)} | ${e.type} | ${esc(e.aliases.filter((a) => a !== e.canonical).join(', '))} | ${e.mentions} | ${e.documents} |`);
      out.push('');
    }
    const quotes = d.documents.filter((x) => st.documents.includes(x.id)).flatMap((x) => x.quotes.map((q) => ({ q, x })));
    if (quotes.length) {
      out.push('### Trích dẫn (quotes)', '');
      for (const { q, x } of quotes) out.push(`- **${esc(q.speaker ?? q.speaker_text ?? 'unattributed')}**${q.cue ? ` (${esc(q.cue)})` : ''}: “${esc(q.text)}” — ${esc(docLabel(x))}`);
      out.push('');
    }
    if (st.claims.length) {
      out.push('### Cáo buộc và phủ nhận (claims)', '');
      for (const c of st.claims) out.push(`- *${c.stance}* — **${esc(c.claimant)}**: ${esc(c.text)}`);
      out.push('');
    }
    out.push('### Nguồn (sources)', '');
    for (const id of st.documents) {
      const x = docs.get(id);
      if (x) out.push(`- ${esc(x.title ?? x.path)} — ${esc(docLabel(x))}${x.url ? ` <${x.url}>` : ''} \`${x.path}\``);
    }
    out.push('');
  }
  if (d.errors.length) {
    out.push('## Inputs not read', '');
    for (const e of d.errors) out.push(`- \`${e.path}\`: ${esc(e.message)}`);
    out.push('');
  }
  return out.join('\n');
}
