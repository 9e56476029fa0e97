import { describe, expect, it } from 'vitest';
import { GATE_KEY } from '../../../lib/packs/storage-keys';
import { defaultSettings } from '../../../lib/settings/defaults';
import { readPageStart, SETTINGS_KEY, watchPageSettings, type PageStorage } from '../../../lib/settings/page-read';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** A storage.local stand-in that counts reads and keeps its change listeners. */
function fakeStorage(values: Record<string, unknown>, fail = false) {
  const listeners = new Set<Listener>();
  const reads: string[][] = [];
  const api: PageStorage = {
    local: {
      get: async (keys) => {
        reads.push(keys);
        if (fail) throw new Error('storage broken');
        return Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]));
      },
    },
    onChanged: { addListener: (cb) => listeners.add(cb), removeListener: (cb) => listeners.delete(cb) },
  };
  return { api, listeners, reads };
}

describe('page start: what the gate reads', () => {
  it('reads the settings and the stored checks in one call', async () => {
    const { api, reads } = fakeStorage({ [SETTINGS_KEY]: { ...defaultSettings(), enabled: false }, [GATE_KEY]: { version: 2, checks: [] } });
    const start = await readPageStart(api);
    expect(reads).toEqual([[SETTINGS_KEY, GATE_KEY]]);
    expect(start.settings.enabled).toBe(false);
    expect(start.gate).toEqual({ version: 2, checks: [] });
  });

  it('runs with defaults when nothing is stored, when storage fails, or when the stored value is corrupt', async () => {
    expect((await readPageStart(fakeStorage({}).api)).settings).toEqual(defaultSettings());
    expect((await readPageStart(fakeStorage({}, true).api)).settings).toEqual(defaultSettings());
    expect((await readPageStart(fakeStorage({ [SETTINGS_KEY]: 'not settings' }).api)).settings).toEqual(defaultSettings());
  });

  it('hears settings changes in storage.local only, parsed, until unsubscribed', () => {
    const { api, listeners } = fakeStorage({});
    const heard: boolean[] = [];
    const stop = watchPageSettings(api, (s) => heard.push(s.enabled));
    const fire = (changes: Record<string, { newValue?: unknown }>, area: string) => listeners.forEach((l) => l(changes, area));
    fire({ [SETTINGS_KEY]: { newValue: { ...defaultSettings(), enabled: false } } }, 'local');
    fire({ [SETTINGS_KEY]: { newValue: { enabled: false } } }, 'sync');
    fire({ other: { newValue: 1 } }, 'local');
    fire({ [SETTINGS_KEY]: { newValue: 42 } }, 'local');
    expect(heard).toEqual([false, true]);
    stop();
    expect(listeners.size).toBe(0);
  });
});
