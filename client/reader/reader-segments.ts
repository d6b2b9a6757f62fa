// Cuts a source text into runs that are each covered by the same quoted spans (and the same marks), so overlapping quotes can be drawn.
import { RELATION_KINDS, type Valence } from '../../graph/model/vocabulary.js';
import type { QuoteSpan } from '../../graph/sources/results.js';
import type { TextRange } from '../state/reader-state.js';

/** A run of text [start, end) with the indices of the spans covering it, whether it is marked, and whether it lies in an uncited sentence. */
export interface Segment {
  start: number;
  end: number;
  spans: number[];
  marked: boolean;
  uncited: boolean;
}

/**
 * The runs of text from `from` to `length`: a new run begins wherever a span, the marked range or an uncited
 * sentence begins or ends. A sweep over sorted boundaries keeps this linear in the text's spans.
 */
export function segmentText(
  length: number,
  spans: readonly Pick<QuoteSpan, 'start' | 'end'>[],
  marked: TextRange | null,
  uncited: readonly { start: number; end: number }[],
  from = 0,
): Segment[] {
  const cuts = new Set<number>([from, length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  if (marked) cuts.add(marked[0]).add(marked[1]);
  for (const sentence of uncited) cuts.add(sentence.start).add(sentence.end);
  const boundaries = [...cuts].filter((cut) => cut >= from && cut <= length).sort((a, b) => a - b);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const sentences = [...uncited].sort((a, b) => a.start - b.start);
  const active = new Set<number>();
  let next = 0;
  let sentence = 0;
  const segments: Segment[] = [];
  for (let b = 0; b + 1 < boundaries.length; b++) {
    const start = boundaries[b]!;
    const end = boundaries[b + 1]!;
    while (next < order.length && spans[order[next]!]!.start <= start) active.add(order[next++]!);
    for (const index of active) if (spans[index]!.end <= start) active.delete(index);
    while (sentence < sentences.length && sentences[sentence]!.end <= start) sentence++;
    const inSentence = sentence < sentences.length && sentences[sentence]!.start <= start;
    segments.push({
      start,
      end,
      spans: [...active].sort((x, y) => x - y),
      marked: marked !== null && marked[0] <= start && end <= marked[1],
      uncited: inSentence,
    });
  }
  return segments;
}

/** How a run is coloured: by its ties' valence, `several` when they differ, `structural` or `actor` when only those rest on it. */
export type Tone = Valence | 'several' | 'structural' | 'actor';

/** The tone of a run; structural ties (based in, part of) only colour a run that rests on nothing else, as on the graph. */
export function segmentTone(spans: readonly Pick<QuoteSpan, 'relations'>[]): Tone {
  const valences = new Set<Valence>();
  let structural = false;
  for (const span of spans) {
    for (const relation of span.relations) {
      if (RELATION_KINDS[relation.kind].group === 'structural') structural = true;
      else valences.add(relation.valence);
    }
  }
  if (valences.size === 0) return structural ? 'structural' : 'actor';
  return valences.size === 1 ? [...valences][0]! : 'several';
}

/** The covering span to act on when a run is clicked: the shortest, the most specific quote there. */
export function innermost<T extends Pick<QuoteSpan, 'start' | 'end'>>(spans: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const span of spans) if (!best || span.end - span.start < best.end - best.start) best = span;
  return best;
}
