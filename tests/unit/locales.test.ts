/**
 * Every UI language in public/_locales against the English file: the same
 * messages, the same placeholders, no `$NAME$` left undefined. New locale
 * folders are picked up on their own (docs/i18n.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleEntry } from '@/lib/i18n';

const ROOT = join(__dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');

type Messages = Record<string, LocaleEntry & { description?: string }>;

function load(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
}

const folders = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const en = load('en');
const others = folders.filter((f) => f !== 'en');

/** `$NAME$` references in a message, lower-cased (the browser reads them case-insensitively). */
function references(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9@_]+)\$/g)].map((m) => m[1]!.toLowerCase());
}

/** Placeholder name (lower-cased) → content, sorted by name. */
function placeholders(entry: LocaleEntry): Array<[string, string]> {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]): [string, string] => [name.toLowerCase(), p.content])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe('locale folders', () => {
  it('include English and German', () => {
    expect(folders).toContain('en');
    expect(folders).toContain('de');
  });

  it.each(folders)('%s is named as the browsers expect (ll or ll_RR) and holds messages.json', (folder) => {
    expect(folder).toMatch(/^[a-z]{2,3}(_[A-Z]{2}|_\d{3})?$/);
    expect(existsSync(join(LOCALES, folder, 'messages.json'))).toBe(true);
  });

  it('the manifest keeps English as its default locale and takes name and description from the locale files', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/default_locale:\s*'en'/);
    expect(config).toMatch(/name:\s*'__MSG_extName__'/);
    expect(config).toMatch(/description:\s*'__MSG_extDescription__'/);
  });
});

describe.each(folders)('public/_locales/%s/messages.json', (folder) => {
  const messages = load(folder);

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('gives each key the placeholders the English file gives it (same names, same $n)', () => {
    const differing = Object.keys(en).filter(
      (key) => messages[key] && JSON.stringify(placeholders(messages[key])) !== JSON.stringify(placeholders(en[key]!)),
    );
    expect(differing).toEqual([]);
  });

  it('defines every $NAME$ a message uses, and uses every placeholder it defines', () => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(messages)) {
      const defined = new Set(placeholders(entry).map(([name]) => name));
      const used = new Set(references(entry.message));
      for (const name of used) if (!defined.has(name)) problems.push(`${key}: $${name}$ is not defined`);
      for (const name of defined) if (!used.has(name)) problems.push(`${key}: placeholder ${name} is never used`);
    }
    expect(problems).toEqual([]);
  });

  it('has a non-empty message for every key', () => {
    const empty = Object.entries(messages).filter(([, e]) => typeof e.message !== 'string' || e.message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('names its own language in uiLocale', () => {
    expect(messages.uiLocale?.message).toBe(folder.replace('_', '-'));
  });

  it('keeps the manifest strings within the stores\' limits (name 75, description 132 characters)', () => {
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

describe.each(others)('%s is a translation', (folder) => {
  const messages = load(folder);

  it('keeps the product name', () => {
    expect(messages.extName!.message).toBe('Backstory');
  });

  it('translates most messages (some, such as "Person", may match English)', () => {
    const same = Object.keys(en).filter((key) => messages[key]?.message === en[key]!.message);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});
