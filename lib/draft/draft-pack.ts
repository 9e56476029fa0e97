/**
 * draftPack: a folder's articles → a draft authored pack and what the curator
 * must decide. Pure: the caller reads the files and supplies the hash function.
 */
import type { AuthoredClaim, AuthoredEntity, AuthoredPack, AuthoredRelevance, AuthoredSource, AuthoredSummary } from '../pack/types';
import { alignSentences, DEFAULT_ALIGN, type AlignOptions } from './align';
import { draftClaims } from './claims';
import { DEFAULT_CONCEPTS, recurringConcepts } from './concepts';
import { countedThings } from './counted';
import { draftEntities, dropShadowed } from './entities';
import { groupNames } from './merge';
import { nameCompounds } from './name-compounds';
import { nameMentions } from './names';
import { parseArticle } from './parse-text';
import { recurringFigures, recurringPhrases } from './phrases';
import { withModifiedForms } from './variants';
import { findAttributions, findDate, findTitle } from './source-meta';
import type { Article, DraftClaim, DraftEntity } from './types';

export interface Draft {
  pack: AuthoredPack;
  entities: DraftEntity[];
  claims: DraftClaim[];
  /** Entities dropped because no sentence could back a description. */
  dropped: string[];
}

export function draftPack(articles: Article[], sha256: (text: string) => string, align: AlignOptions = DEFAULT_ALIGN): Draft {
  const parsed = articles.map(parseArticle);
  const names = groupNames(parsed.flatMap(nameMentions));
  const phrases = [...withModifiedForms([...recurringPhrases(parsed), ...recurringConcepts(parsed)], parsed), ...recurringFigures(parsed), ...countedThings(parsed),
    ...nameCompounds(parsed, DEFAULT_CONCEPTS.minRank)];
  const { kept: candidates, shadowed } = dropShadowed(draftEntities(names, phrases, articles), articles);
  const sentences = parsed.flatMap((p) => p.sentences);
  const claims = draftClaims(alignSentences(sentences, align), sentences, candidates);
  const entities = candidates.filter((e) => claims.some((c) => c.entities.includes(e.id)));
  const dropped = [...shadowed, ...candidates.filter((e) => !entities.includes(e)).map((e) => e.name)];
  const pack: AuthoredPack = {
    sources: articles.map((a) => draftSource(a, sha256)),
    entities: entities.map((e) => toAuthoredEntity(e, claims)),
    claims: claims.map(toAuthoredClaim),
    quotes: [],
    summary: draftSummary(claims),
    relevance: draftRelevance(entities, articles.length),
  };
  return { pack, entities, claims, dropped };
}

function draftSource(a: Article, sha256: (text: string) => string): AuthoredSource {
  return {
    id: a.id, file: a.file, sha256: sha256(a.text), title: findTitle(a.text), date: findDate(a.text),
    style: 'news-report', lang: 'en', attributions: findAttributions(a.text), furniture: [],
  };
}

function toAuthoredEntity(e: DraftEntity, claims: DraftClaim[]): AuthoredEntity {
  const backing = claims.filter((c) => c.entities.includes(e.id)).sort((a, b) => b.citations.length - a.citations.length);
  return {
    id: e.id, kind: e.kind, name: e.name,
    description: `DRAFT: describe ${e.name} in one sentence of your own, backed by the claims listed.`,
    descriptionClaims: [backing[0]!.id],
    aliases: e.aliases,
  };
}

function toAuthoredClaim(c: DraftClaim): AuthoredClaim {
  return {
    id: c.id, label: c.label, entities: c.entities, speaker: { kind: 'narration' }, citations: c.citations,
    ...(c.differsOn ? { differsOn: c.differsOn } : {}),
  };
}

/** Most-cited claims become the skeleton; the curator rewrites every label. */
function draftSummary(claims: DraftClaim[]): AuthoredSummary {
  const ranked = [...claims].sort((a, b) => b.citations.length - a.citations.length);
  const item = (c: DraftClaim) => ({ label: c.label, claims: [c.id] });
  const multi = ranked.filter((c) => c.citations.length >= 2);
  return {
    headline: item(ranked[0]!),
    keyPoints: multi.slice(1, 6).map(item),
    agreements: multi.filter((c) => !c.differsOn).slice(0, 5).map(item),
    differences: multi.filter((c) => c.differsOn).map(item),
    openQuestions: [],
  };
}

/** Entities most sources name weigh more and anchor the story; every number here is a curator's decision. */
function draftRelevance(entities: DraftEntity[], sourceCount: number): AuthoredRelevance {
  const core = (e: DraftEntity) => e.sourceIds.length * 2 > sourceCount;
  return {
    threshold: { value: 3, reason: 'DRAFT: a page naming about two core entities is on topic; tune on real pages.' },
    aliasFactors: { ambiguous: 0.5, lookalike: 0.5, reason: 'DRAFT: ambiguous and lookalike matches count half.' },
    close: { windowChars: 200, factor: 1.5, reason: 'DRAFT: entities named close together are stronger evidence.' },
    anchors: {
      entities: entities.filter((e) => core(e) && e.kind !== 'place').slice(0, 5).map((e) => e.id),
      reason: 'DRAFT: the non-place entities most sources name.',
    },
    confirm: { points: 2, reason: 'DRAFT: a bare lookalike needs a second story entity nearby.' },
    tiers: [
      { id: 'core', weight: 2, reason: 'DRAFT: named by more than half of the sources.' },
      { id: 'context', weight: 1, reason: 'DRAFT: named by fewer sources.' },
    ],
    entities: Object.fromEntries(entities.map((e) => [e.id, core(e) ? 'core' : 'context'])),
  };
}
