/** The e2e harness's privacy check: which off-site requests count as Backstory's. */
import { describe, expect, it } from 'vitest';
import { extensionRequests } from '../../e2e/support/driver';

describe('extensionRequests', () => {
  it('keeps requests from fixtures, extension pages and workers; drops only what saved real pages load', () => {
    const rows = [
      { url: 'https://cdn.example/a.js', from: 'http://127.0.0.1:4000/news/bbc-1.html' },
      { url: 'https://track.example/p', from: 'http://127.0.0.1:4000/fixtures/engine-live.html' },
      { url: 'https://api.example/q', from: 'chrome-extension://abc/background.js' },
      { url: 'https://api.example/r', from: 'moz-extension://uuid/popup.html' },
      { url: 'https://api.example/s', from: 'unknown' },
    ];
    expect(extensionRequests(rows).map((r) => r.url)).toEqual(['https://track.example/p', 'https://api.example/q', 'https://api.example/r', 'https://api.example/s']);
  });
});
