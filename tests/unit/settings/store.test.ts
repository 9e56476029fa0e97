import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '@/lib/settings';
import {
  loadSettings,
  loadSettingsWithProblems,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from '@/lib/settings/store';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('saves a patch and merges kinds', async () => {
    await saveSettings({ theme: 'dark', kinds: { place: false } });
    const settings = await loadSettings();
    expect(settings.theme).toBe('dark');
    expect(settings.kinds).toEqual({ ...defaultSettings().kinds, place: false });
  });

  it('treats undefined in a patch as "no change"', async () => {
    await saveSettings({ enabled: false });
    await saveSettings({ enabled: undefined, theme: 'light' });
    expect((await loadSettings()).enabled).toBe(false);
  });

  it('drops invalid values from a patch instead of storing them', async () => {
    await saveSettings({ hoverDelayMs: -1 });
    expect(await loadSettingsWithProblems()).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it('reports a corrupt stored value and repairs it on the next save', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'sepia', enabled: false } });
    expect(await loadSettingsWithProblems()).toEqual({
      settings: { ...defaultSettings(), enabled: false },
      problems: ['theme'],
    });
    await saveSettings({});
    expect((await loadSettingsWithProblems()).problems).toEqual([]);
  });

  it('keeps both of two quick site toggles', async () => {
    await Promise.all([setSiteEnabled('a.com', false), setSiteEnabled('www.b.com', false)]);
    expect((await loadSettings()).disabledSites).toEqual(['a.com', 'b.com']);
    await setSiteEnabled('a.com', true);
    expect((await loadSettings()).disabledSites).toEqual(['b.com']);
  });

  it('tells watchers about changes, validated', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.enabled));
    await saveSettings({ enabled: false });
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    unwatch();
    await saveSettings({ enabled: false });
    expect(seen).toEqual([false, true]);
  });
});
