// Coverage of a source: which of its sentences overlap at least one quoted span, and which the dataset leaves unmodelled.
import type { QuoteSpan, Sentence, SourceCoverage } from './results.js';
import { quoteSpans, type SourceData } from './quote-spans.js';
import { splitSentences } from './sentences.js';

/** Sentences that overlap at least one span ([start, end) ranges sharing a character); both lists in document order. */
export function citedSentences(
  sentences: readonly Sentence[],
  spans: readonly Pick<QuoteSpan, 'start' | 'end'>[],
): boolean[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among the first i + 1 spans, so "some span starting before e ends after s" is one lookup.
  const reach: number[] = [];
  for (const span of byStart) reach.push(Math.max(span.end, reach.at(-1) ?? -1));
  return sentences.map(({ start, end }) => {
    const last = lastStartingBefore(byStart, end);
    return last >= 0 && reach[last]! > start;
  });
}

/** Index of the last span whose start is below `limit` (spans sorted by start), or -1. */
function lastStartingBefore(spans: readonly Pick<QuoteSpan, 'start'>[], limit: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.start < limit) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Coverage figures of a text given its quoted spans. */
export function textCoverage(
  sourceId: string,
  text: string,
  spans: readonly Pick<QuoteSpan, 'start' | 'end'>[],
): SourceCoverage {
  const sentences = splitSentences(text);
  const cited = citedSentences(sentences, spans);
  const count = cited.filter(Boolean).length;
  return {
    source: sourceId,
    sentences: sentences.length,
    cited: count,
    share: sentences.length === 0 ? 0 : count / sentences.length,
    uncited: sentences.filter((_, i) => !cited[i]),
  };
}

/** Coverage of source `sourceId` of a dataset; NotFoundError for an unknown source. */
export function sourceCoverage(data: SourceData, sourceId: string): SourceCoverage {
  const { text, spans } = quoteSpans(data, sourceId);
  return textCoverage(sourceId, text, spans);
}
