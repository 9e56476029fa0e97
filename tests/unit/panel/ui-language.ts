/**
 * Runs the views in another UI language: a stand-in for the extension's i18n
 * API that answers from `public/_locales/<locale>/messages.json` the way the
 * browser would, and reports `locale` as the browser's UI language.
 * Undo with `vi.unstubAllGlobals()`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { localize, type LocaleEntry } from '@/lib/i18n';

export function stubUiLanguage(locale: string, folder = locale.replace('-', '_')): void {
  const file = join(__dirname, '../../../public/_locales', folder, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleEntry>;
  vi.stubGlobal('browser', {
    i18n: {
      getMessage: (key: string, subs: string | string[] = []) => {
        const entry = messages[key];
        return entry ? localize(entry, typeof subs === 'string' ? [subs] : subs) : '';
      },
      getUILanguage: () => locale,
    },
  });
}
