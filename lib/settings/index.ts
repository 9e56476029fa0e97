/** Settings model: pure parsing and site rules, plus the storage-backed store. */
export type { Settings, ParsedSettings } from './schema';
export { parseSettings, RENDERERS, HIGHLIGHT_STYLES, THEMES } from './schema';
export { defaultSettings, HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS, HOVER_DELAY_DEFAULT_MS } from './defaults';
export { isSiteEnabled, siteKey, withSiteEnabled } from './sites';
