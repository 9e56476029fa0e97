/**
 * Runs the NLP library (compromise) over an article, one paragraph at a time
 * (headlines and captions have no final stop, so paragraphs keep them apart),
 * and returns sentences and tagged terms with offsets into the article text.
 */
import nlp from 'compromise';
import type { Article, Sentence } from './types';

export interface Term {
  /** Verbatim text of the term, as it sits at `start`. */
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Index of the term within its sentence (0 = first word). */
  position: number;
  /** Whitespace only between this term and the next one of the sentence. */
  joinsNext: boolean;
}

export interface ParsedArticle {
  article: Article;
  sentences: Sentence[];
  /** Terms per sentence, same order as `sentences`. */
  terms: Term[][];
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const CLOSERS = /^[.!?…"”’')\]]*/u;

export function parseArticle(article: Article): ParsedArticle {
  const sentences: Sentence[] = [];
  const terms: Term[][] = [];
  for (const para of paragraphs(article.text)) {
    const json = nlp(para.text).json({ offset: true }) as Array<{ terms: CompromiseTerm[] }>;
    for (const s of json) {
      if (s.terms.length === 0) continue;
      const list = s.terms.map((t, i): Term => ({
        text: t.text,
        start: para.start + t.offset.start,
        end: para.start + t.offset.start + t.offset.length,
        tags: new Set(t.tags),
        position: i,
        joinsNext: /^\s*$/.test(t.post) && i < s.terms.length - 1,
      }));
      const first = list[0]!;
      const last = list[list.length - 1]!;
      // Keep the closing stop and quote marks with the sentence.
      const tail = (CLOSERS.exec(article.text.slice(last.end)) ?? [''])[0];
      const span: [number, number] = [first.start, last.end + tail.length];
      // An opening quote mark belongs to the sentence too.
      if (/["“‘']/u.test(article.text[span[0] - 1] ?? '')) span[0] -= 1;
      sentences.push({ source: article.id, span, text: article.text.slice(span[0], span[1]) });
      terms.push(list);
    }
  }
  return { article, sentences, terms };
}

function paragraphs(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, text: m[0] });
  }
  return out;
}
