import { ENTITY_KINDS, type EntityKind } from '../pack/types';
import { defaultSettings, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from './defaults';
import { siteKey } from './sites';

/**
 * The user's settings, as stored under `local:settings`.
 *
 * Validation is hand-written rather than zod so the content script, which
 * reads settings on every page, doesn't carry a schema library.
 */
export interface Settings {
  /** Master switch. */
  enabled: boolean;
  /** Site keys (see `siteKey`) where Backstory stays off. */
  disabledSites: string[];
  /** Which kinds of entity get highlighted. */
  kinds: Record<EntityKind, boolean>;
  /** Pointer dwell before a fact panel opens on hover. */
  hoverDelayMs: number;
  renderer: 'overlay' | 'inline';
  highlightStyle: 'underline' | 'background';
  theme: 'system' | 'light' | 'dark';
}

export const RENDERERS = ['overlay', 'inline'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export interface ParsedSettings {
  settings: Settings;
  /** Dotted paths of the fields that were invalid and fell back to defaults. */
  problems: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/**
 * Reads whatever storage holds. Never throws: each bad field falls back to its
 * default and is named in `problems`. A missing field is not a problem (older
 * versions simply didn't store it), and nothing stored at all means defaults.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) return { settings, problems: ['settings'] };

  const has = (key: keyof Settings) => raw[key] !== undefined;
  const bad = (key: string) => problems.push(key);

  if (has('enabled')) {
    if (typeof raw.enabled === 'boolean') settings.enabled = raw.enabled;
    else bad('enabled');
  }
  if (has('disabledSites')) parseSites(raw.disabledSites, settings, bad);
  if (has('kinds')) parseKinds(raw.kinds, settings, bad);
  if (has('hoverDelayMs')) {
    const delay = raw.hoverDelayMs;
    if (
      typeof delay === 'number' &&
      Number.isInteger(delay) &&
      delay >= HOVER_DELAY_MIN_MS &&
      delay <= HOVER_DELAY_MAX_MS
    ) {
      settings.hoverDelayMs = delay;
    } else bad('hoverDelayMs');
  }
  if (has('renderer')) {
    if (oneOf(RENDERERS, raw.renderer)) settings.renderer = raw.renderer;
    else bad('renderer');
  }
  if (has('highlightStyle')) {
    if (oneOf(HIGHLIGHT_STYLES, raw.highlightStyle)) settings.highlightStyle = raw.highlightStyle;
    else bad('highlightStyle');
  }
  if (has('theme')) {
    if (oneOf(THEMES, raw.theme)) settings.theme = raw.theme;
    else bad('theme');
  }
  return { settings, problems };
}

/** Keeps the valid hostnames (normalised, de-duplicated); one bad entry doesn't lose the rest. */
function parseSites(value: unknown, settings: Settings, bad: (key: string) => void): void {
  if (!Array.isArray(value)) return bad('disabledSites');
  const sites: string[] = [];
  let dropped = false;
  for (const entry of value) {
    const key = typeof entry === 'string' ? siteKey(entry) : '';
    if (key === '' || /[\s/]/.test(key)) dropped = true;
    else if (!sites.includes(key)) sites.push(key);
  }
  settings.disabledSites = sites;
  if (dropped) bad('disabledSites');
}

/** Per kind, so a bad value for one kind doesn't switch the others back on. */
function parseKinds(value: unknown, settings: Settings, bad: (key: string) => void): void {
  if (!isRecord(value)) return bad('kinds');
  for (const kind of ENTITY_KINDS) {
    const on = value[kind];
    if (on === undefined) continue;
    if (typeof on === 'boolean') settings.kinds[kind] = on;
    else bad(`kinds.${kind}`);
  }
}
