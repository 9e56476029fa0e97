/**
 * `npm run pack:bundle -- <pack dir> --out <file>.backstory.json [--texts DIR]`:
 * makes the importable pack file from a directory, after the same checks as
 * pack:check. Nothing is written when the pack has an error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PackError, formatIssue } from '../lib/pack/errors';
import { parseArgs } from './packs/args';
import { openPack } from './packs/open-pack';

function main(): number {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const dir = positional[0];
  const out = flags.out;
  if (!dir || !out || !out.endsWith('.backstory.json')) {
    console.error('usage: npm run pack:bundle -- <pack dir> --out <file>.backstory.json [--texts DIR]');
    return 2;
  }
  try {
    const { text, loaded } = openPack(dir, flags.texts);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`${out}: "${loaded.story.title}", ${loaded.pack.sources.length} sources, ${Buffer.byteLength(text)} bytes`);
    return 0;
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    for (const issue of err.issues) console.error(formatIssue(issue));
    console.error(`\n${err.issues.length} error(s); ${out} not written.`);
    return 1;
  }
}

process.exitCode = main();
