/**
 * Runtime schemas for the authored files in `data/`. Each file is an object with
 * one key named after its part of the pack (`{ "claims": [...] }`), so a JSON path
 * in an error reads the same in the file and in `AuthoredPack`.
 */
import { z } from 'zod';
import type {
  AuthoredClaim,
  AuthoredEntity,
  AuthoredPack,
  AuthoredQuoteGroup,
  AuthoredRelevance,
  AuthoredSource,
  AuthoredSummary,
} from './types';
import { ENDING_SET_NAMES, type EndingSetName } from '../match/endings';
import { PACK_FILES, PackError, formatPath, type PackFileKey, type PackIssue } from './errors';
import { MARKUP, MARKUP_REASON, MAX_ALIAS_CHARS, MAX_ALIASES_PER_ENTITY, MAX_CLAIMS, MAX_ENTITIES, MAX_QUOTE_CHARS, MAX_TEXT_CHARS } from './limits';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case kebab-case');
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT_CHARS, `is longer than ${MAX_TEXT_CHARS} characters`)
  .refine((s) => !MARKUP.test(s), MARKUP_REASON);
const aliasText = text.refine((s) => s.length <= MAX_ALIAS_CHARS, `an alias is longer than ${MAX_ALIAS_CHARS} characters`);
/** Verbatim text is checked against the seeds later; here it only has to be non-blank. */
const verbatim = z
  .string()
  .refine((s) => s.trim().length > 0, 'must not be blank')
  .refine((s) => s.length <= MAX_QUOTE_CHARS, `is longer than ${MAX_QUOTE_CHARS} characters`);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

export const sourceSchema = z.strictObject({
  id: z.string().regex(/^s\d{3}$/, 'source ids look like s000'),
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a .txt file name inside seeds/'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits'),
  title: verbatim.nullable(),
  date: z.strictObject({
    text: verbatim.nullable(),
    kind: z.enum(['dateline', 'page-date', 'metadata-line', 'none']),
    iso: isoDate.nullable(),
    note: text.optional(),
  }),
  style: z.enum(['wire-rewrite', 'seo-blog-draft', 'tabloid', 'news-report', 'aggregator-rewrite']),
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en"'),
  attributions: z.array(verbatim),
  furniture: z.array(verbatim),
}) satisfies z.ZodType<AuthoredSource>;

const aliasSchema = z.union([
  aliasText,
  z.strictObject({
    text: aliasText,
    caseSensitive: z.boolean().optional(),
    ambiguous: z.boolean().optional(),
    wins: z.boolean().optional(),
    endings: z.enum(ENDING_SET_NAMES as [EndingSetName, ...EndingSetName[]]).optional(),
    lookalike: z.boolean().optional(),
  }),
]);

export const entitySchema = z.strictObject({
  id,
  kind: z.enum(['person', 'place', 'organisation', 'concept', 'figure', 'document', 'event']),
  name: text,
  description: text,
  descriptionClaims: z.array(id).min(1, 'a description needs at least one claim behind it'),
  aliases: z.array(aliasSchema).min(1, 'an entity needs at least one alias').max(MAX_ALIASES_PER_ENTITY, `more than ${MAX_ALIASES_PER_ENTITY} aliases`),
  notMatching: z.array(text).optional(),
  everyday: z.boolean().optional(),
}) satisfies z.ZodType<AuthoredEntity>;

const citationSchema = z.strictObject({
  source: z.string(),
  quote: verbatim,
  position: verbatim.optional(),
});

const speakerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('person'), entity: id }),
  z.strictObject({ kind: z.literal('official'), label: text }),
  z.strictObject({ kind: z.literal('narration') }),
]);

export const claimSchema = z.strictObject({
  id,
  label: text,
  entities: z.array(id),
  speaker: speakerSchema,
  citations: z.array(citationSchema).min(1, 'a claim needs at least one citation'),
  differsOn: z.enum(['number', 'word', 'date', 'person', 'substance']).optional(),
}) satisfies z.ZodType<AuthoredClaim>;

export const quoteGroupSchema = z.strictObject({
  id,
  speaker: id,
  label: text,
  variants: z
    .array(z.strictObject({ source: z.string(), quote: verbatim }))
    .min(1, 'a quote group needs at least one variant'),
}) satisfies z.ZodType<AuthoredQuoteGroup>;

/** Empty claim lists are caught here: every summary line must be backed by claims. */
const summaryItemSchema = z.strictObject({
  label: text,
  claims: z.array(id).min(1, 'a summary item needs at least one claim'),
});

export const summarySchema = z.strictObject({
  headline: summaryItemSchema,
  keyPoints: z.array(summaryItemSchema),
  agreements: z.array(summaryItemSchema),
  differences: z.array(summaryItemSchema),
  openQuestions: z.array(summaryItemSchema),
}) satisfies z.ZodType<AuthoredSummary>;

const weight = z.number().finite().min(0, 'must be 0 or more');
const factor = z.number().finite().min(0, 'must be 0 or more').max(1, 'must be at most 1: weaker evidence, never stronger');

export const relevanceSchema = z.strictObject({
  threshold: z.strictObject({ value: z.number().finite().positive('must be above 0'), reason: text }),
  aliasFactors: z.strictObject({ ambiguous: factor, lookalike: factor, reason: text }),
  close: z.strictObject({
    windowChars: z.number().int().positive('must be a positive whole number'),
    factor: z.number().finite().min(1, 'must be at least 1: closeness adds evidence'),
    reason: text,
  }),
  anchors: z.strictObject({ entities: z.array(id), reason: text }),
  confirm: z.strictObject({ points: weight, reason: text }),
  tiers: z.array(z.strictObject({ id, weight, reason: text })).min(1, 'at least one tier'),
  entities: z.record(id, id),
}) satisfies z.ZodType<AuthoredRelevance>;

const fileSchemas = {
  sources: z.strictObject({ sources: z.array(sourceSchema) }),
  entities: z.strictObject({ entities: z.array(entitySchema).max(MAX_ENTITIES, `more than ${MAX_ENTITIES} entities`) }),
  claims: z.strictObject({ claims: z.array(claimSchema).max(MAX_CLAIMS, `more than ${MAX_CLAIMS} claims`) }),
  quotes: z.strictObject({ quotes: z.array(quoteGroupSchema) }),
  summary: z.strictObject({ summary: summarySchema }),
  relevance: z.strictObject({ relevance: relevanceSchema }),
} as const;

export const PACK_FILE_KEYS = Object.keys(fileSchemas) as PackFileKey[];

/**
 * Validates the parsed JSON of each authored file. Returns the typed pack, or
 * throws a PackError listing every problem in every file.
 */
export function parseAuthoredPack(files: Record<PackFileKey, unknown>): AuthoredPack {
  const issues: PackIssue[] = [];
  const parsed: Partial<Record<PackFileKey, unknown>> = {};
  for (const key of PACK_FILE_KEYS) {
    const result = fileSchemas[key].safeParse(files[key]);
    if (result.success) {
      parsed[key] = (result.data as Record<string, unknown>)[key];
      continue;
    }
    for (const issue of result.error.issues) {
      issues.push({ file: PACK_FILES[key], path: formatPath(issue.path), reason: issue.message });
    }
  }
  if (issues.length > 0) throw new PackError(issues);
  return parsed as unknown as AuthoredPack;
}
