import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText, renderDemoPage } from '../../../scripts/demo/render-demo';
import { loadCompiledPack, ROOT } from '../../../scripts/demo/server';

describe('articleText', () => {
  it.each([
    ['no furniture', 'abc def', [], 'abc def'],
    ['one cut', 'Meta: x\nBody', [[0, 7]], '\n\nBody'],
    ['two cuts, unsorted', 'AAxxBByyCC', [[6, 8], [2, 4]], 'AA\nBB\nCC'],
  ] as Array<[string, string, Array<[number, number]>, string]>)('%s', (_name, text, spans, expected) => {
    expect(articleText(text, spans)).toBe(expected);
  });
});

describe('the demo page', () => {
  const pack = loadCompiledPack();
  const html = renderDemoPage(pack, (file) => readFileSync(join(ROOT, 'seeds', file), 'utf8'));

  it('has one article per source, with a heading', () => {
    expect(html.match(/<article /g)).toHaveLength(pack.sources.length);
    for (const source of pack.sources) {
      if (source.title) expect(html).toContain(`<h2>${source.title.replace(/'/g, '&#39;')}</h2>`);
    }
  });

  it('leaves out the page furniture the pack marks', () => {
    for (const source of pack.sources) {
      for (const passage of source.furniture) {
        // Furniture can repeat article text (a photo caption), so check the passage as its own paragraph.
        expect(html).not.toContain(`<p>${passage.trim()}</p>`);
      }
    }
    expect(html).not.toContain('Focus Keyword');
    expect(html).not.toContain('Quick Reads');
  });

  it('escapes markup in the seed text', () => {
    const page = renderDemoPage(
      { ...pack, sources: [{ ...pack.sources[0]!, title: null, furnitureSpans: [] }] },
      () => 'A <script>alert(1)</script> & "quotes"',
    );
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&#60;script&#62;');
  });
});
