// Result shapes of domain profiles (per domain and per kind: distinct facts, strongest evidence, years, amounts) as TypeBox schemas.
import { Type, type Static } from 'typebox';
import { Amount, Evidence, Id, RelationDates } from '../model/schema.js';
import { AMOUNT_MEASURES, DOMAINS, RELATION_KIND_IDS, STANCES } from '../model/vocabulary.js';

/** The strongest fact of a row: the relation, its weight and the quote it rests on (one click away in the panel). */
export const StrongestFact = Type.Object(
  {
    relation: Id,
    kind: Type.Enum(RELATION_KIND_IDS),
    direction: Type.Enum(['a-to-b', 'b-to-a', 'undirected'], { description: 'relative to the profiled pair or actor' }),
    partner: Id,
    via: Type.Optional(Type.String({ description: 'with roll-up: the firm or body the act came through' })),
    strength: Type.Number({ minimum: 0, maximum: 1 }),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    stance: Type.Enum(STANCES),
    weight: Type.Number({ minimum: 0, maximum: 1, description: 'strength × confidence' }),
    dates: Type.Optional(RelationDates),
    amounts: Type.Optional(Type.Array(Amount)),
    evidence: Evidence,
  },
  { additionalProperties: false },
);
export type StrongestFact = Static<typeof StrongestFact>;

/** Amounts of one unit and measure: summed for transactions and TIV, the largest for cumulative totals and shares. */
export const AmountTotal = Type.Object(
  {
    currency: Type.Optional(Type.String({ description: 'ISO 4217 code, as in the amounts combined' })),
    unit: Type.Optional(Type.String({ description: 'the named unit where the amounts are not money' })),
    measure: Type.Union([Type.Enum(AMOUNT_MEASURES), Type.Literal('unspecified')]),
    combined: Type.Enum(['sum', 'largest']),
    value: Type.Number(),
    count: Type.Integer({
      minimum: 1,
      description: 'how many amounts this combines (one relation per fact, so copies are not counted)',
    }),
  },
  { additionalProperties: false },
);
export type AmountTotal = Static<typeof AmountTotal>;

/** The years a row's facts cover (by their start, point and end years); `ongoing` if one runs to the publication date. */
export const YearsCovered = Type.Object(
  { from: Type.String(), to: Type.String(), ongoing: Type.Boolean(), undated: Type.Integer({ minimum: 0 }) },
  { additionalProperties: false },
);
export type YearsCovered = Static<typeof YearsCovered>;

const rowProperties = {
  facts: Type.Integer({
    minimum: 0,
    description: 'distinct facts: relations of one kind, pair and direction on overlapping quotes count once',
  }),
  relations: Type.Integer({ minimum: 0 }),
  strongest: Type.Optional(StrongestFact),
  years: Type.Optional(YearsCovered),
  amounts: Type.Array(AmountTotal),
};

/** One domain of a profile; a domain with no fact has `facts: 0` and no `strongest` ("none"). */
export const DomainRow = Type.Object(
  { domain: Type.Enum(DOMAINS), label: Type.String(), ...rowProperties },
  { additionalProperties: false },
);
export type DomainRow = Static<typeof DomainRow>;

/** One relation kind of a profile, under its domain. */
export const KindRow = Type.Object(
  { kind: Type.Enum(RELATION_KIND_IDS), label: Type.String(), domain: Type.Enum(DOMAINS), ...rowProperties },
  { additionalProperties: false },
);
export type KindRow = Static<typeof KindRow>;

/** Indices of the two sides, never netted: the mean over the side's verbal and material domains of their strongest weight. */
export const ProfileIndex = Type.Object(
  { cooperation: Type.Number({ minimum: 0, maximum: 1 }), conflict: Type.Number({ minimum: 0, maximum: 1 }) },
  { additionalProperties: false },
);
export type ProfileIndex = Static<typeof ProfileIndex>;

/** A profile: every domain in `DOMAINS` order, the kinds present (or, in a comparison, every kind any side has). */
export const DomainProfile = Type.Object(
  { domains: Type.Array(DomainRow), kinds: Type.Array(KindRow), index: ProfileIndex },
  { additionalProperties: false },
);
export type DomainProfile = Static<typeof DomainProfile>;
