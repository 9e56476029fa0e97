/**
 * No code that ships may turn a string into markup or code: every text the
 * panel, popup and page code show goes through Preact's text nodes or
 * `textContent`. This reads the shipped source folders and fails on any
 * HTML or code sink, naming file and line. (Preact's own sink is removed at
 * build time: scripts/vite/no-raw-html.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SHIPPED = ['components', 'entrypoints', 'lib', 'page'];
const SINKS: Array<[RegExp, string]> = [
  [/\.(inner|outer)HTML\b/, 'innerHTML/outerHTML'],
  [/insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe/, 'an HTML parser sink'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/document\.write(ln)?\s*\(/, 'document.write'],
  [/\beval\s*\(|new\s+Function\s*\(/, 'eval / new Function'],
  [/\bsrcdoc\b|DOMParser/, 'srcdoc / DOMParser'],
  [/set(Timeout|Interval)\s*\(\s*['"`]/, 'a string timer'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|html)$/.test(name) ? [path] : [];
  });
}

describe('shipped code has no HTML or code sinks', () => {
  const files = SHIPPED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('reads the shipped source folders', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds no sink in any of them', () => {
    const found: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const [sink, name] of SINKS) if (sink.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}: ${name}`);
      });
    }
    expect(found).toEqual([]);
  });

  it.each(['panel.innerHTML = entity.name;', 'el.insertAdjacentHTML("beforeend", s)', 'setTimeout("run()", 1)', 'new Function(code)'])(
    'would catch %s (the check itself works)',
    (line) => {
      expect(SINKS.some(([sink]) => sink.test(line))).toBe(true);
    },
  );
});
