/**
 * Deliberately broken packs: each row mutates a deep copy of the real pack and
 * names the exact line `npm run pack` must print (file: JSON path: reason).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, PackError } from '../../../lib/pack/errors';
import type { AuthoredPack } from '../../../lib/pack/types';
import { build, loadAuthored, seeds } from './load';
import { MARKUP_REASON, MAX_ALIAS_CHARS, MAX_ENTITIES, MAX_QUOTE_CHARS, MAX_TEXT_CHARS } from '../../../lib/pack/limits';

const real = loadAuthored();
const S000 = 'seeds/000_c5139995364e84d7.txt';
const S001 = 'seeds/001_5f2293939d161d94.txt';
const idx = (list: Array<{ id: string }>, id: string): number => list.findIndex((x) => x.id === id);
const E = (id: string) => idx(real.entities, id);
const C = (id: string) => idx(real.claims, id);
// Loosely typed access for rows that break the schema on purpose.
const loose = (x: unknown) => x as Record<string, any>;

function errorsOf(mutate: (p: AuthoredPack) => void, seedFiles = seeds): string[] {
  const pack = structuredClone(real);
  mutate(pack);
  try {
    build(pack, seedFiles);
  } catch (err) {
    if (err instanceof PackError) return err.issues.map(formatIssue);
    throw err;
  }
  return [];
}

const rows: Array<[string, (p: AuthoredPack) => void, string]> = [
  ['quote not verbatim', (p) => { p.claims[0]!.citations[0]!.quote += ' (sic)'; },
    `data/claims.json: claims[0].citations[0].quote: not found verbatim in ${S000}`],
  ['quote inside furniture', (p) => { p.claims[0]!.citations[1]!.quote = 'Focus Keyword'; },
    `data/claims.json: claims[0].citations[1].quote: falls inside page furniture of ${S001}, not article text`],
  ['unknown source in a citation', (p) => { p.claims[2]!.citations[0]!.source = 's009'; },
    'data/claims.json: claims[2].citations[0].source: unknown source id "s009"'],
  ['unknown entity in a claim', (p) => { p.claims[0]!.entities.push('biden'); },
    'data/claims.json: claims[0].entities[1]: unknown entity id "biden"'],
  ['unknown speaker', (p) => { p.claims[0]!.speaker = { kind: 'person', entity: 'vance' }; },
    'data/claims.json: claims[0].speaker.entity: unknown entity id "vance"'],
  ['unknown quote speaker', (p) => { p.quotes[0]!.speaker = 'rubio'; },
    'data/quotes.json: quotes[0].speaker: unknown entity id "rubio"'],
  ['unknown source in a quote variant', (p) => { p.quotes[0]!.variants[0]!.source = 's005'; },
    'data/quotes.json: quotes[0].variants[0].source: unknown source id "s005"'],
  ['quote variant not verbatim', (p) => { p.quotes[0]!.variants[0]!.quote = 'closer than ever before'; },
    `data/quotes.json: quotes[0].variants[0].quote: not found verbatim in ${S000}`],
  ['unknown claim in the summary', (p) => { p.summary.keyPoints[1]!.claims[0] = 'no-such-claim'; },
    'data/summary.json: summary.keyPoints[1].claims[0]: unknown claim id "no-such-claim"'],
  ['summary item without claims', (p) => { p.summary.openQuestions[0]!.claims = []; },
    'data/summary.json: summary.openQuestions[0].claims: a summary item needs at least one claim'],
  ['difference backed by an agreed claim', (p) => { p.summary.differences[0]!.claims = ['trump-closer-than-ever']; },
    'data/summary.json: summary.differences[0].claims[0]: claim "trump-closer-than-ever" is agreed, not differs'],
  ['duplicate claim id', (p) => { p.claims[5]!.id = p.claims[0]!.id; },
    'data/claims.json: claims[5].id: duplicate claim id "trump-closer-than-ever"'],
  ['duplicate entity id', (p) => { p.entities[E('putin')]!.id = 'trump'; },
    `data/entities.json: entities[${E('putin')}].id: duplicate entity id "trump"`],
  ['duplicate source id', (p) => { p.sources[1]!.id = 's000'; },
    'data/sources.json: sources[1].id: duplicate source id "s000"'],
  ['duplicate quote group id', (p) => { p.quotes[1]!.id = p.quotes[0]!.id; },
    'data/quotes.json: quotes[1].id: duplicate quote group id "trump-closer-now"'],
  ['alias shared without a winner', (p) => { p.entities[E('putin')]!.aliases.push('Trump'); },
    `data/entities.json: entities[${E('putin')}].aliases[${real.entities[E('putin')]!.aliases.length}]: ` +
      'alias "Trump" is shared by "trump", "putin"; exactly one must mark wins: true (found 0)'],
  ['alias shared with two winners', (p) => {
    p.entities[E('berlin')]!.aliases = [{ text: 'Berlin talks', wins: true }];
    p.entities[E('berlin-talks')]!.aliases[0] = { text: 'Berlin Talks', wins: true };
  }, `data/entities.json: entities[${E('berlin')}].aliases[0]: ` +
      'alias "Berlin talks" is shared by "berlin", "berlin-talks"; exactly one must mark wins: true (found 2)'],
  ['alias listed twice', (p) => { p.entities[E('nato')]!.aliases.push('north atlantic treaty organization'); },
    `data/entities.json: entities[${E('nato')}].aliases[${real.entities[E('nato')]!.aliases.length}]: ` +
      'alias "north atlantic treaty organization" is listed twice for "nato"'],
  ['position not in its quote', (p) => { p.claims[C('troops-800000')]!.citations[2]!.position = 'over 800,000'; },
    `data/claims.json: claims[${C('troops-800000')}].citations[2].position: "over 800,000" is not a substring of the quote`],
  ['differsOn with a single position', (p) => {
    for (const c of p.claims[C('merz-guarantees-word')]!.citations) c.position = 'guarantees';
  }, `data/claims.json: claims[${C('merz-guarantees-word')}].differsOn: needs at least 2 distinct positions, found 1`],
  ['position without differsOn', (p) => { p.claims[0]!.citations[0]!.position = 'closer'; },
    'data/claims.json: claims[0].citations[0].position: positions are only for claims that set differsOn'],
  ['differs citation without a position', (p) => { delete p.claims[C('ratification-body')]!.citations[1]!.position; },
    `data/claims.json: claims[${C('ratification-body')}].citations[1].position: a claim that differsOn needs a position on every citation`],
  ['description claim about another entity', (p) => { p.entities[E('macron')]!.descriptionClaims = ['miami-follow-up']; },
    `data/entities.json: entities[${E('macron')}].descriptionClaims[0]: claim "miami-follow-up" is not about "macron"`],
  ['description claim unknown', (p) => { p.entities[E('macron')]!.descriptionClaims = ['macron-said-so']; },
    `data/entities.json: entities[${E('macron')}].descriptionClaims[0]: unknown claim id "macron-said-so"`],
  ['entity no seed mentions', (p) => { p.entities[E('macron')]!.aliases = ['Brigitte Macron']; },
    `data/entities.json: entities[${E('macron')}].aliases: no alias of "macron" occurs in the article text of any seed`],
  ['furniture not verbatim', (p) => { p.sources[4]!.furniture = ['Quick Reads | View All']; },
    `data/sources.json: sources[4].furniture[0]: not found verbatim in seeds/004_554afbe7b2e3713c.txt`],
  ['title not verbatim', (p) => { p.sources[0]!.title = 'Trump Declares Peace'; },
    `data/sources.json: sources[0].title: not found verbatim in ${S000}`],
  ['seed file missing', (p) => { p.sources[3]!.file = '003_missing.txt'; },
    'data/sources.json: sources[3].file: no seed file seeds/003_missing.txt'],
  ['schema: unknown entity kind', (p) => { loose(p.entities[0]).kind = 'politician'; },
    'data/entities.json: entities[0].kind: Invalid option: expected one of "person"|"place"|"organisation"|"concept"|"figure"|"document"|"event"'],
  ['schema: misspelt field', (p) => { loose(p.claims[3]).differs_on = 'word'; },
    'data/claims.json: claims[3]: Unrecognized key: "differs_on"'],
  ['schema: bad source id', (p) => { p.sources[0]!.id = 'source-0'; },
    'data/sources.json: sources[0].id: source ids look like s000'],
  ['schema: claim without citations', (p) => { p.claims[7]!.citations = []; },
    'data/claims.json: claims[7].citations: a claim needs at least one citation'],
  // Hostile or runaway content (lib/pack/limits.ts): rejected with field and reason.
  ['markup in a name', (p) => { p.entities[0]!.name = 'Zelensky <img src=x onerror=alert(1)>'; },
    `data/entities.json: entities[0].name: ${MARKUP_REASON}`],
  ['a javascript: link in a description', (p) => { p.entities[1]!.description = 'See javascript:alert(1) for more.'; },
    `data/entities.json: entities[1].description: ${MARKUP_REASON}`],
  ['markup in a claim label', (p) => { p.claims[3]!.label = '</p><script>steal()</script>'; },
    `data/claims.json: claims[3].label: ${MARKUP_REASON}`],
  ['an oversized label', (p) => { p.claims[4]!.label = 'word '.repeat(MAX_TEXT_CHARS); },
    `data/claims.json: claims[4].label: is longer than ${MAX_TEXT_CHARS} characters`],
  ['an oversized alias', (p) => { p.entities[2]!.aliases.push('x'.repeat(MAX_ALIAS_CHARS + 1)); },
    `data/entities.json: entities[2].aliases[${real.entities[2]!.aliases.length}]: an alias is longer than ${MAX_ALIAS_CHARS} characters`],
  ['an oversized quote', (p) => { p.claims[0]!.citations[0]!.quote = 'q'.repeat(MAX_QUOTE_CHARS + 1); },
    `data/claims.json: claims[0].citations[0].quote: is longer than ${MAX_QUOTE_CHARS} characters`],
  ['ten times the usual entity count', (p) => {
    const copies = Array.from({ length: 9 }, (_, n) => p.entities.map((e) => ({ ...e, id: `${e.id}-copy-${n}` })));
    p.entities.push(...copies.flat());
  }, `data/entities.json: entities: more than ${MAX_ENTITIES} entities`],
];

describe('a broken pack fails naming file, JSON path and reason', () => {
  it.each(rows)('%s', (_name, mutate, expected) => {
    expect(errorsOf(mutate)).toContain(expected);
  });

  it('fails when a seed changes, naming the source and both hashes', () => {
    const file = real.sources[2]!.file;
    const changed = { ...seeds, [file]: { text: seeds[file]!.text, sha256: 'f'.repeat(64) } };
    expect(errorsOf(() => {}, changed)).toEqual([
      `data/sources.json: sources[2].sha256: seed hash changed: seeds/${file} is ${'f'.repeat(64)}, ` +
        `the pack expects ${real.sources[2]!.sha256}`,
    ]);
  });

  it('reports every error, not just the first', () => {
    const errors = errorsOf((p) => {
      p.claims[0]!.citations[0]!.quote = 'nowhere to be found';
      p.claims[1]!.entities.push('ghost');
      p.summary.agreements[0]!.claims.push('ghost-claim');
    });
    expect(errors).toHaveLength(3);
  });

  it('lets the alias marked wins take a shared alias', () => {
    const pack = structuredClone(real);
    pack.entities[E('putin')]!.aliases.push({ text: 'Trump', wins: false });
    pack.entities[E('trump')]!.aliases = pack.entities[E('trump')]!.aliases.map((a) =>
      a === 'Trump' ? { text: 'Trump', wins: true } : a,
    );
    const compiled = build(pack);
    const aliasesOf = (id: string) => compiled.entities.find((e) => e.id === id)!.aliases.map((a) => a.text);
    expect(aliasesOf('trump')).toContain('Trump');
    expect(aliasesOf('putin')).not.toContain('Trump');
  });

  it('compiles the real pack without errors', () => {
    expect(errorsOf(() => {})).toEqual([]);
  });
});

