/**
 * In-popup probes for the popup scenarios: the "on this page" list, the site
 * switch, and the first screen as the popup opens (issue 16). Functions
 * passed to `TestPage.evaluate` are self-contained (no imports, no closures).
 */

export interface FirstScreen {
  /** `document.documentElement.scrollHeight`: the whole popup as it opens. */
  height: number;
  width: number;
  /** Content wider than the popup (a horizontal scrollbar). */
  overflowsX: boolean;
  /** Bottom edges in page coordinates (the popup's first screen is its top 600 px); null when absent. */
  headlineBottom: number | null;
  firstKeyPointBottom: number | null;
  firstTermBottom: number | null;
  /** Collapsible section headings: their name and aria-expanded, and whether the region they control is hidden. */
  sections: Array<{ name: string; expanded: string | null; bodyHidden: boolean }>;
  /** Terms listed before "Show all", and that button's label. */
  termsShown: number;
  showAllTerms: string | null;
}

export function firstScreen(): FirstScreen {
  const bottom = (selector: string) => {
    const el = document.querySelector(selector);
    return el ? el.getBoundingClientRect().bottom + scrollY : null;
  };
  const root = document.documentElement;
  return {
    height: root.scrollHeight,
    width: innerWidth,
    overflowsX: root.scrollWidth > innerWidth,
    headlineBottom: bottom('#briefing-headline'),
    firstKeyPointBottom: bottom('[aria-labelledby="briefing-key-points"] .summary-item'),
    firstTermBottom: bottom('.on-page-item'),
    sections: Array.from(document.querySelectorAll<HTMLButtonElement>('.collapsible__button')).map((button) => ({
      name: button.querySelector('[id$="-title"]')?.textContent ?? '',
      expanded: button.getAttribute('aria-expanded'),
      bodyHidden: document.getElementById(button.getAttribute('aria-controls') ?? '')?.hidden ?? false,
    })),
    termsShown: document.querySelectorAll('.on-page-item').length,
    showAllTerms: document.querySelector('.on-page .more')?.textContent ?? null,
  };
}

/** Centre of the heading button of the section called `name`, scrolled into view. */
export function sectionButton(name: string): { x: number; y: number } | null {
  const button = Array.from(document.querySelectorAll<HTMLElement>('.collapsible__button')).find(
    (b) => b.querySelector('[id$="-title"]')?.textContent === name,
  );
  if (!button) return null;
  button.scrollIntoView({ block: 'center' });
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** Whether storage.local holds `open` for the popup's section `id` (the write is asynchronous). */
export async function sectionStored([id, open]: [string, boolean]): Promise<boolean> {
  type StorageArea = { get(key: string): Promise<Record<string, unknown>> };
  const g = globalThis as unknown as { browser?: { storage: { local: StorageArea } }; chrome?: { storage: { local: StorageArea } } };
  const stored = (await (g.browser ?? g.chrome)!.storage.local.get('briefingSections')).briefingSections as
    | { popup?: Record<string, boolean> }
    | undefined;
  return stored?.popup?.[id] === open;
}

/** Clicks "Show all N terms" under "on this page", if it is there; true when it was. */
export function showAllTerms(): boolean {
  const more = document.querySelector<HTMLButtonElement>('.on-page .more');
  more?.click();
  return more !== null;
}

export function onPageItems(): Array<{ name: string; count: string }> {
  return Array.from(document.querySelectorAll('.on-page-item')).map((item) => ({
    name: item.querySelector('.on-page-item__name')?.textContent ?? '',
    count: item.querySelector('.on-page-item__count')?.textContent ?? '',
  }));
}

/** Centre of the "on this page" button for `name`, scrolled into view. */
export function itemPoint(name: string): { x: number; y: number } | null {
  const item = Array.from(document.querySelectorAll<HTMLElement>('.on-page-item')).find(
    (el) => el.querySelector('.on-page-item__name')?.textContent === name,
  );
  if (!item) return null;
  item.scrollIntoView({ block: 'center' });
  const r = item.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The per-site switch (its label names the site): its centre and state. */
export function siteSwitch(site: string): { x: number; y: number; checked: boolean } | null {
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[role="switch"]'))) {
    const label = input.id ? document.querySelector(`label[for="${input.id}"]`) : null;
    if (!label?.textContent?.includes(site)) continue;
    input.scrollIntoView({ block: 'center' });
    const r = input.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2, checked: input.checked };
  }
  return null;
}
