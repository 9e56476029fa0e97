/**
 * Finds the browser the way a user's machine has it: an environment variable,
 * else the usual install locations. On a Debian/Ubuntu machine run as root
 * (CI, a fresh server) it installs Debian's package through apt after saying
 * so; elsewhere it stops with a message naming what to install. It never
 * downloads a browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { platform } from 'node:os';
import { join } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

interface BrowserSpec {
  envVar: string;
  candidates: Record<string, string[]>;
  debianPackage: string;
  installHint: string;
}

const programFiles = [process.env['PROGRAMFILES'], process.env['PROGRAMFILES(X86)'], process.env['LOCALAPPDATA']].filter(
  (dir): dir is string => Boolean(dir),
);

const SPECS: Record<BrowserName, BrowserSpec> = {
  chromium: {
    envVar: 'CHROME_PATH',
    candidates: {
      linux: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ],
      darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
      win32: programFiles.flatMap((dir) => [
        join(dir, 'Chromium', 'Application', 'chrome.exe'),
        join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      ]),
    },
    debianPackage: 'chromium',
    installHint: 'Install Chromium or Google Chrome, or set CHROME_PATH to its executable.',
  },
  firefox: {
    envVar: 'FIREFOX_PATH',
    candidates: {
      linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
      darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
      win32: programFiles.map((dir) => join(dir, 'Mozilla Firefox', 'firefox.exe')),
    },
    debianPackage: 'firefox-esr',
    installHint: 'Install Firefox (140 or later), or set FIREFOX_PATH to its executable.',
  },
};

export class BrowserNotFoundError extends Error {}

/** Looks without installing anything. */
export function locateBrowser(name: BrowserName): string | null {
  const spec = SPECS[name];
  const fromEnv = process.env[spec.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserNotFoundError(`${spec.envVar}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  return (spec.candidates[platform()] ?? []).find((path) => existsSync(path)) ?? null;
}

function canUseApt(): boolean {
  return (
    platform() === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get') &&
    existsSync('/etc/debian_version')
  );
}

/** Finds the browser, installing Debian's package where that is possible and safe. */
export function findBrowser(name: BrowserName, log: (line: string) => void = console.log): string {
  const found = locateBrowser(name);
  if (found) return found;
  const spec = SPECS[name];
  if (canUseApt()) {
    log(`No ${name} found: installing Debian's "${spec.debianPackage}" package with apt-get (running as root).`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', spec.debianPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = locateBrowser(name);
    if (installed) return installed;
  }
  throw new BrowserNotFoundError(`No ${name} found. ${spec.installHint}`);
}

/** Flags every Chromium launch here uses: quiet, offline-safe, fresh profile friendly. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
