// A selection in the reader as offsets into the stored source text: the document shows the text with markup dropped, so each shown character is mapped back.
import { markupRanges, type MarkupRange } from '../panels/source-markup.js';
import type { TextRange } from '../state/reader-state.js';

/** For each character the reader shows (from `from`), its offset in the stored text; one more entry for the end. */
export function shownToStored(
  text: string,
  from: number,
  ranges: readonly MarkupRange[] = markupRanges(text),
): Int32Array {
  const map: number[] = [];
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    for (let i = at; i < start; i++) map.push(i);
    at = Math.max(at, end);
  }
  for (let i = at; i < text.length; i++) map.push(i);
  map.push(text.length);
  return Int32Array.from(map);
}

/** The stored range of shown characters [shownStart, shownEnd), trimmed of surrounding whitespace; null when nothing is left. */
export function storedRange(text: string, map: Int32Array, shownStart: number, shownEnd: number): TextRange | null {
  if (shownEnd <= shownStart) return null;
  let start = map[Math.min(shownStart, map.length - 1)]!;
  // The end is just past the last shown character selected, so markup after it is not taken in.
  let end = map[Math.min(shownEnd - 1, map.length - 1)]! + 1;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? [start, end] : null;
}

/** How many shown characters lie before (node, offset) in `root`: the selection's position in the document's text. */
export function shownOffset(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The current selection inside `root` as a stored range of `text`; null when there is none or it leaves the document. */
export function selectionIn(root: HTMLElement, text: string, map: Int32Array): TextRange | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return storedRange(
    text,
    map,
    shownOffset(root, range.startContainer, range.startOffset),
    shownOffset(root, range.endContainer, range.endOffset),
  );
}
