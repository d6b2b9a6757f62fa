// Result shape of computeMetrics as a TypeBox schema, and the ids of the metrics the registry holds.
import { Type, type Static } from 'typebox';
import { Id } from '../model/schema.js';
import { ACTOR_KINDS } from '../model/vocabulary.js';

/** Ids of the metrics, in the order they run; the registry (registry.ts) has one metric per id, checked by the compiler. */
export const METRIC_IDS = ['degree', 'strength', 'betweenness', 'communities'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Sum of strength·confidence of an actor's relations, per valence (structural kinds left out). */
export const ValenceStrength = Type.Object(
  {
    cooperative: Type.Number({ minimum: 0 }),
    hostile: Type.Number({ minimum: 0 }),
    mixed: Type.Number({ minimum: 0 }),
    neutral: Type.Number({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type ValenceStrength = Static<typeof ValenceStrength>;

/** The metrics of one actor; a field is absent when its metric was not computed. */
export const ActorMetrics = Type.Object(
  {
    id: Id,
    name: Type.String(),
    kind: Type.Enum(ACTOR_KINDS),
    degree: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          'relations passing the filter, each counted once: an undirected relation is in both inDegree and outDegree, so degree = inDegree + outDegree − undirected',
      }),
    ),
    inDegree: Type.Optional(
      Type.Integer({ minimum: 0, description: 'incoming directed relations plus undirected ones' }),
    ),
    outDegree: Type.Optional(
      Type.Integer({ minimum: 0, description: 'outgoing directed relations plus undirected ones' }),
    ),
    strength: Type.Optional(ValenceStrength),
    betweenness: Type.Optional(
      Type.Number({ minimum: 0, description: 'normalised, on the filtered undirected projection' }),
    ),
    community: Type.Optional(Type.Integer({ minimum: 0, description: 'absent for actors with no filtered relation' })),
  },
  { additionalProperties: false },
);
export type ActorMetrics = Static<typeof ActorMetrics>;

/** A Louvain community: its size and its members with the most relations first (at most 10). */
export const Community = Type.Object(
  { id: Type.Integer({ minimum: 0 }), size: Type.Integer({ minimum: 1 }), members: Type.Array(Id) },
  { additionalProperties: false },
);
export type Community = Static<typeof Community>;

/** A metric left out because the graph is over its budget (only when the caller did not ask for it by name). */
export const SkippedMetric = Type.Object(
  { metric: Type.Enum(METRIC_IDS), reason: Type.String() },
  { additionalProperties: false },
);
export type SkippedMetric = Static<typeof SkippedMetric>;

/** A metric estimated rather than computed exactly: from how many sampled sources, and what that means. */
export const Approximation = Type.Object(
  {
    metric: Type.Enum(METRIC_IDS),
    sources: Type.Integer({ minimum: 1 }),
    actors: Type.Integer({ minimum: 1 }),
    note: Type.String(),
  },
  { additionalProperties: false },
);
export type Approximation = Static<typeof Approximation>;

/** Per-actor metrics, communities largest first, and the top brokers by betweenness. */
export const MetricsResult = Type.Object(
  {
    computed: Type.Array(Type.Enum(METRIC_IDS)),
    skipped: Type.Array(SkippedMetric),
    approximations: Type.Array(Approximation, { description: 'metrics estimated from a sample, with the sample size' }),
    actors: Type.Array(ActorMetrics),
    communities: Type.Array(Community),
    brokers: Type.Array(Id, { description: 'up to 10 actors with the highest non-zero betweenness' }),
  },
  { additionalProperties: false },
);
export type MetricsResult = Static<typeof MetricsResult>;
