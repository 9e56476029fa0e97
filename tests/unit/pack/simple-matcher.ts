/**
 * A deliberately small matcher for pack tests: whole-word, case-insensitive
 * unless the alias says otherwise, dashes and quotes folded, longest match first.
 * The real one lives in lib/match/; the pack takes either through injection.
 */
import type { MatcherAlias, TextMatch } from '../../../lib/match/types';

const DASH = '[-\\u2010-\\u2015\\u2212]';
const SQUOTE = "['\\u2018\\u2019]";
const DQUOTE = '["\\u201c\\u201d]';

function pattern(alias: string): string {
  return [...alias]
    .map((ch) => {
      if (/[-\u2010-\u2015]/.test(ch)) return DASH;
      if (/['\u2018\u2019]/.test(ch)) return SQUOTE;
      if (/["\u201c\u201d]/.test(ch)) return DQUOTE;
      if (/\s/.test(ch)) return '\\s+';
      return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

export function simpleMatcher(aliases: MatcherAlias[]): { findAll(text: string): TextMatch[] } {
  const compiled = aliases.map((a) => ({
    alias: a,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${pattern(a.text)}(?![\\p{L}\\p{N}])`, a.caseSensitive ? 'gu' : 'giu'),
  }));
  return {
    findAll(text: string): TextMatch[] {
      const all: TextMatch[] = [];
      for (const { alias, re } of compiled) {
        for (const m of text.matchAll(re)) {
          all.push({ start: m.index, end: m.index + m[0].length, entityId: alias.entityId, text: m[0], ambiguous: alias.ambiguous });
        }
      }
      all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
      const kept: TextMatch[] = [];
      for (const m of all) {
        const last = kept[kept.length - 1];
        if (!last || m.start >= last.end) kept.push(m);
      }
      return kept;
    },
  };
}
