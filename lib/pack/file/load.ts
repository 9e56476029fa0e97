/**
 * loadPackFile: the text of a `*.backstory.json` → the same CompiledPack the
 * extension builds in today. Parsing, then the full compile: every citation,
 * title, date and attribution re-checked against the source texts inside the
 * file. Throws one PackError naming the file, JSON path and reason of each problem.
 */
import { compilePack, type MatcherFactory, type SeedFile } from '../compile';
import { PackError } from '../errors';
import type { AuthoredPack, AuthoredSource, CompiledPack } from '../types';
import { parsePackFile } from './parse';
import type { PackFile, PackStory } from './schema';

export interface LoadOptions {
  makeMatcher: MatcherFactory;
  /**
   * SHA-256 (hex) of a text's UTF-8 bytes. Node passes one and so checks each
   * source's `sha256`; without it the hash is not checked (the text travels
   * inside the file, so the hash only guards edits made after bundling).
   */
  sha256?: (text: string) => string;
}

export interface LoadedPack {
  story: PackStory;
  pack: CompiledPack;
}

export function loadPackFile(text: string, fileName: string, options: LoadOptions): LoadedPack {
  const file = parsePackFile(text, fileName);
  return { story: file.story, pack: compilePackFile(file, fileName, options) };
}

export function compilePackFile(file: PackFile, fileName: string, options: LoadOptions): CompiledPack {
  const seeds: Record<string, SeedFile> = {};
  for (const s of file.sources) {
    seeds[s.file] = { text: s.text, sha256: options.sha256 ? options.sha256(s.text) : s.sha256 };
  }
  try {
    return compilePack(authoredOf(file), seeds, options.makeMatcher);
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    // Compile names data/*.json and seeds/; in a pack file both live in the one file.
    throw new PackError(err.issues.map((i) => ({
      file: fileName,
      path: i.path,
      reason: i.reason.replace(/seeds\/([\w.-]+)/g, 'the text of $1'),
    })));
  }
}

/** The pack file minus texts and header: what `data/*.json` would hold. */
export function authoredOf(file: PackFile): AuthoredPack {
  const sources: AuthoredSource[] = file.sources.map(({ text: _text, ...source }) => source);
  return {
    sources,
    entities: file.entities,
    claims: file.claims,
    quotes: file.quotes,
    summary: file.summary,
    relevance: file.relevance,
  };
}
