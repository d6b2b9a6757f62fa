// Sentence segmentation of a source text with the platform's Unicode segmenter (Intl.Segmenter), plus two repairs.
import type { Sentence } from './results.js';

// Intl.Segmenter implements the Unicode sentence-break rules (UAX #29) through ICU, built into Node 20 and every
// browser: far better than a hand-written regex at quotes, brackets, decimals ("\$1.6 billion") and initials
// ("U.S. forces"). It breaks at every paragraph break, so heading lines come out as sentences of their own.
// ICU's abbreviation suppressions are not exposed through Intl, hence the two repairs below.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// V8 builds each segment's `input` as a fresh copy of the whole string (JSSegments::CreateSegmentDataObject), so
// iterating one 1 MB text is quadratic: ~50 s and gigabytes of garbage, blocking the server. Texts are segmented in
// windows instead; the last segment of a window may be cut, so the next window starts again where it begins.
const WINDOW = 8192;

/** The segments of `text` with their offsets, as `segmenter.segment(text)` gives them, in linear time. */
export function* sentenceSegments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  let size = WINDOW;
  while (from < text.length) {
    const end = Math.min(text.length, from + size);
    const found: { segment: string; index: number }[] = [];
    for (const { segment, index } of segmenter.segment(text.slice(from, end)))
      found.push({ segment, index: from + index });
    if (end === text.length) return yield* found;
    // One segment filling the window may continue past it: look again with a wider window.
    if (found.length < 2) {
      size *= 2;
      continue;
    }
    const cut = found.pop()!;
    yield* found;
    from = cut.index;
    size = WINDOW;
  }
}

/** Titles and labels that end in a full stop but almost never end a sentence ("Paper No. 1,723", "Mr. Smith"). */
const ABBREVIATION = /\b(?:No|Nos|Nr|Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Lt|Sgt|Jr|Sr|Vol|Fig|vs|cf)\.$/;

/** A piece that stops mid-sentence: its last word is lower case and it has no closing punctuation. */
const OPEN_END = /(?:^|\s)[a-z]+[,;]?$/;
const LOWER_START = /^[a-z]/;

/**
 * The sentences of `text` in order, each trimmed of surrounding whitespace; whitespace-only pieces are dropped.
 * A piece is joined to the next when it ends in an abbreviation, or when a line break cut a sentence in two
 * (the piece ends in a lower-case word and the next begins with a lower-case letter, as copies of PDFs do).
 */
export function splitSentences(text: string): Sentence[] {
  const pieces: { start: number; end: number }[] = [];
  let joinNext = false;
  for (const { segment, index } of sentenceSegments(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (body === '') continue;
    const start = index + lead;
    const end = start + body.length;
    const previous = pieces.at(-1);
    if (previous && (joinNext || (OPEN_END.test(text.slice(previous.start, previous.end)) && LOWER_START.test(body))))
      previous.end = end;
    else pieces.push({ start, end });
    joinNext = ABBREVIATION.test(body);
  }
  return pieces.map(({ start, end }, index) => ({ index, start, end, text: text.slice(start, end) }));
}
