import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noEval } from './scripts/vite/no-eval';
import { noRawHtml } from './scripts/vite/no-raw-html';

/** Entrypoints that run in web pages' content-script world. */
const PAGE_WORLD_ENTRYPOINTS = new Set(['content', 'engine', 'panel', 'inline-renderer']);

/** The toolbar icon at every size shipped: 16 and 32 for the toolbar at 1× and 2×, 48 and 128 for larger places. */
const ICON_FILES = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

/** Test-hook builds go to their own folder so a release build never carries them. */
const testHooks = process.env.BACKSTORY_TEST_HOOKS === '1';

/** Test-hook builds only: pack files to install beside the bundled story (`BACKSTORY_PACKS=a.backstory.json,b…`). */
function testPacks(): Array<{ name: string; text: string }> {
  const list = process.env.BACKSTORY_PACKS?.split(',').map((p) => p.trim()).filter(Boolean) ?? [];
  if (!testHooks || list.length === 0) return [];
  return list.map((file) => ({ name: basename(file), text: readFileSync(resolve(file), 'utf8') }));
}

export default defineConfig({
  outDir: testHooks ? '.output-hooks' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Firefox gets MV3 too: one manifest shape, host permissions the user can
  // review, and the CSS Custom Highlight API is there from Firefox 140.
  manifestVersion: 3,
  // The Firefox sources zip is for rebuilding: leave out test output and generated files.
  zip: { excludeSources: ['test-results/**', 'data/compiled/**', 'docs/screenshots/**', 'docs/store/*.png'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the background injects the fact panel's code on first use (docs/decisions/008).
    permissions: ['storage', 'activeTab', 'scripting'],
    // The same sites the content script runs on (no new warning): executeScript needs them as host permissions.
    host_permissions: ['http://*/*', 'https://*/*'],
    // WXT finds public/icon/<size>.png for `icons`; the toolbar button names them itself
    // (rendered from assets/icon.svg by `npm run icons`, docs/decisions/010).
    action: { default_title: '__MSG_extName__', default_icon: ICON_FILES },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Code that runs in web pages (the content script and its lazy scripts) uses the browser's
    // own promise-based API instead of webextension-polyfill: every page would otherwise parse
    // the polyfill and pay for its set-up (docs/decisions/008). Extension pages keep it.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((e) => PAGE_WORLD_ENTRYPOINTS.has(e.name))) return;
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries] };
    },
  },
  vite: () => ({
    plugins: [noRawHtml(), noEval(), preact()],
    define: { __BACKSTORY_TEST_HOOKS__: JSON.stringify(testHooks), __BACKSTORY_TEST_PACKS__: JSON.stringify(testPacks()) },
  }),
});
