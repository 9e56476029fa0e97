import { render } from 'preact';
import type { StoryLibrary } from '../../lib/packs/library';
import { App } from './App';
import { createBrowserBridge } from './browser-bridge';
import { takeFocus } from './briefing-focus';
import { loadSections, saveSection } from './section-store';
import { t } from '../../lib/i18n';
import './briefing.css';

/** Positive integer from a query parameter, or null. */
function intParam(params: URLSearchParams, name: string): number | null {
  const value = Number(params.get(name));
  return Number.isInteger(value) && value >= 0 && params.has(name) ? value : null;
}

/**
 * Starts the popup or side panel. `?tabId=N` pins the view to tab N and
 * `?entity=ID` pre-fills the search (the background's fallback when it can't
 * open the popup itself).
 */
export async function mountBriefing(root: HTMLElement, library: StoryLibrary, view: 'popup' | 'sidepanel') {
  const params = new URLSearchParams(location.search);
  const fixedTabId = intParam(params, 'tabId');
  document.documentElement.dataset.view = view;
  document.title = t('extName');
  // Both reads come before the first render, so the view opens as it will stay (no jump).
  const [focusEntityId, sections] = await Promise.all([
    params.get('entity') ?? (view === 'popup' ? takeFocus(fixedTabId) : null),
    loadSections(view),
  ]);
  const bridge = createBrowserBridge({ fixedTabId, followActiveTab: view === 'sidepanel' });
  const remember = (id: Parameters<typeof saveSection>[1], open: boolean) => {
    saveSection(view, id, open).catch(() => undefined);
  };
  render(
    <App library={library} bridge={bridge} focusEntityId={focusEntityId} view={view} initialSections={sections} onSectionChange={remember} />,
    root,
  );
}
