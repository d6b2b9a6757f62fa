// Path query and result shapes: the TypeBox schemas the server validates against and the types the client imports.
import { Type, type Static } from 'typebox';
import { Actor, Id, Relation } from '../model/schema.js';
import { RelationFilter } from '../shared/filter.js';
import { ROLLUP_DESCRIPTION, ROLLUPS } from '../query/rollup.js';

/** What "best" means for a path. */
export const PATH_MODES = ['shortest', 'strongest', 'widest'] as const;
export type PathMode = (typeof PATH_MODES)[number];

/** Which number of a relation a path multiplies (strongest) or bottlenecks on (widest). */
export const PATH_WEIGHTS = ['strength', 'strength-confidence'] as const;
export type PathWeight = (typeof PATH_WEIGHTS)[number];

/**
 * What a structural step (based in, part of, party to…) weighs in the strongest and widest modes, whatever its strength:
 * it says where an actor sits, not how strong a tie is, so it passes a chain on at half (MEASUREMENT.md, "Paths").
 * Without it a chain of one substantive tie and two structural links scored as that one tie alone.
 */
export const STRUCTURAL_STEP_WEIGHT = 0.5;

/** Limits of a path query; the schema and findPaths both enforce them. */
export const PATH_LIMITS = { maxK: 10, maxHops: 8 } as const;

/** Defaults findPaths applies to the optional fields. */
export const PATH_DEFAULTS = {
  mode: 'shortest',
  k: 1,
  maxHops: 6,
  directed: false,
  weight: 'strength',
  rollup: 'none',
} as const;

export const PathQuery = Type.Object(
  {
    from: Id,
    to: Id,
    mode: Type.Optional(
      Type.Enum(PATH_MODES, {
        default: PATH_DEFAULTS.mode,
        description: 'shortest: fewest hops; strongest: greatest product of weights; widest: greatest weakest link',
      }),
    ),
    k: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: PATH_LIMITS.maxK,
        default: PATH_DEFAULTS.k,
        description: 'number of alternative loopless paths, ranked',
      }),
    ),
    maxHops: Type.Optional(Type.Integer({ minimum: 1, maximum: PATH_LIMITS.maxHops, default: PATH_DEFAULTS.maxHops })),
    directed: Type.Optional(
      Type.Boolean({
        default: PATH_DEFAULTS.directed,
        description: 'only along relation direction (undirected relations run both ways)',
      }),
    ),
    weight: Type.Optional(
      Type.Enum(PATH_WEIGHTS, { default: PATH_DEFAULTS.weight, description: 'strength, or strength × confidence' }),
    ),
    rollup: Type.Optional(Type.Enum(ROLLUPS, { default: PATH_DEFAULTS.rollup, description: ROLLUP_DESCRIPTION })),
    ...RelationFilter.properties,
  },
  { additionalProperties: false },
);
export type PathQuery = Static<typeof PathQuery>;

/** One step of a path: the relation chosen between two consecutive actors and how it was traversed. */
export const PathStep = Type.Object(
  {
    from: Id,
    to: Id,
    relation: Id,
    /** forward: along the relation's direction; backward: against it (undirected traversal only); undirected: no direction. */
    traversal: Type.Enum(['forward', 'backward', 'undirected']),
    /** The relation's weight under the query's `weight` (strength, or strength × confidence); a structural step weighs STRUCTURAL_STEP_WEIGHT. */
    weight: Type.Number(),
    /** True for a structural relation (based in, part of, party to…): a link of position, not a tie. */
    structural: Type.Boolean(),
    /** With roll-up: the firms or bodies whose relation this step is, standing for their state (`from`/`to` name the states). */
    via: Type.Optional(Type.Array(Id)),
  },
  { additionalProperties: false },
);
export type PathStep = Static<typeof PathStep>;

/** A loopless path: its actors in order, the relation of each step (full records, with evidence), hops and score. */
export const Path = Type.Object(
  {
    actors: Type.Array(Actor),
    relations: Type.Array(Relation),
    steps: Type.Array(PathStep),
    hops: Type.Integer({ minimum: 1 }),
    /** shortest: hops; strongest: product of weights; widest: the weakest weight. */
    score: Type.Number(),
  },
  { additionalProperties: false },
);
export type Path = Static<typeof Path>;

/** Paths found, best first, or the typed outcome that there is none within the constraints. */
export const PathResult = Type.Object(
  {
    outcome: Type.Enum(['found', 'no-path']),
    paths: Type.Array(Path),
    /** With roll-up: the actors the query's ends stand for (a firm's or body's state; an actor that rolls up into none stands for itself). */
    rolledUp: Type.Optional(Type.Object({ from: Id, to: Id }, { additionalProperties: false })),
    /** With no path: why, in one sentence built from the data (the chain the valence filter rules out, and its links). */
    why: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type PathResult = Static<typeof PathResult>;
