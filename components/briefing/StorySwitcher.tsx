import type { LibraryStory } from '../../lib/packs/types';
import { t } from '../../lib/i18n';

interface Props {
  stories: readonly LibraryStory[];
  selected: LibraryStory;
  /** Stories the tab is on topic for: marked in the list, so the reader sees which fit this page. */
  onPage: readonly string[];
  onSelect: (story: LibraryStory) => void;
}

/** Which story's briefing the view shows, when several stories are enabled. A native select: keyboard and screen readers know it. */
export function StorySwitcher({ stories, selected, onPage, onSelect }: Props) {
  return (
    <div class="story-switcher">
      <label for="story-switcher">{t('storySwitcherLabel')}</label>
      <select
        id="story-switcher"
        value={selected.header.id}
        onChange={(event) => {
          const story = stories.find((s) => s.header.id === (event.currentTarget as HTMLSelectElement).value);
          if (story) onSelect(story);
        }}
      >
        {stories.map((story) => (
          <option key={story.header.id} value={story.header.id}>
            {onPage.includes(story.header.id) ? t('storySwitcherOnPage', story.header.title) : story.header.title}
          </option>
        ))}
      </select>
    </div>
  );
}
