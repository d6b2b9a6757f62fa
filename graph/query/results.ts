// Result shapes of the query engine (neighbourhood, tie card, comparison, actor summary, metrics) as TypeBox schemas with their types.
import { Type, type Static } from 'typebox';
import { Actor, Id, PartialDate, Relation } from '../model/schema.js';
import { ACTOR_KINDS, DOMAINS, KIND_GROUPS, RELATION_KIND_IDS, VALENCES, type KindGroup } from '../model/vocabulary.js';
import { DomainProfile } from '../profile/profile-results.js';

export * from '../metrics/results.js';

/** Count of relations in a bucket and their strongest weight max(strength × confidence), in 0..1 (a copy adds nothing). */
export const Aggregate = Type.Object(
  { count: Type.Integer({ minimum: 0 }), score: Type.Number({ minimum: 0, maximum: 1 }) },
  { additionalProperties: false },
);
export type Aggregate = Static<typeof Aggregate>;

/**
 * One aggregate per kind group (`KIND_GROUPS`: one per valence, plus `structural` for based in, part of…, which say
 * where an actor sits, not how two actors get on, so they stay out of the valence aggregates). Cooperative and
 * hostile are never netted against each other.
 */
export const Aggregates = Type.Object(
  Object.fromEntries(KIND_GROUPS.map((group) => [group, Aggregate])) as Record<KindGroup, typeof Aggregate>,
  { additionalProperties: false },
);
export type Aggregates = Static<typeof Aggregates>;

/** Which way a relation runs relative to the pair (a, b) a tie card was asked for. */
export const TieDirection = Type.Enum(['a-to-b', 'b-to-a', 'undirected']);
export type TieDirection = Static<typeof TieDirection>;

/** A relation of a tie card with its direction relative to the card's pair. */
export const TieRelation = Type.Object(
  {
    direction: TieDirection,
    relation: Relation,
    via: Type.Optional(
      Type.Array(Id, { description: 'with rollup=state: the firms or bodies the relation came through' }),
    ),
  },
  { additionalProperties: false },
);
export type TieRelation = Static<typeof TieRelation>;

/** The relations of one kind between the pair, with what the vocabulary says about the kind. */
export const TieKind = Type.Object(
  {
    kind: Type.Enum(RELATION_KIND_IDS),
    label: Type.String(),
    group: Type.Enum(KIND_GROUPS),
    directed: Type.Boolean(),
    roles: Type.Optional(
      Type.Array(Type.String(), { minItems: 2, maxItems: 2, description: 'source role, target role' }),
    ),
    valences: Type.Array(Type.Enum(VALENCES), { description: 'the valences these relations carry' }),
    relations: Type.Array(TieRelation),
  },
  { additionalProperties: false },
);
export type TieKind = Static<typeof TieKind>;

/** Every relation between two actors that passes the filter, grouped by kind, with its domain profile and reading. */
export const TieCard = Type.Object(
  {
    a: Actor,
    b: Actor,
    asOf: Type.Optional(PartialDate),
    rollup: Type.Optional(
      Type.Literal('state', { description: 'present when the acts of firms and bodies count towards their state' }),
    ),
    total: Type.Integer({ minimum: 0, description: 'relations that pass the filter' }),
    hidden: Type.Integer({ minimum: 0, description: 'relations between the pair that the filter leaves out' }),
    byKind: Type.Array(TieKind),
    profile: DomainProfile,
    reading: Type.String({
      description: 'one sentence built from the profile: domains, leading one first, with its strongest fact',
    }),
  },
  { additionalProperties: false },
);
export type TieCard = Static<typeof TieCard>;

/** The rows every side of a comparison shows, in one order: every domain, then every kind any side has. */
export const CompareRows = Type.Object(
  { domains: Type.Array(Type.Enum(DOMAINS)), kinds: Type.Array(Type.Enum(RELATION_KIND_IDS)) },
  { additionalProperties: false },
);
export type CompareRows = Static<typeof CompareRows>;

/** Tie cards side by side, in the order the pairs were asked for, their profile rows aligned, with one reading. */
export const ComparePairsResult = Type.Object(
  { pairs: Type.Array(TieCard), rows: CompareRows, reading: Type.String() },
  { additionalProperties: false },
);
export type ComparePairsResult = Static<typeof ComparePairsResult>;

