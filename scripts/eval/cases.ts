/**
 * A labelled page set for `npm run eval`: each case is `<name>.html` plus
 * `<name>.json` beside it (format in docs/eval.md). Labels are checked here
 * so a typo in an entity id fails with the file and field, not as a wrong score.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CaseLabels {
  /** BCP 47 language of the page ("de"). */
  lang: string;
  onTopic: boolean;
  /** Story entities the page names in the story's sense: on an on-topic page each must be highlighted. */
  entities: string[];
  /** Entities whose words appear but mean something else: never highlighted. */
  lookalikes: string[];
  note?: string;
}

export interface EvalCase {
  /** Path of the page under the set's folder, with forward slashes ("de/wire-brief.html"). */
  page: string;
  labels: CaseLabels;
}

export class LabelError extends Error {}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const stringList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads and checks every case under `dir`; `knownEntities` are the pack's entity ids. */
export function loadCases(dir: string, knownEntities: ReadonlySet<string>): EvalCase[] {
  if (!existsSync(dir)) throw new LabelError(`${dir}: no such folder`);
  const problems: string[] = [];
  const cases: EvalCase[] = [];
  for (const file of walk(dir).filter((f) => f.endsWith('.json')).sort()) {
    const name = relative(dir, file).split('\\').join('/');
    const page = name.replace(/\.json$/, '.html');
    if (!existsSync(join(dir, page))) {
      problems.push(`${name}: no page ${page} beside it`);
      continue;
    }
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      problems.push(`${name}: not JSON (${(err as Error).message})`);
      continue;
    }
    const bad = (field: string, reason: string) => problems.push(`${name}: ${field}: ${reason}`);
    if (typeof raw.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(raw.lang)) bad('lang', 'must be a language tag such as "de"');
    if (typeof raw.onTopic !== 'boolean') bad('onTopic', 'must be true or false');
    const lookalikes = raw.lookalikes ?? [];
    if (!stringList(raw.entities)) bad('entities', 'must be a list of entity ids');
    if (!stringList(lookalikes)) bad('lookalikes', 'must be a list of entity ids');
    const ids = [...(stringList(raw.entities) ? (raw.entities as string[]) : []), ...(stringList(lookalikes) ? (lookalikes as string[]) : [])];
    for (const id of ids) if (!knownEntities.has(id)) bad('entities', `unknown entity id "${id}"`);
    cases.push({
      page,
      labels: {
        lang: String(raw.lang),
        onTopic: raw.onTopic === true,
        entities: stringList(raw.entities) ? (raw.entities as string[]) : [],
        lookalikes: stringList(lookalikes) ? (lookalikes as string[]) : [],
        ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
      },
    });
  }
  if (problems.length) throw new LabelError(problems.join('\n'));
  if (cases.length === 0) throw new LabelError(`${dir}: no labelled pages (<name>.json beside <name>.html)`);
  return cases;
}
