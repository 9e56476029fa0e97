/**
 * Merges name mentions into entities: the same core name, a bare surname and
 * the full name (Trump / Donald Trump), spelling variants of one surname
 * (Zelensky / Zelenskyy / Zelenskiy), and an acronym with the words it
 * abbreviates (EU / European Union). General rules only: nothing here knows a story.
 */
import type { EntityKind } from '../pack/types';
import { editDistance, fold } from './text-utils';
import type { NameMention } from './types';

export interface NameGroup {
  /** The fullest core name ("Donald Trump", not "US President Donald Trump"). */
  name: string;
  kind: EntityKind | null;
  /** Cores in the group, most frequent first. */
  cores: string[];
  surfaces: string[];
  sources: string[];
  mentions: number;
  kindGuessed: boolean;
}

interface CoreStat {
  core: string;
  key: string;
  surfaces: Set<string>;
  sources: Set<string>;
  kinds: Map<EntityKind, number>;
  count: number;
  titled: boolean;
}

const words = (key: string) => key.split(/\s+/).filter(Boolean);
const lastWord = (key: string) => words(key).at(-1) ?? key;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

function collect(mentions: NameMention[]): CoreStat[] {
  const byKey = new Map<string, CoreStat>();
  for (const m of mentions) {
    const key = fold(m.core);
    const stat = byKey.get(key) ?? { core: m.core, key, surfaces: new Set(), sources: new Set(), kinds: new Map(), count: 0, titled: false };
    stat.surfaces.add(m.surface);
    stat.sources.add(m.source);
    if (m.kind) stat.kinds.set(m.kind, (stat.kinds.get(m.kind) ?? 0) + 1);
    if (m.surface !== m.core) stat.titled = true;
    else stat.count++;
    byKey.set(key, stat);
  }
  return [...byKey.values()];
}

function majorityKind(kinds: Map<EntityKind, number>): EntityKind | null {
  let best: EntityKind | null = null;
  let n = 0;
  for (const [k, c] of kinds) if (c > n) [best, n] = [k, c];
  return best;
}

function isAcronymOf(acronym: string, key: string): boolean {
  const ws = words(key).filter((w) => !/^(of|the|and|for)$/.test(w));
  return ws.length >= 2 && ws.map((w) => w[0]).join('') === acronym.toLowerCase();
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "Article Five" and "Article 5" are one name: number words as digits. */
const digitsKey = (key: string) => words(key).map((w) => (NUMBER_WORDS.includes(w) ? String(NUMBER_WORDS.indexOf(w)) : w)).join(' ');

/** Would these two cores name the same entity? */
function sameEntity(a: CoreStat, b: CoreStat, firstNames: Set<string>): boolean {
  if (/\d/.test(a.key + b.key) && words(a.key).length > 1 && digitsKey(a.key) === digitsKey(b.key)) return true;
  const ka = majorityKind(a.kinds);
  const kb = majorityKind(b.kinds);
  const wa = words(a.key);
  const wb = words(b.key);
  // A bare surname joins the full name that ends in it (not a bare first name), whatever the tagger guessed.
  const personA = ka === 'person' || ka === null;
  const personB = kb === 'person' || kb === null;
  if (wa.length === 1 && wb.length > 1 && personB && lastWord(b.key) === a.key && !firstNames.has(a.key)) return true;
  if (wb.length === 1 && wa.length > 1 && personA && lastWord(a.key) === b.key && !firstNames.has(b.key)) return true;
  // The tagger often calls an acronym's kind differently from its words': initials decide.
  if (/^[A-Z]{2,6}$/.test(a.core) && isAcronymOf(a.core, b.key)) return true;
  if (/^[A-Z]{2,6}$/.test(b.core) && isAcronymOf(b.core, a.key)) return true;
  if (ka && kb && ka !== kb) return false;
  // Spelling variants of a person's surname: long, same start, at most two edits apart.
  const personish = (k: EntityKind | null) => k === 'person' || k === null;
  if (!personish(ka) || !personish(kb) || (ka === null && kb === null)) return false;
  const la = letters(lastWord(a.key));
  const lb = letters(lastWord(b.key));
  if (la === lb || la.length < 5 || lb.length < 5 || la.slice(0, 3) !== lb.slice(0, 3)) return false;
  const firstA = wa.length > 1 ? wa[0] : null;
  const firstB = wb.length > 1 ? wb[0] : null;
  if (firstA && firstB && firstA !== firstB) return false;
  return editDistance(la, lb) <= 2;
}

export function groupNames(mentions: NameMention[]): NameGroup[] {
  const stats = collect(mentions);
  // First names of people named in full: "Donald" alone is not an entity of its own.
  const firstNames = new Set(stats.filter((s) => words(s.key).length > 1 && majorityKind(s.kinds) === 'person').map((s) => words(s.key)[0]!));
  const parent = stats.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < stats.length; i++) {
    for (let j = i + 1; j < stats.length; j++) {
      if (sameEntity(stats[i]!, stats[j]!, firstNames)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, CoreStat[]>();
  stats.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  return [...groups.values()]
    .filter((members) => !(members.length === 1 && words(members[0]!.key).length === 1 && firstNames.has(members[0]!.key)))
    .map(toGroup);
}

function toGroup(members: CoreStat[]): NameGroup {
  const kinds = new Map<EntityKind, number>();
  for (const m of members) for (const [k, c] of m.kinds) kinds.set(k, (kinds.get(k) ?? 0) + c);
  let kind = majorityKind(kinds);
  const kindGuessed = kind === null;
  if (kind === null) kind = members.some((m) => /^[A-Z]{2,6}$/.test(m.core)) ? 'organisation' : members.some((m) => m.titled) ? 'person' : null;
  const sorted = [...members].sort((a, b) => words(b.key).length - words(a.key).length || b.count - a.count);
  return {
    name: sorted[0]!.core,
    kind,
    cores: sorted.map((m) => m.core),
    surfaces: [...new Set(members.flatMap((m) => [m.core, ...m.surfaces]))],
    sources: [...new Set(members.flatMap((m) => [...m.sources]))].sort(),
    mentions: members.reduce((n, m) => n + m.count, 0),
    kindGuessed,
  };
}
