// Sentence segmentation of a source text with the platform's Unicode segmenter (Intl.Segmenter), plus two repairs.
import type { Sentence } from './results.js';

// Intl.Segmenter implements the Unicode sentence-break rules (UAX #29) through ICU, built into Node 20 and every
// browser: far better than a hand-written regex at quotes, brackets, decimals ("\$1.6 billion") and initials
// ("U.S. forces"). It breaks at every paragraph break, so heading lines come out as sentences of their own.
// ICU's abbreviation suppressions are not exposed through Intl, hence the two repairs below.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

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
  for (const { segment, index } of segmenter.segment(text)) {
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
