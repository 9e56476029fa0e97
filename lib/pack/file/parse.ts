/**
 * Reading a pack file: size, JSON, header (format and version), string safety,
 * then the schema. Pure: the caller hands in the file's text. Every problem is
 * collected, and any problem rejects the whole file.
 */
import { PackError, formatPath, type PackIssue } from '../errors';
import { PACK_LIMITS } from './limits';
import { checkStrings } from './safety';
import { PACK_VERSION, headerSchema, packFileSchema, type PackFile } from './schema';

export function parsePackFile(text: string, fileName: string): PackFile {
  const issue = (path: string, reason: string): PackIssue => ({ file: fileName, path, reason });
  // Characters, not bytes: a cheap bound that needs no encoder; bytes ≥ characters.
  if (text.length > PACK_LIMITS.fileBytes) {
    throw new PackError([issue('', `file too large: ${text.length} characters, at most ${PACK_LIMITS.fileBytes}`)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PackError([issue('', `malformed JSON: ${err instanceof Error ? err.message : String(err)}`)]);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new PackError([issue('', 'a pack file is one JSON object')]);
  }
  const header = headerSchema.safeParse(json);
  if (!header.success) {
    throw new PackError(header.error.issues.map((i) => issue(formatPath(i.path), i.message)));
  }
  const { version } = header.data;
  if (version !== PACK_VERSION) {
    const why = version > PACK_VERSION
      ? `pack format version ${version} is newer than this Backstory reads (version ${PACK_VERSION}): update Backstory to open it`
      : `unknown pack format version ${version}: this Backstory reads version ${PACK_VERSION}`;
    throw new PackError([issue('version', why)]);
  }
  const issues: PackIssue[] = checkStrings(json).map((s) => issue(s.path, s.reason));
  const parsed = packFileSchema.safeParse(json);
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push(issue(formatPath(i.path), i.message));
  }
  if (issues.length > 0 || !parsed.success) throw new PackError(issues);
  return parsed.data;
}
