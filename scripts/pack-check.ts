/**
 * `npm run pack:check -- <pack dir | file.backstory.json> [--texts DIR]`:
 * validates a pack and prints each problem as `file: JSON path: reason`.
 * Exit 1 on any error.
 */
import { PackError, formatIssue } from '../lib/pack/errors';
import { parseArgs } from './packs/args';
import { openPack } from './packs/open-pack';

function main(): number {
  const { positional, flags } = parseArgs(process.argv.slice(2));
  const target = positional[0];
  if (!target) {
    console.error('usage: npm run pack:check -- <pack dir | file.backstory.json> [--texts DIR]');
    return 2;
  }
  try {
    const { loaded } = openPack(target, flags.texts);
    const { pack, story } = loaded;
    const cited = pack.claims.reduce((n, c) => n + c.citations.length, 0);
    console.log(
      `${target}: ok — "${story.title}" (${story.id}): ${pack.sources.length} sources, ` +
        `${pack.entities.length} entities, ${pack.claims.length} claims (${cited} citations re-checked), ` +
        `${pack.quotes.length} quote groups`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    for (const issue of err.issues) console.error(formatIssue(issue));
    console.error(`\n${err.issues.length} error(s): the pack is rejected whole.`);
    return 1;
  }
}

process.exitCode = main();
