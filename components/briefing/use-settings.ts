import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ParsedSettings } from '../../lib/settings';
import { loadSettingsWithProblems, watchSettings } from '../../lib/settings/store';

/** Current settings (null until first read), kept in step with every other context. */
export function useSettings(): ParsedSettings | null {
  const [loaded, setLoaded] = useState<ParsedSettings | null>(null);
  useEffect(() => {
    let changed = false;
    const unwatch = watchSettings((settings, problems) => {
      changed = true;
      setLoaded({ settings, problems });
    });
    // A change that lands while the first read is in flight is newer than the read.
    void loadSettingsWithProblems().then((first) => {
      if (!changed) setLoaded(first);
    });
    return unwatch;
  }, []);
  return loaded;
}

/**
 * Applies the theme setting to the document: `data-theme` wins over the system preference.
 * A layout effect, so the render that first shows settings-dependent content is never
 * painted in the other theme.
 */
export function useTheme(theme: ParsedSettings['settings']['theme'] | undefined): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}
