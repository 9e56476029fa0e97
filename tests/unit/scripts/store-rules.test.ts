import { describe, expect, it } from 'vitest';
import { checkStorePackage, listingSummaryProblems, versionProblem, type StorePackage } from '../../../scripts/store/rules';
import { remoteCodeFindings } from '../../../scripts/store/remote-code';
import { justifiedPermissions } from '../../../scripts/store/readme-permissions';
import { pngSize } from '../../../scripts/store/png';

/** The first 24 bytes of a PNG: signature and IHDR with the given size (all the checks read). */
function pngHeader(width: number, height = width): Uint8Array {
  const bytes = new Uint8Array(24);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

const text = (s: string) => new TextEncoder().encode(s);
const icons = { 16: 'icon/16.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/** A package that passes every rule; each case below breaks one. */
function goodPackage(): StorePackage {
  return {
    manifest: {
      manifest_version: 3,
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      version: '0.1.0',
      icons,
      action: { default_icon: { 16: 'icon/16.png' } },
      permissions: ['storage'],
      host_permissions: ['https://*/*'],
    },
    locales: {
      en: { extName: { message: 'Backstory' }, extDescription: { message: 'Explains the news.' } },
      de: { extName: { message: 'Backstory' }, extDescription: { message: 'Erklärt Nachrichten.' } },
    },
    files: new Map([
      ['icon/16.png', pngHeader(16)],
      ['icon/48.png', pngHeader(48)],
      ['icon/128.png', pngHeader(128)],
      ['popup.html', text('<script type="module" src="/chunks/popup.js"></script>')],
      ['chunks/popup.js', text('const ns = "http://www.w3.org/2000/svg"; retrieval(1); setTimeout(() => go(), 5);')],
    ]),
    justified: new Set(['storage', 'https://*/*']),
    zipBytes: 200_000,
  };
}

type Change = (pkg: StorePackage) => void;
const manifestPatch = (patch: Record<string, unknown>): Change => (pkg) => Object.assign(pkg.manifest, patch);

describe('Chrome Web Store rules', () => {
  it('pass a package that keeps them all', () => {
    expect(checkStorePackage(goodPackage())).toEqual([]);
  });

  it.each<[string, Change, string, RegExp]>([
    ['MV2', manifestPatch({ manifest_version: 2 }), 'manifest-v3', /only 3/],
    ['a name too long in one locale', (p) => (p.locales.de!.extName = { message: 'B'.repeat(76) }), 'name-length', /locale de.*76 characters.*75/],
    ['a name missing from a locale', (p) => delete p.locales.de!.extName, 'name-length', /"name" \(locale de\) is missing/],
    ['a literal description of 133 characters', manifestPatch({ description: 'd'.repeat(133) }), 'description-length', /133 characters; the store allows 132/],
    ['a short_name of 13', manifestPatch({ short_name: 'Backstory app' }), 'short-name-length', /13 characters/],
    ['a version with a leading zero', manifestPatch({ version: '1.02' }), 'version-format', /leading zeros/],
    ['a five-part version', manifestPatch({ version: '1.2.3.4.5' }), 'version-format', /more than 4 parts/],
    ['no 48 px icon', manifestPatch({ icons: { 16: 'icon/16.png', 128: 'icon/128.png' } }), 'icons', /no 48×48 icon/],
    ['an icon of the wrong size', (p) => p.files.set('icon/128.png', pngHeader(96)), 'icons', /96×96, not 128×128/],
    ['an icon that is not a PNG', (p) => p.files.set('icon/48.png', text('GIF89a')), 'icons', /not a PNG/],
    ['an action icon missing', manifestPatch({ action: { default_icon: { 32: 'icon/32.png' } } }), 'icons', /action.default_icon.*not in the package/],
    ['a permission the README does not explain', manifestPatch({ permissions: ['storage', 'tabs'] }), 'permission-justified', /"tabs"/],
    ['an optional host nobody explains', manifestPatch({ optional_host_permissions: ['*://*/*'] }), 'permission-justified', /\*:\/\/\*\/\*/],
    ['a CSP of its own', manifestPatch({ content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }), 'csp-default', /unsafe-eval/],
    ['an update_url', manifestPatch({ update_url: 'https://example.com/updates.xml' }), 'no-update-url', /update_url/],
    ['eval in a bundle', (p) => p.files.set('chunks/x.js', text('var a = eval("1+1");')), 'no-remote-code', /chunks\/x\.js: eval\(\)/],
    ['a zip over the limit', (p) => (p.zipBytes = 2 * 1024 * 1024), 'zip-size', /2097152 bytes; the limit is 1048576/],
  ])('fail on %s, naming the rule', (_label, change, rule, message) => {
    const pkg = goodPackage();
    change(pkg);
    const violations = checkStorePackage(pkg);
    expect(violations.map((v) => v.rule)).toEqual([rule]);
    expect(violations[0]!.message).toMatch(message);
  });

  it.each<[string, string | undefined, string | null]>([
    ['1', '1', null],
    ['0.1.0', '0.1.0', null],
    ['65535.0.0.1', '65535.0.0.1', null],
    ['above 65535', '65536', '"65536": 65536 is above 65535'],
    ['a letter', '1.0b', '"1.0b": "0b" is not an integer without leading zeros'],
    ['empty part', '1..2', '"1..2": "" is not an integer without leading zeros'],
    ['missing', undefined, 'is missing'],
  ])('version %s', (_label, version, problem) => {
    expect(versionProblem(version)).toBe(problem);
  });
});

describe('remote code in the built files', () => {
  it.each<[string, string, string, string | null]>([
    ['eval', 'a.js', 'x = eval(code)', 'eval()'],
    ['a method named eval is not eval', 'a.js', 'x = obj.eval(code); retrieval(2)', null],
    ['new Function', 'a.js', 'f = new Function("a", "return a")', 'new Function()'],
    ['a string timer', 'a.js', "setTimeout('go()', 10)", 'a timer given a string of code'],
    ['a function timer', 'a.js', 'setTimeout(go, 10)', null],
    ['a network import', 'a.js', 'await import("https://cdn.example/module")', 'a module imported from the network'],
    ['importScripts from a host', 'a.js', "importScripts('//cdn.example/worker')", 'importScripts() from the network'],
    ['a script URL in a string', 'a.js', 'el.src = "https://cdn.example/lib.min.js?v=2"', 'a script URL on the network'],
    ['an XML namespace is not a script', 'a.js', 'ns = "http://www.w3.org/1999/xhtml"', null],
    ['a remote script tag', 'p.html', '<script src="https://cdn.example/a.js"></script>', 'a <script> loaded from the network'],
    ['an inline script', 'p.html', '<script>alert(1)</script>', 'an inline <script>'],
    ['a local module script', 'p.html', '<script type="module" crossorigin src="/chunks/p.js"></script>', null],
    ['text files are not scripts', 'notes.txt', 'eval(x)', null],
  ])('%s', (_label, path, source, what) => {
    const findings = remoteCodeFindings(new Map([[path, text(source)]]));
    if (what === null) expect(findings).toEqual([]);
    else {
      expect(findings).toHaveLength(1);
      expect(findings[0]).toContain(`${path}: ${what}`);
    }
  });
});

describe('the README permissions table', () => {
  it('reads the backticked names of rows with a reason, under its heading only', () => {
    const readme = [
      '| `tabs` | another table |',
      '### Permissions and why',
      '| permission | why |',
      '|---|---|',
      '| `storage` | settings |',
      '| `http://*/*`, `https://*/*` | the pages read |',
      '| `cookies` |  |',
      '## Next',
      '| `history` | after the section |',
    ].join('\n');
    expect([...justifiedPermissions(readme)].sort()).toEqual(['http://*/*', 'https://*/*', 'storage']);
  });
});

describe('pngSize', () => {
  it('reads width and height, and refuses what is not a PNG', () => {
    expect(pngSize(pngHeader(48, 32))).toEqual({ width: 48, height: 32 });
    expect(() => pngSize(text('not a png at all, not at all'))).toThrow('not a PNG');
  });
});

describe('the listing summary', () => {
  const listing = (summary: string) => `# Listing\n<!-- short-description -->\n${summary}\n<!-- /short-description -->\n`;
  it.each<[string, string | null, string | undefined, RegExp[]]>([
    ['the manifest description', listing('Explains the news.'), 'Explains the news.', []],
    ['another text', listing('Explains the news!'), 'Explains the news.', [/differs from the manifest/]],
    ['too long', listing('x'.repeat(133)), 'x'.repeat(133), [/133 characters/]],
    ['no markers', '# Listing', 'a', [/no short description/]],
    ['no file', null, 'a', [/missing/]],
  ])('%s', (_label, text, description, messages) => {
    const problems = listingSummaryProblems(text, description);
    expect(problems.map((p) => p.rule)).toEqual(messages.map(() => 'listing-summary'));
    problems.forEach((p, i) => expect(p.message).toMatch(messages[i]!));
  });
});
