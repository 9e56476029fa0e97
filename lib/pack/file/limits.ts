/**
 * Size limits of a pack file. A pack arrives from anywhere (a download, a
 * colleague), so every string has a ceiling that a real story stays far under
 * while a hostile file cannot make the extension hold megabytes per field.
 */
export const PACK_LIMITS = {
  /** Whole file: five long articles plus the pack are about 150 KB; 5 MB leaves room for 100 sources. */
  fileBytes: 5_000_000,
  /** One article's full text: a long feature is 60,000 characters. */
  sourceTextChars: 200_000,
  /** Any other string (labels, descriptions, quotes, aliases). */
  fieldChars: 4_000,
  sources: 100,
  entities: 1_000,
  claims: 2_000,
} as const;
