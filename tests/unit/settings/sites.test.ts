import { describe, expect, it } from 'vitest';
import { defaultSettings, isSiteEnabled, siteKey, withSiteEnabled } from '@/lib/settings';

describe('siteKey', () => {
  it.each([
    ['example.com', 'example.com'],
    ['WWW.Example.COM', 'example.com'],
    ['example.com.', 'example.com'],
    ['  news.example.com ', 'news.example.com'],
    ['www2.example.com', 'www2.example.com'],
  ])('%s → %s', (input, expected) => expect(siteKey(input)).toBe(expected));
});

describe('isSiteEnabled', () => {
  const off = { ...defaultSettings(), disabledSites: ['example.com'] };
  it.each([
    ['another site', defaultSettings(), 'news.org', true],
    ['a disabled site', off, 'example.com', false],
    ['its www form', off, 'www.example.com', false],
    ['different case', off, 'EXAMPLE.com', false],
    ['a subdomain (separate site)', off, 'blog.example.com', true],
    ['any site when globally off', { ...defaultSettings(), enabled: false }, 'news.org', false],
  ])('%s', (_label, settings, host, expected) => {
    expect(isSiteEnabled(settings, host)).toBe(expected);
  });
});

describe('withSiteEnabled', () => {
  it('adds the normalised site once when switching off', () => {
    const once = withSiteEnabled(defaultSettings(), 'www.Example.com', false);
    const twice = withSiteEnabled(once, 'example.com', false);
    expect(twice.disabledSites).toEqual(['example.com']);
  });

  it('removes the site when switching back on and keeps the others', () => {
    const settings = { ...defaultSettings(), disabledSites: ['a.com', 'example.com', 'b.com'] };
    expect(withSiteEnabled(settings, 'www.example.com', true).disabledSites).toEqual(['a.com', 'b.com']);
  });

  it('does not mutate its input', () => {
    const settings = defaultSettings();
    withSiteEnabled(settings, 'example.com', false);
    expect(settings.disabledSites).toEqual([]);
  });
});
