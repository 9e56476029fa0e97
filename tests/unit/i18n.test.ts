import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { localize, sourceCount, substitute, t, uiDirection, uiLocale, type MessageKey } from '@/lib/i18n';

const ROOT = join(__dirname, '../..');

afterEach(() => vi.unstubAllGlobals());

describe('t() without a browser API: the English locale file, resolved as the browser would', () => {
  it.each<[MessageKey, Array<string | number>, string]>([
    ['panelClose', [], 'Close'],
    ['panelMentionedIn', [3, 5], 'Mentioned in 3 of 5 sources'],
    ['panelChipMentions', ['Reuters'], 'Reuters: mentions it'],
    ['briefingQuoteFrom', [2, 'Daily Wire'], 'Source 2: Daily Wire'],
    ['briefingDated', ['3 May', 'dateline'], 'Dated “3 May” (dateline)'],
    ['briefingSearchNothing', ['$1 a $$ b'], 'Nothing in the story matches “$1 a $$ b”.'],
    ['onPageSiteOff', ['news.example.com'], 'Backstory is off on news.example.com.'],
    // A missing substitution becomes '', as in both browsers.
    ['panelMentionedIn', [3], 'Mentioned in 3 of  sources'],
  ])('%s %j → %s', (key, subs, expected) => {
    expect(t(key, ...subs)).toBe(expected);
  });

  it.each([
    [1, '1 source'],
    [2, '2 sources'],
    [0, '0 sources'],
  ])('sourceCount(%i) is %s', (n, text) => {
    expect(sourceCount(n)).toBe(text);
  });

  it('rejects an unknown key at compile time, and shows it at run time', () => {
    // @ts-expect-error: not a key of messages.json
    expect(t('noSuchMessage')).toBe('noSuchMessage');
  });
});

describe('localize: the two steps of the Chrome/Firefox message format', () => {
  it.each<[string, Parameters<typeof localize>[0], string[], string]>([
    ['named placeholder → $n', { message: 'Hi $WHO$', placeholders: { who: { content: '$1' } } }, ['Ana'], 'Hi Ana'],
    ['names are case-insensitive', { message: '$Who$!', placeholders: { WHO: { content: '$1' } } }, ['Ana'], 'Ana!'],
    ['literal content', { message: 'By $APP$', placeholders: { app: { content: 'Backstory' } } }, [], 'By Backstory'],
    ['content mixing text and $n', { message: '$N$', placeholders: { n: { content: '($1)' } } }, ['4'], '(4)'],
    ['order follows the content, not the message', {
      message: '$B$ after $A$', placeholders: { a: { content: '$1' }, b: { content: '$2' } },
    }, ['one', 'two'], 'two after one'],
    ['unknown placeholder → empty', { message: 'x$NOPE$y' }, [], 'xy'],
    ['$n straight in the message', { message: '$1 and $2' }, ['a', 'b'], 'a and b'],
    ['missing substitution → empty', { message: '$1 and $2 and $3' }, ['a', 'b'], 'a and b and '],
    ['$$ is a literal $', { message: 'US$$ $1' }, ['5'], 'US$ 5'],
    ['a run of $ loses one', { message: '$$$' }, [], '$$'],
    ['a lone $ stays', { message: 'costs $ 5' }, [], 'costs $ 5'],
    ['substitutions are not re-read', { message: '$1' }, ['$2'], '$2'],
  ])('%s', (_name, entry, subs, expected) => {
    expect(localize(entry, subs)).toBe(expected);
  });

  it('substitute() is step two alone', () => {
    expect(substitute('$2, $1', ['a', 'b'])).toBe('b, a');
  });
});

describe('t() with a browser API', () => {
  it.each([
    ['a translation wins', () => 'Schließen', 'Schließen'],
    ['an empty answer falls back to English', () => '', 'Close'],
    ['a throwing API falls back to English', () => { throw new Error('not implemented'); }, 'Close'],
  ])('%s', (_name, getMessage, expected) => {
    vi.stubGlobal('browser', { i18n: { getMessage } });
    expect(t('panelClose')).toBe(expected);
  });

  it('passes the key and substitutions as strings', () => {
    const getMessage = vi.fn(() => 'x');
    vi.stubGlobal('browser', { i18n: { getMessage } });
    t('panelMentionedIn', 3, 5);
    expect(getMessage).toHaveBeenCalledWith('panelMentionedIn', ['3', '5']);
  });

  it.each([
    ['the English fallback', () => '', 'en'],
    ['the German file', () => 'de', 'de'],
    ['a Brazilian file', () => 'pt_br', 'pt-BR'],
    ['a malformed tag', () => 'not a tag!', 'en'],
  ])('uiLocale names the language of %s', (_name, getMessage, expected) => {
    vi.stubGlobal('browser', { i18n: { getMessage } });
    expect(uiLocale()).toBe(expected);
  });

  it.each([['rtl', 'rtl'], ['ltr', 'ltr'], ['', 'ltr']])('uiDirection with @@bidi_dir %j is %s', (dir, expected) => {
    vi.stubGlobal('browser', { i18n: { getMessage: () => dir } });
    expect(uiDirection()).toBe(expected);
  });
});

/** Source files whose strings could name a message. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every message name the source uses, with where, found by pattern rather than by the compiler. */
function usedKeys(): Array<{ key: string; file: string }> {
  const files = ['components', 'entrypoints', 'lib', 'page'].flatMap((d) => sourceFiles(join(ROOT, d)));
  files.push(join(ROOT, 'wxt.config.ts'));
  const found: Array<{ key: string; file: string }> = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const file = relative(ROOT, path);
    const add = (key: string) => found.push({ key, file });
    // t('key', …) and t(`key`)
    for (const m of text.matchAll(/\bt\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)) add(m[1]!);
    // t(`prefix_${x}`): at least one message must start with the prefix
    for (const m of text.matchAll(/\bt\(\s*`([A-Za-z0-9_]+)\$\{/g)) add(`${m[1]!}*`);
    // Tables typed Record<…, MessageKey> = { a: 'key', … }
    for (const table of text.matchAll(/Record<[^>]*MessageKey>\s*=\s*\{([^}]*)\}/g)) {
      for (const m of table[1]!.matchAll(/'([A-Za-z0-9_]+)'/g)) add(m[1]!);
    }
    // __MSG_key__ in the manifest and HTML
    for (const m of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) add(m[1]!);
  }
  return found;
}

describe('messages.json covers the source', () => {
  const keys = Object.keys(messages);
  const used = usedKeys();

  it('finds the message names the source uses', () => {
    expect(used.length).toBeGreaterThan(80);
  });

  it('has every message name the source uses', () => {
    const missing = used.filter(({ key }) =>
      key.endsWith('*') ? !keys.some((k) => k.startsWith(key.slice(0, -1))) : !keys.includes(key),
    );
    expect(missing).toEqual([]);
  });

  it('uses only names the browser accepts, each with a non-empty message', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim()).not.toBe('');
    }
  });
});
