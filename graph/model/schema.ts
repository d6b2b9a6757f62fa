// Dataset schema: the TypeBox definitions of actors, relations and sources, and the TypeScript types derived from them.
import { Type, type Static } from 'typebox';
import { ACTOR_KINDS, AMOUNT_MEASURES, RELATION_KIND_IDS, STANCES, STRENGTH_BASES, VALENCES } from './vocabulary.js';

/** The dataset format this code reads; a file with another `schemaVersion` is refused. */
export const SCHEMA_VERSION = 1;

/** Stable lower-case slug: `israel`, `aeronautics-defense-systems`. */
export const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 120, examples: ['israel'] });

/** ISO date prefix whose length is its precision: "2016", "2016-04", "2016-04-02". */
export const PartialDate = Type.String({
  pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$',
  description: 'ISO 8601 date prefix; its length is its precision',
  examples: ['2012', '2020-07', '2020-07-21'],
});

/** When a relation held: a span (start/end), a point in time (or by a date: `by`), or ongoing at publication. */
export const RelationDates = Type.Object(
  {
    start: Type.Optional(PartialDate),
    end: Type.Optional(PartialDate),
    point: Type.Optional(PartialDate),
    by: Type.Optional(
      Type.Boolean({
        description:
          'with `point` only: the event happened by that date, its own date unknown ("in 2012, reports emerged about a purchase"); it counts from the point on, as a point does',
      }),
    ),
    ongoing: Type.Optional(Type.Boolean()),
    outside: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'where a date the source does not give comes from (common knowledge, another source)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** When an actor existed: a state's independence, a firm's founding, a war's first day. */
export const Existence = Type.Object(
  { start: Type.Optional(PartialDate), end: Type.Optional(PartialDate) },
  { additionalProperties: false },
);

/** A quantity as the source states it: money with its currency, or a named unit; never a bare number. */
export const Amount = Type.Object(
  {
    value: Type.Number(),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' })),
    unit: Type.Optional(Type.String({ minLength: 1, description: 'named unit where the amount is not money' })),
    priceYear: Type.Optional(Type.Integer({ minimum: 1800, maximum: 2200 })),
    measure: Type.Optional(
      Type.Enum(AMOUNT_MEASURES, { description: 'what the figure measures; sums stay within one unit and measure' }),
    ),
    bound: Type.Optional(Type.Enum(['exact', 'approximate', 'at-most', 'at-least'])),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** The exact quote a relation rests on, in a declared source; offsets pin one occurrence. */
export const Evidence = Type.Object(
  {
    source: Id,
    quote: Type.String({ minLength: 1 }),
    start: Type.Optional(Type.Integer({ minimum: 0, description: 'character offset of the quote in the source text' })),
    attributedTo: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'who reported or said it (SIPRI, a newspaper, a prime minister): never an actor',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A record's ids in the file it was imported from (`"41.0"`, `"Q123"`), kept so a re-import gives it the same id. */
export const ExternalIds = Type.Array(Type.String({ minLength: 1 }), {
  description: 'ids the record had in the file it was imported from',
});

/** Values an imported file carried that no field of the model holds, kept under their names in the file. */
export const ExtraAttributes = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), {
  description: 'attributes of the imported file that no field holds, by their name there',
});

/** Where a file's own layout put an actor (Gephi viz:position, yEd geometry), y pointing up; the explorer starts from it. */
export const Position = Type.Object(
  {
    x: Type.Number(),
    y: Type.Number(),
    size: Type.Optional(Type.Number({ minimum: 0 })),
    color: Type.Optional(Type.String({ pattern: '^#[0-9a-f]{6}$', description: 'lower-case #rrggbb' })),
  },
  { additionalProperties: false },
);

export const Actor = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1 }),
    kind: Type.Enum(ACTOR_KINDS),
    aliases: Type.Array(Type.String({ minLength: 1 })),
    description: Type.Optional(Type.String()),
    country: Type.Optional(Id),
    partOf: Type.Optional(Id),
    exists: Type.Optional(Existence),
    evidence: Type.Optional(Type.Array(Evidence)),
    note: Type.Optional(Type.String()),
    externalIds: Type.Optional(ExternalIds),
    position: Type.Optional(Position),
    attributes: Type.Optional(ExtraAttributes),
  },
  { additionalProperties: false },
);

export const Relation = Type.Object(
  {
    id: Id,
    kind: Type.Enum(RELATION_KIND_IDS),
    source: Id,
    target: Id,
    /** Optional restatement of the kind's direction; a contradiction is refused. */
    directed: Type.Optional(Type.Boolean()),
    valence: Type.Enum(VALENCES),
    strength: Type.Number({ minimum: 0, maximum: 1 }),
    strengthBasis: Type.Enum(STRENGTH_BASES),
    strengthNote: Type.String({ minLength: 1, description: 'one line: why this strength' }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    stance: Type.Enum(STANCES),
    dates: Type.Optional(RelationDates),
    amounts: Type.Optional(Type.Array(Amount)),
    evidence: Type.Array(Evidence, { minItems: 1 }),
    note: Type.Optional(Type.String()),
    externalIds: Type.Optional(ExternalIds),
    attributes: Type.Optional(ExtraAttributes),
  },
  { additionalProperties: false },
);

export const Source = Type.Object(
  {
    id: Id,
    title: Type.String({ minLength: 1 }),
    author: Type.String(),
    publisher: Type.String(),
    published: PartialDate,
    series: Type.Optional(Type.String()),
    /** Where the source can be read online; http(s) only, so no `javascript:` address is ever stored. */
    url: Type.Optional(
      Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$', examples: ['https://besacenter.org/…'] }),
    ),
    /** Path of the plain text, relative to the dataset file. */
    path: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

export const Dataset = Type.Object(
  {
    schemaVersion: Type.Literal(SCHEMA_VERSION),
    id: Id,
    title: Type.String({ minLength: 1 }),
    description: Type.Optional(Type.String()),
    sources: Type.Array(Source),
    actors: Type.Array(Actor),
    relations: Type.Array(Relation),
  },
  { additionalProperties: false },
);

export type PartialDate = Static<typeof PartialDate>;
export type RelationDates = Static<typeof RelationDates>;
export type Amount = Static<typeof Amount>;
export type Evidence = Static<typeof Evidence>;
export type Position = Static<typeof Position>;
export type ExtraAttributes = Static<typeof ExtraAttributes>;
export type Actor = Static<typeof Actor>;
export type Relation = Static<typeof Relation>;
export type Source = Static<typeof Source>;
export type Dataset = Static<typeof Dataset>;