/** Relations of one kind and valence: how many, the strongest strength, and the strongest strength × confidence (`score`). */
export const KindValenceCount = Type.Object(
  {
    kind: Type.Enum(RELATION_KIND_IDS),
    valence: Type.Enum(VALENCES),
    count: Type.Integer({ minimum: 0 }),
    maxStrength: Type.Number({ minimum: 0, maximum: 1 }),
    score: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
export type KindValenceCount = Static<typeof KindValenceCount>;

/** Relation counts of an actor; undirected relations count in `undirected` and in neither `in` nor `out`. */
export const ActorDegree = Type.Object(
  {
    total: Type.Integer({ minimum: 0 }),
    in: Type.Integer({ minimum: 0 }),
    out: Type.Integer({ minimum: 0 }),
    undirected: Type.Integer({ minimum: 0 }),
    partners: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ActorDegree = Static<typeof ActorDegree>;

/** A partner in a profile: `score` is its strongest valence aggregate (structural excluded). */
export const ProfilePartner = Type.Object(
  {
    id: Id,
    name: Type.String(),
    kind: Type.Enum(ACTOR_KINDS),
    valences: Type.Array(Type.Enum(VALENCES)),
    structural: Type.Boolean({ description: 'true if structural relations join the pair' }),
    count: Type.Integer({ minimum: 0 }),
    score: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);
export type ProfilePartner = Static<typeof ProfilePartner>;

/** An actor's ties by kind and valence, its aggregates and its partners (strongest first). */
export const ActorProfile = Type.Object(
  {
    actor: Actor,
    degree: ActorDegree,
    ties: Type.Array(KindValenceCount),
    profile: DomainProfile,
    reading: Type.String({ description: 'one sentence built from the profile' }),
    partners: Type.Array(ProfilePartner, { description: 'strongest first, at most 200' }),
    truncated: Type.Boolean({
      description: 'true if partners beyond 200 were left out (degree.partners has the total)',
    }),
  },
  { additionalProperties: false },
);
export type ActorProfile = Static<typeof ActorProfile>;

/** Profiles side by side; the compared actors themselves are left out of the partner comparison. */
export const CompareActorsResult = Type.Object(
  {
    profiles: Type.Array(ActorProfile),
    rows: CompareRows,
    reading: Type.String(),
    commonPartners: Type.Array(Id, { description: 'partners of every compared actor' }),
    partnersOnlyOf: Type.Record(Type.String(), Type.Array(Id), {
      description: 'per actor: partners none of the others has',
    }),
  },
  { additionalProperties: false },
);
export type CompareActorsResult = Static<typeof CompareActorsResult>;

/** One partner in an actor summary. */
export const SummaryPartner = Type.Object(
  {
    partner: Actor,
    count: Type.Integer({ minimum: 0 }),
    score: Type.Number({ minimum: 0, maximum: 1, description: 'strongest valence aggregate (structural excluded)' }),
    byKind: Type.Array(KindValenceCount),
    aggregates: Aggregates,
  },
  { additionalProperties: false },
);
export type SummaryPartner = Static<typeof SummaryPartner>;

/** An actor with its partners, strongest tie first (GET /api/actors/:id, the explorer's side panel). */
export const ActorSummary = Type.Object(
  {
    actor: Actor,
    degree: ActorDegree,
    partners: Type.Array(SummaryPartner),
    truncated: Type.Boolean({
      description: 'true if partners beyond the limit were left out (degree.partners has the total)',
    }),
  },
  { additionalProperties: false },
);
export type ActorSummary = Static<typeof ActorSummary>;

/** An actor reached by a neighbourhood query, with its hop distance from the centre. */
export const NeighbourActor = Type.Object(
  { actor: Actor, hops: Type.Integer({ minimum: 0, maximum: 4 }) },
  { additionalProperties: false },
);
export type NeighbourActor = Static<typeof NeighbourActor>;

/** The actors within `depth` hops of the centre (nearest first) and the filtered relations among them. */
export const NeighbourhoodResult = Type.Object(
  {
    center: Id,
    depth: Type.Integer({ minimum: 1, maximum: 4 }),
    direction: Type.Enum(['out', 'in', 'both']),
    asOf: Type.Optional(PartialDate),
    actors: Type.Array(NeighbourActor),
    relations: Type.Array(Relation),
    truncated: Type.Boolean({ description: 'true if the actor limit stopped the search' }),
  },
  { additionalProperties: false },
);
export type NeighbourhoodResult = Static<typeof NeighbourhoodResult>;
