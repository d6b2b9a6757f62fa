// Quoted spans of a source: where each evidence quote sits in the source text, and which relations and actors rest on it.
import { NotFoundError } from '../errors.js';
import type { Dataset, Evidence, Source } from '../model/schema.js';
import { editDistance } from '../query/require-actor.js';
import type { ActorRef, QuoteSpan, SourceText, SpanResolution } from './results.js';

/** What the reader needs of a loaded dataset (graph/load's LoadedDataset has both). */
export interface SourceData {
  dataset: Dataset;
  texts: ReadonlyMap<string, string>;
}

/** The declared source with this id and its text; NotFoundError (with close ids, field `id`) otherwise. */
export function requireSource(data: SourceData, id: string): { source: Source; text: string } {
  const source = data.dataset.sources.find((candidate) => candidate.id === id);
  if (source) return { source, text: data.texts.get(id) ?? '' };
  // A dataset declares few sources, so comparing the id with each of them is cheap.
  const wanted = id.toLowerCase().slice(0, 120);
  const close = data.dataset.sources
    .filter((candidate) => editDistance(wanted, candidate.id, 3) <= 3)
    .map((candidate) => candidate.id);
  throw new NotFoundError('source', id, close.slice(0, 3), 'id');
}

/** Every offset at which `quote` occurs in `text`, overlapping occurrences included. */
export function findOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

/** Where one piece of evidence goes: the occurrence its `start` names if the quote is there, else every occurrence. */
export function placeQuote(
  text: string,
  evidence: Pick<Evidence, 'quote' | 'start'>,
  occurrences = findOccurrences(text, evidence.quote),
): { starts: number[]; resolution: SpanResolution } {
  if (evidence.start !== undefined && text.startsWith(evidence.quote, evidence.start))
    return { starts: [evidence.start], resolution: 'offset' };
  return { starts: occurrences, resolution: 'all-occurrences' };
}

interface SpanBuilder {
  span: QuoteSpan;
  relations: Set<string>;
  actors: Set<string>;
}

/**
 * The text of source `sourceId` with a span for every place an evidence quote (of a relation or of an actor) sits,
 * each listing what rests on it; spans in document order (start, then the longer first), overlaps kept.
 */
export function quoteSpans(data: SourceData, sourceId: string): SourceText;
export function quoteSpans(dataset: Dataset, texts: ReadonlyMap<string, string>, sourceId: string): SourceText;
export function quoteSpans(
  first: SourceData | Dataset,
  second: ReadonlyMap<string, string> | string,
  third?: string,
): SourceText {
  const data: SourceData =
    typeof second === 'string' ? (first as SourceData) : { dataset: first as Dataset, texts: second };
  const sourceId = typeof second === 'string' ? second : third!;
  const { source, text } = requireSource(data, sourceId);
  const names = new Map(data.dataset.actors.map((actor) => [actor.id, actor.name]));
  const ref = (id: string): ActorRef => ({ id, name: names.get(id) ?? id });
  const occurrencesOf = new Map<string, number[]>(); // one text scan per distinct quote
  const spans = new Map<string, SpanBuilder>();
  let unplaced = 0;

  const place = (evidence: Evidence, add: (builder: SpanBuilder, resolution: SpanResolution) => void): void => {
    if (evidence.source !== sourceId) return;
    let occurrences = occurrencesOf.get(evidence.quote);
    if (!occurrences) occurrencesOf.set(evidence.quote, (occurrences = findOccurrences(text, evidence.quote)));
    const { starts, resolution } = placeQuote(text, evidence, occurrences);
    if (starts.length === 0) unplaced++;
    for (const start of starts) {
      const end = start + evidence.quote.length;
      const key = `${start}:${end}`;
      let builder = spans.get(key);
      if (!builder) {
        builder = {
          span: { start, end, quote: evidence.quote, occurrences: occurrences.length, relations: [], actors: [] },
          relations: new Set(),
          actors: new Set(),
        };
        spans.set(key, builder);
      }
      add(builder, resolution);
    }
  };

  for (const relation of data.dataset.relations) {
    for (const evidence of relation.evidence) {
      place(evidence, (builder, resolution) => {
        if (builder.relations.has(relation.id)) return; // the same relation citing one passage twice lists it once
        builder.relations.add(relation.id);
        const { id, kind, valence } = relation;
        builder.span.relations.push({
          id,
          kind,
          valence,
          source: ref(relation.source),
          target: ref(relation.target),
          resolution,
        });
      });
    }
  }
  for (const actor of data.dataset.actors) {
    for (const evidence of actor.evidence ?? []) {
      place(evidence, (builder, resolution) => {
        if (builder.actors.has(actor.id)) return;
        builder.actors.add(actor.id);
        builder.span.actors.push({ id: actor.id, name: actor.name, resolution });
      });
    }
  }

  const ordered = [...spans.values()].map((builder) => builder.span).sort((a, b) => a.start - b.start || b.end - a.end);
  return { source, text, spans: ordered, unplaced };
}
