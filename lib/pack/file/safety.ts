/**
 * Text-field safety rules that a JSON Schema cannot state well: no markup and
 * no `javascript:` URLs in any string, and a length ceiling on every string.
 * The UI renders text as text, but a pack that carries markup is a sign of a
 * hostile or broken file, so it is refused rather than trusted to stay inert.
 */
import { formatPath } from '../errors';
import { PACK_LIMITS } from './limits';

export interface SafetyIssue {
  path: string;
  reason: string;
}

/** An HTML tag, comment or doctype opening: `<b`, `</p`, `<!--`, `<?`. Plain "a < b" passes. */
const MARKUP = /<\s*[/!?]?\s*[a-z]/i;
/** Scheme URLs that run code, with the spacing tricks browsers tolerate. */
const SCRIPT_URL = /(?:java|vb)\s*script\s*:|data\s*:\s*text\/html/i;

export function textProblem(value: string, maxChars: number): string | null {
  if (value.length > maxChars) return `too long: ${value.length} characters, at most ${maxChars}`;
  if (SCRIPT_URL.test(value)) return 'contains a script URL (javascript:, vbscript: or data:text/html)';
  if (MARKUP.test(value)) return 'contains markup (an HTML tag or comment); text fields are plain text';
  return null;
}

/** Walks every string of the parsed file; a source's `text` gets the larger ceiling. */
export function checkStrings(value: unknown): SafetyIssue[] {
  const issues: SafetyIssue[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (typeof node === 'string') {
      const isSourceText = path.length === 3 && path[0] === 'sources' && path[2] === 'text';
      const problem = textProblem(node, isSourceText ? PACK_LIMITS.sourceTextChars : PACK_LIMITS.fieldChars);
      if (problem) issues.push({ path: formatPath(path), reason: problem });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        const keyProblem = textProblem(key, 200);
        if (keyProblem) issues.push({ path: formatPath([...path, key]), reason: `key ${keyProblem}` });
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return issues;
}
