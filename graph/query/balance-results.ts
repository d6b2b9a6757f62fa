// Result shape of a balance query (signed triads) as a TypeBox schema with its type.
import { Type, type Static } from 'typebox';
import { Evidence, Id, PartialDate } from '../model/schema.js';
import { RELATION_KIND_IDS } from '../model/vocabulary.js';

/** One pair of a triad: its sign and the strongest relation behind it, with its quote. */
export const TriadEdge = Type.Object(
  {
    a: Id,
    b: Id,
    sign: Type.Enum(['+', '-']),
    relation: Id,
    kind: Type.Enum(RELATION_KIND_IDS),
    via: Type.Optional(
      Type.String({ description: 'with rollup=state: the firms or bodies the relation came through' }),
    ),
    evidence: Evidence,
  },
  { additionalProperties: false },
);
export type TriadEdge = Static<typeof TriadEdge>;

/** An unbalanced triad: three actors, their three signed pairs, and a line naming them. */
export const Triad = Type.Object(
  {
    actors: Type.Array(Id, { minItems: 3, maxItems: 3 }),
    edges: Type.Array(TriadEdge, { minItems: 3, maxItems: 3 }),
    reading: Type.String(),
  },
  { additionalProperties: false },
);
export type Triad = Static<typeof Triad>;

/** Counts of balanced and unbalanced triads (of an actor, or the whole graph) and the unbalanced ones listed. */
export const BalanceResult = Type.Object(
  {
    actor: Type.Optional(Id),
    asOf: Type.Optional(PartialDate),
    rollup: Type.Optional(Type.Literal('state')),
    balanced: Type.Integer({ minimum: 0 }),
    unbalanced: Type.Integer({ minimum: 0 }),
    ambivalentPairs: Type.Integer({
      minimum: 0,
      description: 'pairs with cooperative and hostile ties at once: no sign, left out of triads',
    }),
    triads: Type.Array(Triad, { description: 'unbalanced triads, at most `limit`' }),
    truncated: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type BalanceResult = Static<typeof BalanceResult>;
