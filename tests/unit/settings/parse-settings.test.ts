import { describe, expect, it } from 'vitest';
import { defaultSettings, parseSettings, type Settings } from '@/lib/settings';

const good: Settings = {
  enabled: false,
  disabledSites: ['example.com', 'news.example.org'],
  kinds: {
    person: true,
    place: false,
    organisation: true,
    concept: false,
    figure: true,
    document: true,
    event: false,
  },
  hoverDelayMs: 800,
  renderer: 'inline',
  highlightStyle: 'background',
  theme: 'dark',
};

describe('parseSettings', () => {
  it('keeps a fully valid value as it is, with no problems', () => {
    expect(parseSettings(good)).toEqual({ settings: good, problems: [] });
  });

  it.each([undefined, null])('treats nothing stored (%s) as defaults, not as corruption', (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: [] });
  });

  it.each([['a string', 'oops'], ['a number', 42], ['an array', [1, 2]], ['true', true]])(
    'replaces a non-object (%s) with defaults and reports it',
    (_label, raw) => {
      expect(parseSettings(raw)).toEqual({ settings: defaultSettings(), problems: ['settings'] });
    },
  );

  it('fills missing fields from defaults without reporting them', () => {
    const { settings, problems } = parseSettings({ theme: 'light' });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings(), theme: 'light' });
  });

  // Each row: one bad field on an otherwise good value → that field's default, that problem.
  const badFields: Array<[string, Partial<Record<keyof Settings, unknown>>, keyof Settings, string]> = [
    ['enabled as a string', { enabled: 'yes' }, 'enabled', 'enabled'],
    ['disabledSites as a string', { disabledSites: 'example.com' }, 'disabledSites', 'disabledSites'],
    ['kinds as an array', { kinds: [] }, 'kinds', 'kinds'],
    ['hoverDelayMs negative', { hoverDelayMs: -5 }, 'hoverDelayMs', 'hoverDelayMs'],
    ['hoverDelayMs huge', { hoverDelayMs: 60_000 }, 'hoverDelayMs', 'hoverDelayMs'],
    ['hoverDelayMs fractional', { hoverDelayMs: 12.5 }, 'hoverDelayMs', 'hoverDelayMs'],
    ['hoverDelayMs NaN', { hoverDelayMs: Number.NaN }, 'hoverDelayMs', 'hoverDelayMs'],
    ['hoverDelayMs as text', { hoverDelayMs: '300' }, 'hoverDelayMs', 'hoverDelayMs'],
    ['renderer unknown', { renderer: 'canvas' }, 'renderer', 'renderer'],
    ['highlightStyle unknown', { highlightStyle: 'blink' }, 'highlightStyle', 'highlightStyle'],
    ['theme unknown', { theme: 'sepia' }, 'theme', 'theme'],
    ['theme wrong case', { theme: 'Dark' }, 'theme', 'theme'],
  ];
  it.each(badFields)('%s falls back to the default and is reported', (_label, patch, field, problem) => {
    const { settings, problems } = parseSettings({ ...good, ...patch });
    expect(problems).toEqual([problem]);
    expect(settings[field]).toEqual(defaultSettings()[field]);
    // Every other field survives.
    expect({ ...settings, [field]: good[field] }).toEqual(good);
  });

  it('repairs a single bad kind and keeps the other kinds', () => {
    const { settings, problems } = parseSettings({ ...good, kinds: { ...good.kinds, place: 'no' } });
    expect(problems).toEqual(['kinds.place']);
    expect(settings.kinds).toEqual({ ...good.kinds, place: true });
  });

  it('ignores kinds it does not know (from a newer or older version)', () => {
    const { settings, problems } = parseSettings({ kinds: { person: false, spaceship: true } });
    expect(problems).toEqual([]);
    expect(settings.kinds.person).toBe(false);
    expect(settings.kinds).not.toHaveProperty('spaceship');
  });

  it('keeps the valid sites, normalised and de-duplicated, and reports the bad ones', () => {
    const { settings, problems } = parseSettings({
      disabledSites: ['WWW.Example.com', 'example.com', 42, '', 'has space.com', 'news.site.org.'],
    });
    expect(settings.disabledSites).toEqual(['example.com', 'news.site.org']);
    expect(problems).toEqual(['disabledSites']);
  });

  it('reports several bad fields at once', () => {
    const { problems } = parseSettings({ enabled: 1, theme: 3, renderer: null });
    expect(problems).toEqual(['enabled', 'renderer', 'theme']);
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [Symbol('x'), () => 1, new Date(), Object.create(null), { kinds: null }];
    for (const raw of weird) expect(() => parseSettings(raw)).not.toThrow();
  });
});
