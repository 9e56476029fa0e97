/**
 * The 5 MB article: one long report of plain paragraphs (about 5,000,000
 * characters of text, few elements), the shape of a transcript or a
 * live-blog archive rather than the huge page's many small nodes.
 */
import { escapeHtml, pick, seededRandom } from './rng';
import { ARTICLE, BOLDS, LEADS, LINKS, MIDDLES, TAILS } from './story-text';

export const ARTICLE_CHARS = 5_000_000;

export function articlePageHtml({ chars = ARTICLE_CHARS, seed = 20251215 } = {}): string {
  const random = seededRandom(seed);
  const body: string[] = [];
  let length = 0;
  while (length < chars) {
    // A long paragraph of about 2,000 characters: the story's sentences, shuffled.
    const sentences: string[] = [];
    for (let n = 0; n < 6; n++) sentences.push(pick(random, LEADS) + pick(random, BOLDS) + pick(random, MIDDLES) + pick(random, LINKS) + pick(random, TAILS), pick(random, ARTICLE));
    const text = sentences.join(' ');
    body.push(`<p>${escapeHtml(text)}</p>`);
    length += text.length;
  }
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>Berlin talks: the full record (5 MB)</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto}</style>',
    `</head><body><main><h1>Berlin talks on Ukraine: the full record</h1>${body.join('\n')}</main></body></html>`,
  ].join('');
}
