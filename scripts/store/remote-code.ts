/**
 * Remote or string-built code in a package's scripts and pages: what the
 * Chrome Web Store forbids for MV3 items. Pure text checks over the built
 * files, so they see what ships (bundled libraries included), not the sources.
 */

interface Pattern {
  what: string;
  /** Checked against .js files or .html files. */
  in: 'js' | 'html';
  re: RegExp;
}

const PATTERNS: Pattern[] = [
  { what: 'eval()', in: 'js', re: /(?<![\w$.])eval\s*\(/ },
  { what: 'new Function()', in: 'js', re: /\bnew\s+Function\s*\(/ },
  { what: 'a timer given a string of code', in: 'js', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/ },
  { what: 'a module imported from the network', in: 'js', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\// },
  { what: 'importScripts() from the network', in: 'js', re: /\bimportScripts\s*\(\s*["'`](?:https?:)?\/\// },
  { what: 'a script URL on the network', in: 'js', re: /["'`](?:https?:)?\/\/[^"'`\s]+\.m?js(?:\?[^"'`\s]*)?["'`]/ },
  { what: 'a <script> loaded from the network', in: 'html', re: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i },
  { what: 'an inline <script>', in: 'html', re: /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i },
];

/** One line per finding: the file, what was found, and the text around it. */
export function remoteCodeFindings(files: ReadonlyMap<string, Uint8Array>): string[] {
  const decoder = new TextDecoder();
  const findings: string[] = [];
  for (const [path, bytes] of files) {
    const kind = /\.m?js$/.test(path) ? 'js' : /\.html?$/.test(path) ? 'html' : null;
    if (!kind) continue;
    const text = decoder.decode(bytes);
    for (const pattern of PATTERNS) {
      if (pattern.in !== kind) continue;
      const match = pattern.re.exec(text);
      if (!match) continue;
      const around = text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30).replace(/\s+/g, ' ');
      findings.push(`${path}: ${pattern.what} … ${around} …`);
    }
  }
  return findings;
}
