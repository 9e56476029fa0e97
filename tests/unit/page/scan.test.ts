// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, createScanner } from '../../../page/scan';

function read(html: string): string {
  document.body.innerHTML = html;
  const scanner = createScanner(document.body);
  let text = '';
  for (let c = scanner.next(Infinity); c; c = scanner.next(Infinity)) text += c.text;
  return text.split(BLOCK_SEPARATOR).join('|');
}

describe('scanner', () => {
  it.each<[string, string, string]>([
    ['inline elements do not break text', '<p>Coalition of the <em>Willing</em></p>', 'Coalition of the Willing|'],
    ['blocks break text', '<p>Paris</p><p>Berlin</p>', 'Paris|Berlin|'],
    ['line breaks break text', '<p>Paris<br>Berlin</p>', 'Paris|Berlin|'],
    ['leaving a block breaks text', '<div><p>Paris</p>Berlin</div>', 'Paris|Berlin|'],
    ['leaving an inline element does not', '<p>Par<span>is<br></span>Berlin<b><i>Kyiv</i></b>Rome</p>', 'Paris|BerlinKyivRome|'],
    ['empty elements write nothing', '<div><span></span><p></p></div><p>Kyiv</p>', 'Kyiv|'],
    ['skips forms', '<p>a<textarea>NATO</textarea><input value="x"><select><option>EU</option></select>b</p>', 'a|b|'],
    ['skips editors and descendants', '<div contenteditable><p>NATO</p></div><p>ok</p>', 'ok|'],
    ['skips code and pre', '<p>x<code>NATO</code>y</p><pre>EU</pre>', 'x|y|'],
    ['skips scripts, styles, noscript, template', '<script>NATO</script><style>p{}</style><noscript>EU</noscript><template>x</template><p>ok</p>', 'ok|'],
    ['skips hidden subtrees', '<div hidden><p>NATO</p></div><p>ok</p>', 'ok|'],
    ['skips our own UI', '<backstory-panel>NATO</backstory-panel><div data-backstory-ui><p>EU</p></div><p>ok</p>', 'ok|'],
  ])('%s', (_label, html, expected) => {
    expect(read(html)).toBe(expected);
  });

  it('maps every character back to its text node', () => {
    document.body.innerHTML = '<p>ab<b>cd</b>e</p>';
    const chunk = createScanner(document.body).next(Infinity)!;
    expect(chunk.nodes.map((node, i) => [node.data, chunk.text.slice(chunk.starts[i], chunk.starts[i]! + node.length)])).toEqual([
      ['ab', 'ab'], ['cd', 'cd'], ['e', 'e'],
    ]);
  });

  it('cuts chunks only at block boundaries', () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>para <i>${i}</i> text</p>`).join('');
    const scanner = createScanner(document.body, 500);
    const chunks: string[] = [];
    for (let c = scanner.next(Infinity); c; c = scanner.next(Infinity)) chunks.push(c.text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.endsWith(BLOCK_SEPARATOR)).toBe(true);
    expect(chunks.join('').split(BLOCK_SEPARATOR).filter(Boolean)).toHaveLength(2000);
  });
});
