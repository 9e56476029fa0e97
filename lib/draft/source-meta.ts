/**
 * What the text itself says about a source: a headline-like title line, the
 * first date it gives (verbatim, with the ISO date it denotes), and in-text
 * attributions ("Al Jazeera reported", "told CNN", "according to …").
 */
import type { AuthoredSource } from '../pack/types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_PATTERNS: Array<{ re: RegExp; iso: (m: RegExpExecArray) => string }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, iso: (m) => `${m[1]}-${m[2]}-${m[3]}` },
  { re: new RegExp(`\\b${MONTH}\\.? (\\d{1,2}), (\\d{4})\\b`), iso: (m) => iso(m[3]!, m[1]!, m[2]!) },
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH} (\\d{4})\\b`), iso: (m) => iso(m[3]!, m[2]!, m[1]!) },
];

function iso(year: string, month: string, day: string): string {
  const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  return `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function findDate(text: string): AuthoredSource['date'] {
  let best: { at: number; text: string; iso: string } | null = null;
  for (const { re, iso: toIso } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, text: m[0], iso: toIso(m) };
  }
  if (!best) return { text: null, kind: 'none', iso: null };
  const line = text.slice(text.lastIndexOf('\n', best.at) + 1, best.at);
  // A date alone at the head of a line is a dateline; after a label ("date", "Published") it is metadata.
  const kind = /\p{L}/u.test(line) ? 'metadata-line' : best.at < 80 ? 'page-date' : 'dateline';
  return { text: best.text, kind, iso: best.iso };
}

/** The first line among the first few that reads like a headline: 4–20 words, mostly capitalised or ending in ?/!. */
export function findTitle(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12);
  for (const line of lines) {
    const words = line.split(/\s+/);
    if (words.length < 4 || words.length > 20 || /[.:]$/.test(line)) continue;
    const caps = words.filter((w) => /^["'“‘]?\p{Lu}/u.test(w)).length / words.length;
    if (caps >= 0.6) return line;
  }
  return null;
}

const ATTRIBUTION = [
  /\b(?:\p{Lu}[\p{L}.]*\s){0,3}\p{Lu}[\p{L}.]* reported\b/gu,
  /\btold (?:\p{Lu}[\p{L}.]*\s?){1,3}/gu,
  /\baccording to (?:the )?(?:\p{Lu}[\p{L}.]*\s?){1,3}/gu,
  /\breportedly\b/gu,
  /\bsaid in a statement\b/gu,
];

export function findAttributions(text: string): string[] {
  const found = new Set<string>();
  for (const re of ATTRIBUTION) for (const m of text.matchAll(re)) found.add(m[0].trim().replace(/(?<=\p{L}{3})\.$/u, '')); // a full stop, not "U.S."
  return [...found];
}
