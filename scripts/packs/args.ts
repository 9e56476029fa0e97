/** Tiny argv reader for the pack commands: positionals and `--name value` flags. */
export interface Args {
  positional: string[];
  flags: Record<string, string>;
}

export function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const next = argv[i + 1];
      flags[arg.slice(2)] = next !== undefined && !next.startsWith('--') ? (i++, next) : 'true';
    } else positional.push(arg);
  }
  return { positional, flags };
}
