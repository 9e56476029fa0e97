import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIEFING_MESSAGES } from '@/lib/i18n-briefing';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const locale = JSON.parse(
  readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, Entry>;

/** The message with named placeholders put back as `$1`, `$2`, as the browser resolves them. */
function resolved(entry: Entry | undefined): string | undefined {
  return entry?.message.replace(/\$([a-z0-9_]+)\$/gi, (whole, name: string) =>
    entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
}

describe('briefing strings', () => {
  it.each(Object.entries(BRIEFING_MESSAGES))('%s is in _locales/en with the same English text', (key, text) => {
    expect(resolved(locale[key])).toBe(text);
  });

  it('uses only names the browser accepts', () => {
    for (const key of Object.keys(BRIEFING_MESSAGES)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});
