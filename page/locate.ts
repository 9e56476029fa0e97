/**
 * Turns matches in a scanned chunk's flat text back into DOM ranges, and
 * ranges back into the text-node parts they cover.
 */
import type { TextMatch } from '../lib/match/types';
import type { Position } from './renderers/types';
import type { ScanChunk } from './scan';

export interface TextPart {
  node: Text;
  /** [start, end) offsets inside `node`. */
  start: number;
  end: number;
}

export interface Located {
  match: TextMatch;
  at: Position;
}

/** Matches are sorted by start, so one forward pass over the chunk's nodes suffices. */
export function locate(chunk: ScanChunk, matches: TextMatch[]): Located[] {
  const { nodes, starts } = chunk;
  const count = nodes.length;
  const out: Located[] = [];
  let i = 0;
  for (const match of matches) {
    while (i + 1 < count && starts[i + 1]! <= match.start) i++;
    let j = i;
    while (j + 1 < count && starts[j + 1]! < match.end) j++;
    const first = nodes[i];
    const last = nodes[j];
    if (!first || !last) continue;
    out.push({
      match,
      at: { startContainer: first, startOffset: match.start - starts[i]!, endContainer: last, endOffset: match.end - starts[j]! },
    });
  }
  return out;
}

/** The text nodes a range or position covers, with the covered offsets, in document order. */
export function textParts(range: Position & { commonAncestorContainer?: Node }): TextPart[] {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (startContainer === endContainer) {
    return startContainer.nodeType === 3 ? [{ node: startContainer as Text, start: startOffset, end: endOffset }] : [];
  }
  const doc = startContainer.ownerDocument ?? document;
  const walker = doc.createTreeWalker(range.commonAncestorContainer ?? doc, 0x4 /* SHOW_TEXT */);
  const parts: TextPart[] = [];
  walker.currentNode = startContainer;
  for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = node as Text;
    const start = node === startContainer ? startOffset : 0;
    const end = node === endContainer ? endOffset : text.length;
    if (end > start) parts.push({ node: text, start, end });
    if (node === endContainer) break;
  }
  return parts;
}

/** The text at a position now, without creating a Range for single-node mentions. */
export function textAt(doc: Document, at: Position): string {
  const { startContainer: s, endContainer: e } = at;
  if (s === e && s.nodeType === 3) return (s as Text).data.slice(at.startOffset, at.endOffset);
  const range = doc.createRange();
  range.setStart(s, at.startOffset);
  range.setEnd(e, at.endOffset);
  return range.toString();
}
