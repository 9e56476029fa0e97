// @vitest-environment jsdom
/**
 * A page that owns its text nodes (keeps references, writes `node.data`, inserts
 * beside them, removes them), as frameworks do, under the inline renderer:
 * the page's nodes stay where the page put them, the text reads as the page
 * wrote it, and the engine moves the page to the overlay (decision 009).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createInlineRenderer } from '../../../page/renderers/inline';
import { Splits } from '../../../page/renderers/splits';
import { installFakeHighlights, removeFakeHighlights, syncEngine } from './support';

afterEach(() => {
  removeFakeHighlights();
  document.body.innerHTML = '';
});

/** A paragraph of three text nodes the "app" keeps, the middle one a name. */
function ownedParagraph(): { p: HTMLParagraphElement; nodes: Text[] } {
  const p = document.createElement('p');
  const nodes = ['Talks with ', 'Zelensky', ' and Witkoff at NATO went on.'].map((t) => document.createTextNode(t));
  p.append(...nodes);
  document.body.append(p);
  return { p, nodes };
}

function inPlace(p: Element, nodes: Text[]): boolean {
  return nodes.every((n, i) => n.parentNode === p && (i === 0 || (nodes[i - 1]!.compareDocumentPosition(n) & 4) !== 0));
}

const flush = () => new Promise((done) => setTimeout(done, 0));

describe('inline renderer on text the page owns', () => {
  it('wraps without moving the page’s nodes, and undo restores each node’s own text', () => {
    const { p, nodes } = ownedParagraph();
    const { engine } = syncEngine('inline');
    engine.start();
    expect(p.querySelectorAll('mark')).toHaveLength(3);
    expect(inPlace(p, nodes)).toBe(true);
    expect(p.textContent).toBe('Talks with Zelensky and Witkoff at NATO went on.');
    engine.stop();
    expect(p.childNodes).toHaveLength(3);
    expect(nodes.map((n) => n.data)).toEqual(['Talks with ', 'Zelensky', ' and Witkoff at NATO went on.']);
    expect(inPlace(p, nodes)).toBe(true);
  });

  const writes: Array<[string, (p: HTMLParagraphElement, nodes: Text[]) => void, string]> = [
    ['writes node.data', (_, n) => void (n[1]!.data = 'Kushner'), 'Talks with Kushner and Witkoff at NATO went on.'],
    ['writes a name into a node', (_, n) => void (n[2]!.data = ' and NATO.'), 'Talks with Zelensky and NATO.'],
    ['removes its node', (p, n) => void p.removeChild(n[2]!), 'Talks with Zelensky'],
    ['inserts after its node', (p, n) => void p.insertBefore(document.createTextNode('!'), n[2]!.nextSibling), 'Talks with Zelensky and Witkoff at NATO went on.!'],
  ];
  it.each(writes)('the page %s: repaired before paint, then the overlay takes over', async (_, write, text) => {
    installFakeHighlights();
    const { p, nodes } = ownedParagraph();
    const { engine, last } = syncEngine('inline');
    engine.start();
    expect(last()?.renderer).toBe('inline');
    write(p, nodes);
    await flush();
    expect(p.textContent).toBe(text);
    const kept = nodes.filter((n) => n.parentNode);
    expect(inPlace(p, kept)).toBe(true);
    await new Promise((done) => setTimeout(done, 400));
    expect(last()).toMatchObject({ renderer: 'overlay' });
    expect(last()?.fellBack).toMatch(/^page-/);
    expect(p.querySelectorAll('mark')).toHaveLength(0);
    expect(p.textContent).toBe(text);
    engine.stop();
  });

  it('a page that replaces a whole block takes our pieces with it: no conflict', () => {
    const { p } = ownedParagraph();
    const splits = new Splits();
    const text = p.childNodes[1] as Text;
    splits.wrap(text, 0, 8, document.createElement('mark'));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    p.textContent = 'Nothing here.';
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(splits.repair(records)).toBeNull();
    expect(p.textContent).toBe('Nothing here.');
  });
});

describe('inline renderer leftovers', () => {
  it('clear() also unwraps marks a dead copy of the renderer left', () => {
    document.body.innerHTML = '<p>Old <mark class="backstory-mark" data-markjs="true" data-backstory="x">Zelensky</mark> mark.</p><p><mark>page’s own</mark></p>';
    const renderer = createInlineRenderer(document);
    renderer.clear();
    expect(document.body.innerHTML).toBe('<p>Old Zelensky mark.</p><p><mark>page’s own</mark></p>');
  });
});
