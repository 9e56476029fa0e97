import { t } from '../../lib/i18n';

/** Sites where Backstory is off; each can be switched back on. */
export function SiteList({ sites, onEnable }: { sites: readonly string[]; onEnable: (site: string) => void }) {
  if (sites.length === 0) return <p class="muted">{t('optionsSitesEmpty')}</p>;
  return (
    <ul class="site-list">
      {sites.map((site) => (
        <li key={site} class="site-list__item">
          <span class="site-list__name">{site}</span>
          <button type="button" class="button" onClick={() => onEnable(site)}>
            {t('settingsTurnOnSite', site)}
          </button>
        </li>
      ))}
    </ul>
  );
}
