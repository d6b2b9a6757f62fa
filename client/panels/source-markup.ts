// Source markup as the reader sees it: markdown links read as their text and backslash escapes as the character, with offsets kept exact.

/** A half-open range [start, end) of source characters that are markup, not words. */
export type MarkupRange = readonly [number, number];

// [text](target): the brackets and the target are markup. A closing "](target)" alone: a link cut by a quote's start.
const LINK = /\[([^\]\n]*)\]\(([^)\s]*)\)/g;
const LINK_TAIL = /\]\(([^)\s]*)\)/g;
// A backslash before punctuation markdown would otherwise read as syntax ("\$1.6 billion").
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!$|<>~])/g;

/** The markup ranges of a text, sorted and disjoint. */
export function markupRanges(text: string): MarkupRange[] {
  const ranges: MarkupRange[] = [];
  const linked: MarkupRange[] = [];
  for (const match of text.matchAll(LINK)) {
    const at = match.index;
    const closing = at + 1 + match[1]!.length;
    ranges.push([at, at + 1], [closing, at + match[0].length]);
    linked.push([at, at + match[0].length]);
  }
  for (const match of text.matchAll(LINK_TAIL)) {
    if (!linked.some(([s, e]) => match.index >= s && match.index < e))
      ranges.push([match.index, match.index + match[0].length]);
  }
  for (const match of text.matchAll(ESCAPE)) ranges.push([match.index, match.index + 1]);
  return ranges.sort((x, y) => x[0] - y[0]);
}

/** The characters of text[from, to) that are not markup: what the reader reads. */
export function readableSlice(text: string, from: number, to: number, ranges: readonly MarkupRange[]): string {
  let out = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= at || start >= to) continue;
    if (start > at) out += text.slice(at, start);
    at = Math.max(at, end);
  }
  return at < to ? out + text.slice(at, to) : out;
}

/** A stored quote as the source reads: "[Foreign Policy reported](#)" → "Foreign Policy reported", "\$1.6" → "$1.6". */
export function readableQuote(quote: string): string {
  return readableSlice(quote, 0, quote.length, markupRanges(quote));
}
