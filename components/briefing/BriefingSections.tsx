import type { ComponentChildren } from 'preact';
import type { CompiledPack } from '../../lib/pack/types';
import { t } from '../../lib/i18n';
import { CollapsibleSection } from './CollapsibleSection';
import { Differences } from './Differences';
import { quotesBySpeaker } from './model';
import type { SectionId, SectionState } from './sections';
import { SourceList } from './SourceList';
import { SummaryList } from './SummaryList';
import { WhoSaidWhat } from './WhoSaidWhat';

interface Props {
  pack: CompiledPack;
  sections: SectionState;
  onToggle: (id: SectionId, open: boolean) => void;
}

/** Everything below the briefing's first screen, each section collapsible; empty ones are left out. */
export function BriefingSections({ pack, sections, onToggle }: Props) {
  const { summary } = pack;
  const section = (id: SectionId, domId: string, title: string, count: number, body: () => ComponentChildren) =>
    count > 0 ? (
      <CollapsibleSection id={domId} title={title} count={count} open={sections[id]} onToggle={(open) => onToggle(id, open)}>
        {sections[id] ? body() : null}
      </CollapsibleSection>
    ) : null;

  return (
    <>
      {section('agreements', 'briefing-agreements', t('briefingAgreements'), summary.agreements.length, () => (
        <SummaryList pack={pack} items={summary.agreements} />
      ))}
      {section('differences', 'briefing-differences', t('briefingDifferences'), summary.differences.length, () => (
        <Differences pack={pack} items={summary.differences} />
      ))}
      {section('openQuestions', 'briefing-open-questions', t('briefingOpenQuestions'), summary.openQuestions.length, () => (
        <SummaryList pack={pack} items={summary.openQuestions} />
      ))}
      {section('whoSaidWhat', 'briefing-who-said-what', t('briefingWhoSaidWhat'), quotesBySpeaker(pack).length, () => (
        <WhoSaidWhat pack={pack} />
      ))}
      {section('sources', 'briefing-sources', t('briefingSources'), pack.sources.length, () => <SourceList pack={pack} />)}
    </>
  );
}
