// The answer of GET /api/subgraph: a graph view plus the server layout's positions and what the answer holds.
import { Type, type Static } from 'typebox';
import { GraphView } from '../../graph/query/graph-view.js';

/** What the answer says about itself: which question, how much of the whole it holds, and the state of the server's layout. */
export const SubgraphMeta = Type.Object(
  {
    mode: Type.Enum(['overview', 'focus'], {
      description: 'overview: the strongest actors; focus: the focus actors and their neighbourhood',
    }),
    actors: Type.Integer({ minimum: 0 }),
    relations: Type.Integer({ minimum: 0 }),
    totalActors: Type.Integer({ minimum: 0, description: 'actors in the whole dataset' }),
    totalRelations: Type.Integer({ minimum: 0, description: 'relations in the whole dataset that pass the filter' }),
    truncated: Type.Boolean({
      description: 'true if the limits left out actors or relations that would otherwise be here',
    }),
    layout: Type.Enum(['ready', 'computing', 'none'], {
      description:
        'the server layout: ready (positions given), computing (ask again later), none (small dataset: lay out yourself)',
    }),
  },
  { additionalProperties: false },
);
export type SubgraphMeta = Static<typeof SubgraphMeta>;

/** Server layout positions by actor id. */
export const Positions = Type.Record(
  Type.String(),
  Type.Object({ x: Type.Number(), y: Type.Number() }, { additionalProperties: false }),
  {
    description: "the returned actors' positions from the server's layout; empty unless meta.layout is ready",
  },
);
export type Positions = Static<typeof Positions>;

/** GET /api/subgraph's answer: a GraphView (load it with Graph.from()), the positions, and the meta. */
export const SubgraphResponse = Type.Object({ ...GraphView.properties, positions: Positions, meta: SubgraphMeta });
export type SubgraphResponse = Static<typeof SubgraphResponse>;
