/**
 * The huge page: 20,000 paragraphs of five text nodes each (100,000 text
 * nodes in <body>) carrying about 120,000 mentions of the story's terms.
 * Generated from a seed rather than committed: about 4 MB of HTML.
 */
import { escapeHtml, pick, seededRandom } from './rng';
import { BOLDS, LEADS, LINKS, MIDDLES, TAILS, type Pieces } from './story-text';

export interface HugePageOptions {
  /** Paragraphs, five text nodes each (default 20,000). */
  paragraphs?: number;
  seed?: number;
}

export const HUGE_PARAGRAPHS = 20_000;
export const TEXT_NODES_PER_PARAGRAPH = 5;

/** The second inline element alternates so the page is not one repeated shape. */
const INLINE = ['a', 'em'] as const;

function paragraph(pieces: Pieces, index: number): string {
  const [lead, bold, middle, link, tail] = pieces.map(escapeHtml) as unknown as Pieces;
  const tag = INLINE[index % INLINE.length]!;
  const open = tag === 'a' ? `<a href="#p${index}">` : '<em>';
  // No whitespace between elements: every text node in <body> is one of the five.
  return `<p>${lead}<b>${bold}</b>${middle}${open}${link}</${tag}>${tail}</p>`;
}

function piecesFor(random: () => number): Pieces {
  return [pick(random, LEADS), pick(random, BOLDS), pick(random, MIDDLES), pick(random, LINKS), pick(random, TAILS)];
}

/** The page's HTML: the same output for the same options. */
export function hugePageHtml({ paragraphs = HUGE_PARAGRAPHS, seed = 20251214 }: HugePageOptions = {}): string {
  const random = seededRandom(seed);
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(paragraph(piecesFor(random), i));
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>Berlin talks: the long transcript</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto}</style>',
    `</head><body>${body.join('')}</body></html>`,
  ].join('');
}
