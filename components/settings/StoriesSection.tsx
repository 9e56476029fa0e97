import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { PackError, formatIssue } from '../../lib/pack/errors';
import { PACK_LIMITS } from '../../lib/pack/file/limits';
import { summarize } from '../../lib/packs/library';
import type { PackStore } from '../../lib/packs/store';
import type { InstalledPack, LibraryStory } from '../../lib/packs/types';
import { downloadText } from './download';
import { StoryImport } from './StoryImport';
import { StoryList } from './StoryList';
import { usePacks, type WatchPacks } from './use-packs';

/** What the last action left to say: announced politely, or as an alert listing every issue. */
type Outcome =
  | { kind: 'status'; text: string }
  | { kind: 'failed'; heading: string; issues: string[] };

interface Props {
  store: PackStore;
  bundled: LibraryStory;
  watch?: WatchPacks;
}

function failure(heading: string, error: unknown, fileName: string): Outcome {
  const reason = error instanceof Error ? error.message : String(error);
  const issues = error instanceof PackError
    ? error.issues.map(formatIssue)
    : [fileName ? formatIssue({ file: fileName, path: '', reason }) : reason];
  return { kind: 'failed', heading, issues };
}

/** The options page's "Stories" section: the installed stories, their switches, import, export, remove. */
export function StoriesSection({ store, bundled, watch }: Props) {
  const packs = usePacks(store, watch);
  const bundledSummary = useMemo(() => summarize(bundled.header, bundled.pack), [bundled]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      // UTF-8 takes at most 3 bytes per UTF-16 unit, so a file this big is over the store's character limit:
      // refused before it is read into memory (the store checks every file it is given).
      if (file.size > 3 * PACK_LIMITS.fileBytes) {
        throw new PackError([{ file: file.name, path: '', reason: `file too large: ${file.size} bytes, at most ${PACK_LIMITS.fileBytes} characters` }]);
      }
      const { pack, replaced } = await store.importFile(await file.text(), file.name);
      await packs.reload();
      packs.forget(pack.id);
      setOutcome({ kind: 'status', text: t(replaced ? 'storiesUpdated' : 'storiesImported', pack.title, pack.entities) });
    } catch (error) {
      setOutcome(failure(t('storiesImportFailed', file.name), error, file.name));
    } finally {
      setBusy(false);
    }
  };

  const act = (work: Promise<unknown>, fileName: string, done?: string) =>
    work.then(
      () => setOutcome(done ? { kind: 'status', text: done } : null),
      (error: unknown) => setOutcome(failure(t('storiesActionFailed'), error, fileName)),
    );

  const toggle = (storyId: string | null, enabled: boolean) =>
    act(store.setEnabled(storyId, enabled).then(packs.show), '');
  const remove = (pack: InstalledPack) =>
    act(
      store.remove(pack.id).then((index) => {
        packs.show(index);
        packs.forget(pack.id);
      }),
      pack.fileName,
      t('storiesRemoved', pack.title),
    );
  const exportPack = (pack: InstalledPack) =>
    act(store.exportFile(pack.id).then(({ fileName, text }) => downloadText(fileName, text)), pack.fileName);

  const titleOf = (id: string) => packs.index?.installed.find((p) => p.id === id)?.title ?? id;

  return (
    <section class="briefing-section" aria-labelledby="options-stories">
      <h2 id="options-stories">{t('storiesHeading')}</h2>
      <p class="hint">{t('storiesReloadNote')}</p>
      {packs.damaged.length > 0 ? (
        <div class="notice notice--warning" role="alert">
          <p>{t('storiesDamaged')}</p>
          <ul class="story-issues">
            {packs.damaged.map((d) => (
              <li key={d.id}>
                <strong>{titleOf(d.id)}</strong>
                <ul>{d.issues.map((issue) => <li key={issue}>{issue}</li>)}</ul>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {packs.index ? (
        <StoryList
          bundled={bundledSummary}
          bundledEnabled={packs.index.bundledEnabled}
          installed={packs.index.installed}
          onToggle={toggle}
          onExport={exportPack}
          onRemove={remove}
        />
      ) : null}
      <h3>{t('storiesImportHeading')}</h3>
      <StoryImport busy={busy} onFile={(file) => void importFile(file)} />
      {/* The status stays in the page so screen readers already watch it when the text arrives. */}
      <p role="status" class="status">{outcome?.kind === 'status' ? outcome.text : ''}</p>
      {/* An alert is announced when it is inserted, so it exists only while there is a failure to report. */}
      {outcome?.kind === 'failed' ? (
        <div class="notice notice--warning" role="alert">
          <p>{outcome.heading}</p>
          <ul class="story-issues">{outcome.issues.map((issue, i) => <li key={i}>{issue}</li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
