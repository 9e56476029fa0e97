import { afterEach, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, locateBrowser } from '../../../scripts/browser/find-browser';

describe('locateBrowser', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('prefers CHROME_PATH / FIREFOX_PATH when they point at a file', () => {
    process.env.CHROME_PATH = process.execPath;
    process.env.FIREFOX_PATH = process.execPath;
    expect(locateBrowser('chromium')).toBe(process.execPath);
    expect(locateBrowser('firefox')).toBe(process.execPath);
  });

  it('names the variable when it points nowhere, instead of guessing', () => {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    expect(() => locateBrowser('chromium')).toThrow(BrowserNotFoundError);
    expect(() => locateBrowser('chromium')).toThrow(/CHROME_PATH=\/nonexistent\/chrome/);
  });
});
