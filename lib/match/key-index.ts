/**
 * The aliases' canonical keys, sorted, searched one character at a time.
 *
 * Every key in a range [lo, hi) shares its first `depth` characters, so the
 * next character narrows the range with two binary searches over one
 * `charCodeAt` each: no RegExp to compile on page load, no trie to build.
 * Keys sort by UTF-16 code units (`Array.prototype.sort`'s order), which is
 * the order these searches assume.
 *
 * Pure: no DOM, no browser.*.
 */

export interface KeyRange {
  lo: number;
  hi: number;
}

/** The code unit at `depth`, or -1 past the key's end (shorter keys sort first). */
const unitAt = (key: string, depth: number) => (depth < key.length ? key.charCodeAt(depth) : -1);

/** Narrows `range` (keys sharing `depth` characters) to the keys whose next unit is `unit`. */
export function narrow(keys: readonly string[], range: KeyRange, depth: number, unit: number): void {
  let lo = range.lo;
  let hi = range.hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (unitAt(keys[mid]!, depth) < unit) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = range.hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (unitAt(keys[mid]!, depth) <= unit) lo = mid + 1;
    else hi = mid;
  }
  range.lo = first;
  range.hi = lo;
}

/** True when some key starts with `prefix`. */
export function hasPrefix(keys: readonly string[], prefix: string): boolean {
  const range = { lo: 0, hi: keys.length };
  for (let d = 0; d < prefix.length && range.lo < range.hi; d++) narrow(keys, range, d, prefix.charCodeAt(d));
  return range.lo < range.hi;
}

/** Sorted, without duplicates. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)].sort();
}
