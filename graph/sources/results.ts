// Result shapes of the source reader (quoted spans of a source text, sentence coverage) as TypeBox schemas with their types.
import { Type, type Static } from 'typebox';
import { Id, Source } from '../model/schema.js';
import { RELATION_KIND_IDS, VALENCES } from '../model/vocabulary.js';

/**
 * How a quote was placed in the text: at the occurrence its evidence `start` names (`offset`), or, without a
 * usable offset, at every occurrence of the quote (`all-occurrences`; one place when the quote is unique).
 */
export const SpanResolution = Type.Enum(['offset', 'all-occurrences']);
export type SpanResolution = Static<typeof SpanResolution>;

/** An actor as a span names it. */
export const ActorRef = Type.Object({ id: Id, name: Type.String() }, { additionalProperties: false });
export type ActorRef = Static<typeof ActorRef>;

/** A relation a quoted span is evidence for, with what a reader needs to show it without another request. */
export const SpanRelation = Type.Object(
  {
    id: Id,
    kind: Type.Enum(RELATION_KIND_IDS),
    valence: Type.Enum(VALENCES),
    source: ActorRef,
    target: ActorRef,
    resolution: SpanResolution,
  },
  { additionalProperties: false },
);
export type SpanRelation = Static<typeof SpanRelation>;

/** An actor a quoted span is evidence for (an actor's own evidence: its founding, its country). */
export const SpanActor = Type.Object(
  { id: Id, name: Type.String(), resolution: SpanResolution },
  { additionalProperties: false },
);
export type SpanActor = Static<typeof SpanActor>;

/** One passage of the text quoted as evidence: `text.slice(start, end) === quote`. */
export const QuoteSpan = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'character offset (UTF-16 code units) where the quote begins' }),
    end: Type.Integer({ minimum: 0, description: 'offset just past the quote' }),
    quote: Type.String({ minLength: 1 }),
    occurrences: Type.Integer({ minimum: 1, description: 'how many times the quote occurs in the whole text' }),
    relations: Type.Array(SpanRelation, { description: 'relations resting on this passage, by id' }),
    actors: Type.Array(SpanActor, { description: 'actors whose own evidence is this passage, by id' }),
  },
  { additionalProperties: false },
);
export type QuoteSpan = Static<typeof QuoteSpan>;

/** A source's full text and every passage of it used as evidence, in document order (spans may overlap). */
export const SourceText = Type.Object(
  {
    source: Source,
    text: Type.String(),
    spans: Type.Array(QuoteSpan),
    unplaced: Type.Integer({
      minimum: 0,
      description: 'evidence quotes citing this source that its text does not contain (0 for a loaded dataset)',
    }),
  },
  { additionalProperties: false },
);
export type SourceText = Static<typeof SourceText>;

/** A sentence of a source text; `text` is `text.slice(start, end)`, trimmed of surrounding whitespace. */
export const Sentence = Type.Object(
  {
    index: Type.Integer({ minimum: 0, description: 'position among the sentences, from 0' }),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String(),
  },
  { additionalProperties: false },
);
export type Sentence = Static<typeof Sentence>;

/** How much of a source the dataset models: sentences that overlap at least one quoted span, and those that do not. */
export const SourceCoverage = Type.Object(
  {
    source: Id,
    sentences: Type.Integer({ minimum: 0 }),
    cited: Type.Integer({ minimum: 0, description: 'sentences overlapping at least one evidence quote' }),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'cited / sentences (0 for an empty text)' }),
    uncited: Type.Array(Sentence, { description: 'sentences no evidence quote touches, in document order' }),
  },
  { additionalProperties: false },
);
export type SourceCoverage = Static<typeof SourceCoverage>;
