/** `npm run pack:check` on a broken file: exit 1, one `file: path: reason` line per problem, on stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/pack-io';

const run = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/pack-check.ts'), file], { encoding: 'utf8', cwd: ROOT });

describe('pack:check', () => {
  it('exits 0 on the committed second story', () => {
    const result = run(join(ROOT, 'tests/fixtures/second-story/tram.backstory.json'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ok');
  });

  it('exits 1 and names field, path and reason of a bad citation', () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/second-story/tram.backstory.json'), 'utf8'));
    pack.claims[0].citations[0].quote = 'a sentence no article has';
    const file = join(mkdtempSync(join(tmpdir(), 'pack-check-')), 'bad.backstory.json');
    writeFileSync(file, JSON.stringify(pack));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}: claims[0].citations[0].quote: not found verbatim in the text of 01-brackenford-courier.txt`);
  });
});
