import type { Settings } from './schema';

/**
 * Site keys are hostnames, lower-cased, without a trailing dot or a leading
 * "www.", so "off on this site" covers both www.example.com and example.com.
 */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** True when Backstory should run on pages of `hostname`. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  return !settings.disabledSites.some((site) => siteKey(site) === key);
}

/** The settings with `hostname` switched on or off; other sites keep their order. */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((site) => siteKey(site) !== key);
  return { ...settings, disabledSites: enabled || key === '' ? others : [...others, key] };
}
