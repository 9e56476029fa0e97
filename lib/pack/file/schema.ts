/**
 * The pack file (`*.backstory.json`): one document holding a whole story. Built
 * from the same zod schemas as the authored `data/*.json`, so a pack file is
 * the authored pack plus each source's full text and a small header.
 * `npm run pack:schema` turns this definition into docs/pack-format.schema.json.
 */
import { z } from 'zod';
import { claimSchema, entitySchema, quoteGroupSchema, relevanceSchema, sourceSchema, summarySchema } from '../schema';
import { PACK_LIMITS } from './limits';

export const PACK_FORMAT = 'backstory-pack';
/** The only version this code reads. A new version is a breaking change of meaning. */
export const PACK_VERSION = 1;

export const storySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'story ids are lower-case kebab-case').max(80),
  title: z.string().trim().min(1, 'must not be empty').max(200),
  /** BCP 47 tag of the curator's own text (labels, descriptions). */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en"'),
});

export const packSourceSchema = sourceSchema.extend({
  /** The article's full text, exactly as the sha256 was taken of its UTF-8 bytes. */
  text: z.string().min(1, 'must not be empty').max(PACK_LIMITS.sourceTextChars),
});

export const packFileSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  story: storySchema,
  sources: z.array(packSourceSchema).min(1, 'a pack needs at least one source').max(PACK_LIMITS.sources),
  entities: z.array(entitySchema).max(PACK_LIMITS.entities),
  claims: z.array(claimSchema).max(PACK_LIMITS.claims),
  quotes: z.array(quoteGroupSchema),
  summary: summarySchema,
  relevance: relevanceSchema,
});

export type PackFile = z.infer<typeof packFileSchema>;
export type PackStory = z.infer<typeof storySchema>;
export type PackSource = z.infer<typeof packSourceSchema>;

/** Header read before anything else, so a future version is refused by name, not by 50 errors. */
export const headerSchema = z.object({
  format: z.literal(PACK_FORMAT, { error: `must be "${PACK_FORMAT}": this is not a Backstory pack file` }),
  version: z.number({ error: 'must be a number' }).int('must be a whole number'),
});
