/** The one-screen report `npm run pack` prints after a successful build. */
import { ENTITY_KINDS, type ClaimStatus, type CompiledPack } from './types';

export function formatReport(pack: CompiledPack, outFile: string, bytes: number): string {
  const lines: string[] = [];
  lines.push(`Knowledge pack → ${outFile} (${(bytes / 1024).toFixed(1)} KB)`);

  lines.push(`Sources ${pack.sources.length}`);
  for (const s of pack.sources) {
    const date = s.date.text === null ? 'no date' : `"${s.date.text}" ${s.date.kind}${s.date.note ? ' (!)' : ''}`;
    lines.push(`  ${s.id}  ${date.padEnd(32)} ${s.style.padEnd(19)} ${truncate(s.label, 44)}`);
  }
  const { from, to } = pack.summary.dateRange;
  lines.push(`  date range ${from ?? '?'} → ${to ?? '?'}`);
  for (const s of pack.sources) if (s.date.note) lines.push(`  (!) ${s.id}: ${truncate(s.date.note, 90)}`);

  const kinds = ENTITY_KINDS.map((k) => `${k} ${pack.entities.filter((e) => e.kind === k).length}`);
  lines.push(`Entities ${pack.entities.length}: ${kinds.join(' · ')}`);
  const aliasCount = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
  const mentionCount = pack.entities.reduce((n, e) => n + e.mentions.reduce((m, x) => m + x.spans.length, 0), 0);
  lines.push(`  ${aliasCount} aliases, ${mentionCount} mentions in the seeds`);

  const statuses: ClaimStatus[] = ['agreed', 'single-source', 'differs'];
  const byStatus = statuses.map((st) => `${st} ${pack.claims.filter((c) => c.status === st).length}`);
  lines.push(`Claims ${pack.claims.length}: ${byStatus.join(' · ')}`);
  const citations = pack.claims.reduce((n, c) => n + c.citations.length, 0);
  lines.push(`  ${citations} citations, all verbatim`);
  for (const c of pack.claims.filter((x) => x.status === 'differs')) {
    const sides = c.sides.map((s) => `"${truncate(s.position, 24)}" ${s.sourceIds.join('+')}`).join(' vs ');
    lines.push(`  ≠ ${c.differsOn?.padEnd(9)} ${truncate(sides, 96)}`);
  }

  const multi = pack.quotes.filter((q) => !q.singleSource).length;
  lines.push(`Quote groups ${pack.quotes.length} (${multi} carried by 2+ sources)`);
  const s = pack.summary;
  lines.push(
    `Summary: headline 1 · key points ${s.keyPoints.length} · agreements ${s.agreements.length} · ` +
      `differences ${s.differences.length} · open questions ${s.openQuestions.length}`,
  );
  return lines.join('\n');
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
