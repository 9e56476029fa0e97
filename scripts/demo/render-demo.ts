/**
 * Renders the bundled demo page: the five seed articles as one readable news
 * page with headings. Page furniture the pack marks (CMS fields, language
 * switchers, "Quick Reads") is left out, so what the page shows is exactly the
 * article text the pack counts mentions in.
 */
import type { CompiledPack, CompiledSource, Span } from '../../lib/pack/types';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Seed text with furniture spans removed (each cut becomes a line break). */
export function articleText(text: string, furniture: Span[]): string {
  const cuts = [...furniture].sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    if (start < at) continue;
    out += text.slice(at, start) + '\n';
    at = end;
  }
  return out + text.slice(at);
}

/** A short line without closing punctuation reads as a sub-heading. */
function isSubheading(line: string): boolean {
  return line.length <= 70 && !/[.,:;"”’)]$/.test(line) && !line.startsWith('- ');
}

function renderArticle(source: CompiledSource, text: string): string {
  const lines = articleText(text, source.furnitureSpans)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const parts: string[] = [];
  let list: string[] = [];
  const flushList = () => {
    if (list.length) parts.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    if (line.startsWith('- ')) {
      list.push(escapeHtml(line.slice(2)));
      continue;
    }
    flushList();
    if (source.title && line === source.title.trim()) continue; // shown as the article heading
    parts.push(isSubheading(line) ? `<h3>${escapeHtml(line)}</h3>` : `<p>${escapeHtml(line)}</p>`);
  }
  flushList();
  const heading = source.title ?? `Report ${source.id.replace(/^s/, '')}`;
  const dateLine = source.date.text ? `<p class="meta">Dated in the text: ${escapeHtml(source.date.text.trim())}</p>` : '';
  return `<article id="${escapeHtml(source.id)}" data-source="${escapeHtml(source.file)}">
<h2>${escapeHtml(heading)}</h2>${dateLine}
${parts.join('\n')}
</article>`;
}

export function renderDemoPage(pack: CompiledPack, seedText: (file: string) => string): string {
  const articles = pack.sources.map((source) => renderArticle(source, seedText(source.file))).join('\n<hr>\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five reports on one story — Backstory demo</title>
<style>
  body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 2rem; line-height: 1.2; } h2 { margin-top: 2.5rem; } .meta { color: #555; font-size: 0.9rem; }
  @media (prefers-color-scheme: dark) { body { color: #e8e8e8; background: #151515; } .meta { color: #aaa; } }
</style>
</head>
<body>
<header><h1>Five reports on one story</h1>
<p class="meta">Backstory demo page: the ${pack.sources.length} source articles of the bundled story, as published text.</p></header>
<main>
${articles}
</main>
</body>
</html>
`;
}
