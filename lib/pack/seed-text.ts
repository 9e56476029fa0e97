/** Locating verbatim passages in a seed's text, minding page furniture. */
import type { Span } from './types';

export interface SeedFile {
  text: string;
  /** SHA-256 (hex) of the file's bytes, computed by whoever read the file. */
  sha256: string;
}

/** Every [start, end) where `needle` occurs in `text` (overlapping occurrences included). */
export function allOccurrences(text: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (!needle) return spans;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => overlaps(span, o));
}

/** Spans of all furniture passages, sorted; passages missing from the text are reported. */
export function furnitureSpans(
  text: string,
  furniture: readonly string[],
): { spans: Span[]; missing: number[] } {
  const spans: Span[] = [];
  const missing: number[] = [];
  furniture.forEach((passage, i) => {
    const found = allOccurrences(text, passage);
    if (found.length === 0) missing.push(i);
    spans.push(...found);
  });
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { spans, missing };
}

export type Located = { ok: true; span: Span } | { ok: false; reason: 'not-found' | 'in-furniture' };

/** First occurrence of `quote` that does not touch furniture: citations quote article text only. */
export function locateVerbatim(text: string, quote: string, furniture: readonly Span[]): Located {
  const found = allOccurrences(text, quote);
  if (found.length === 0) return { ok: false, reason: 'not-found' };
  const clean = found.find((span) => !overlapsAny(span, furniture));
  return clean ? { ok: true, span: clean } : { ok: false, reason: 'in-furniture' };
}

/** The text with furniture replaced by spaces: offsets stay valid, furniture never matches. */
export function blankFurniture(text: string, furniture: readonly Span[]): string {
  let out = text;
  for (const [start, end] of furniture) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** Opening words of the article text, for sources without a title. */
export function openingWords(articleText: string, maxWords = 10): string {
  const words = articleText.trim().split(/\s+/).filter(Boolean);
  const head = words.slice(0, maxWords).join(' ');
  return words.length > maxWords ? `${head.replace(/[,;:]$/, '')}…` : head;
}
