/** The review report: a markdown list of what a curator must decide before the draft is a pack. */
import type { Draft } from './draft-pack';

export function reviewReport(draft: Draft, folder: string): string {
  const { pack, entities, claims, dropped } = draft;
  const lines: string[] = [`# Review: draft pack from ${folder}`, ''];
  lines.push(`${pack.sources.length} sources · ${entities.length} entity candidates · ${claims.length} claims ` +
    `(${claims.filter((c) => c.citations.length >= 2).length} aligned across sources, ` +
    `${claims.filter((c) => c.differsOn).length} where sources differ). Every citation is a whole sentence of its source, ` +
    'copied verbatim, and `npm run pack:check` re-checks it.', '');
  lines.push('## Sources', '', 'Check each title, date and attribution; set `style` and `lang`; list page furniture (menus, keyword lists) so it is never cited.', '');
  for (const s of pack.sources) {
    lines.push(`- [ ] **${s.id}** \`${s.file}\`: title ${s.title ? `"${s.title}"` : '— none found'}; date ${s.date.text ? `"${s.date.text}" → ${s.date.iso} (${s.date.kind})` : '— none found'}; ` +
      `attributions: ${s.attributions.length ? s.attributions.map((a) => `"${a}"`).join(', ') : 'none found'}`);
  }
  lines.push('', '## Entities', '', 'Keep the ones a reader needs explained, drop the rest; check each kind and alias; write each description in your own words; mark `everyday` entities (in the news daily) and ambiguous or case-sensitive aliases.', '');
  for (const e of entities) {
    const notes = e.notes.length ? ` — ${e.notes.join('; ')}` : '';
    lines.push(`- [ ] **${e.name}** (${e.kind}, ${e.sourceIds.length} of ${pack.sources.length} sources): ${e.aliases.map((a) => `"${a}"`).join(', ')}${notes}`);
  }
  if (dropped.length) lines.push('', `Dropped (hidden inside a longer alias, or no sentence to back a description): ${dropped.join(', ')}.`);
  lines.push('', '## Sources differ', '', 'Confirm each difference is real (the figures or quoted words compared may be different facts, not two wordings of one); write the label.', '');
  for (const c of claims.filter((x) => x.differsOn)) {
    lines.push(`- [ ] \`${c.id}\` (${c.differsOn}): ${c.citations.map((k) => `${k.source} "${k.position}"`).join(' vs ')}`);
  }
  const uneven = claims.filter((x) => x.figureNote);
  if (uneven.length) lines.push('', 'Figures not given by every citation (a difference, or a citation to split):', '');
  for (const c of uneven) lines.push(`- [ ] \`${c.id}\`: ${c.figureNote}`);
  lines.push('', '## Claims', '', 'Each label starting `DRAFT:` is the opening of its first citation: rewrite it in your own words. Split groups that mix two facts, set the speaker (the draft says narration), and add quote groups for direct quotes.', '');
  for (const c of claims) lines.push(`- [ ] \`${c.id}\` (${c.citations.map((k) => k.source).join(', ')}): ${c.label}`);
  lines.push('', '## Summary and relevance', '', '- [ ] Rewrite the headline and key points; add open questions.',
    '- [ ] Check the relevance tiers, anchors and threshold against real pages (`npm run eval` shows how).', '');
  return lines.join('\n');
}
