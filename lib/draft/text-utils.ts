/** Small text helpers for drafting: folding for comparison, word-bounded search, ids. */

/** Lower-case, marks stripped, curly quotes straightened: for comparing, never for output. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does `needle` occur in `text` as whole words, ignoring case? */
export function occursAsWords(text: string, needle: string): boolean {
  if (!needle) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

export function kebab(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'item';
}

/** Ids unique within one list: a second "berlin" becomes "berlin-2". */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Levenshtein distance, for spelling variants of a name (Zelensky / Zelenskyy). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Trims punctuation, quotes and a possessive from both ends of a surface form. */
export function trimSurface(s: string): string {
  return s
    .replace(/^[\s"'“”‘’([{–—-]+/u, '')
    .replace(/[\s"'“”‘’)\]}.,;:!?–—-]+$/u, '')
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '');
}
