/**
 * The permissions the README explains: the backticked names in the first
 * column of the table under the heading `PERMISSIONS_HEADING`, each row
 * with a non-empty reason.
 */
export const PERMISSIONS_HEADING = '### Permissions and why';

export function justifiedPermissions(readme: string): Set<string> {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === PERMISSIONS_HEADING);
  const justified = new Set<string>();
  if (start < 0) return justified;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    const cells = line.split('|').map((c) => c.trim());
    // | `name` | why |  →  ['', '`name`', 'why', '']
    if (cells.length < 4 || !cells[2] || /^-+$/.test(cells[2])) continue;
    for (const [, name] of cells[1]!.matchAll(/`([^`]+)`/g)) justified.add(name!);
  }
  return justified;
}
