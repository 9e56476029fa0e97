/**
 * Each rule of the pack-file format, broken once: the row names the exact
 * `file: JSON path: reason` line the importer and `pack:check` print.
 * The base is the Berlin story bundled from data/ + seeds/.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/matcher';
import { PackError, formatIssue } from '../../../lib/pack/errors';
import { loadPackFile } from '../../../lib/pack/file/load';
import { readPackDir, sha256Hex } from '../../../scripts/packs/pack-dir';
import { ROOT } from '../../../scripts/pack-io';

const NAME = 'berlin.backstory.json';
const base = readPackDir(`${ROOT}/data`, `${ROOT}/seeds`);
// Loosely typed access: rows break the shape on purpose.
type Loose = Record<string, any>;

function errorsOfText(text: string): string[] {
  try {
    loadPackFile(text, NAME, { makeMatcher: compileMatcher, sha256: sha256Hex });
  } catch (err) {
    if (err instanceof PackError) return err.issues.map(formatIssue);
    throw err;
  }
  return [];
}

function errorsOf(mutate: (p: Loose) => void): string[] {
  const pack = structuredClone(base) as Loose;
  mutate(pack);
  return errorsOfText(JSON.stringify(pack));
}

const rows: Array<[string, (p: Loose) => void, string]> = [
  ['missing field', (p) => { delete p.story; }, `${NAME}: story: Invalid input: expected object, received undefined`],
  ['wrong type', (p) => { p.entities[0].aliases = 'Trump'; }, `${NAME}: entities[0].aliases: Invalid input: expected array, received string`],
  ['unknown future version', (p) => { p.version = 2; },
    `${NAME}: version: pack format version 2 is newer than this Backstory reads (version 1): update Backstory to open it`],
  ['unknown old version', (p) => { p.version = 0; }, `${NAME}: version: unknown pack format version 0: this Backstory reads version 1`],
  ['not a pack file', (p) => { p.format = 'other'; }, `${NAME}: format: must be "backstory-pack": this is not a Backstory pack file`],
  ['unknown key', (p) => { p.extra = 1; }, `${NAME}: Unrecognized key: "extra"`],
  ['citation not verbatim in its source', (p) => { p.claims[0].citations[0].quote += ' (sic)'; },
    `${NAME}: claims[0].citations[0].quote: not found verbatim in the text of 000_c5139995364e84d7.txt`],
  ['source text edited after bundling', (p) => { p.sources[2].text += ' '; },
    `${NAME}: sources[2].sha256: seed hash changed: the text of 002_abc2bdcd74e80230.txt is ${sha256Hex(
      (base as Loose).sources[2].text + ' ')}, the pack expects ${(base as Loose).sources[2].sha256}`],
  ['duplicate entity id', (p) => { p.entities[1].id = p.entities[0].id; }, `${NAME}: entities[1].id: duplicate entity id "trump"`],
  ['duplicate claim id', (p) => { p.claims[1].id = p.claims[0].id; }, `${NAME}: claims[1].id: duplicate claim id "${(base as Loose).claims[0].id}"`],
  ['dangling entity reference', (p) => { p.claims[0].entities.push('biden'); }, `${NAME}: claims[0].entities[1]: unknown entity id "biden"`],
  ['oversized string', (p) => { p.entities[0].description = 'x'.repeat(4001); },
    `${NAME}: entities[0].description: too long: 4001 characters, at most 4000`],
  ['markup in a text field', (p) => { p.claims[0].label = 'Trump <b>says</b>'; },
    `${NAME}: claims[0].label: contains markup (an HTML tag or comment); text fields are plain text`],
  ['javascript: URL in a text field', (p) => { p.entities[0].description = 'See JavaScript :alert(1)'; },
    `${NAME}: entities[0].description: contains a script URL (javascript:, vbscript: or data:text/html)`],
  ['markup in a source text', (p) => { p.sources[0].text = '<script>x</script>' + p.sources[0].text; },
    `${NAME}: sources[0].text: contains markup (an HTML tag or comment); text fields are plain text`],
];

describe('a broken pack file is refused with file, JSON path and reason', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toContain(expected);
  });

  it('malformed JSON', () => {
    const [line] = errorsOfText('{"format": "backstory-pack",');
    expect(line).toMatch(new RegExp(`^${NAME}: malformed JSON: `));
  });

  it('a file that is not an object', () => {
    expect(errorsOfText('[1, 2]')).toEqual([`${NAME}: a pack file is one JSON object`]);
  });

  it('a plain "<" in text is not markup', () => {
    expect(errorsOf((p) => { p.claims[0].label = 'Fewer than 5 < 6 issues'; })).toEqual([]);
  });

  it('the intact bundle loads', () => {
    expect(errorsOf(() => {})).toEqual([]);
  });
});
