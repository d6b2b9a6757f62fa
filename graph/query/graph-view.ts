// The filtered graph for the client: every actor and the relations that pass a RelationFilter, in graphology's serialisation format.
import { Type, type Static } from 'typebox';
import type { ActorGraph } from '../model/actor-graph.js';
import { Actor, Relation, Source } from '../model/schema.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';

/** graphology's `SerializedGraph<Actor, Relation>` (what `graph.export()` gives and `Graph.from()` takes). */
export const GraphView = Type.Object(
  {
    attributes: Type.Object({ id: Type.String(), title: Type.String(), sources: Type.Array(Source) }),
    options: Type.Object({ type: Type.Literal('mixed'), multi: Type.Literal(true), allowSelfLoops: Type.Boolean() }),
    nodes: Type.Array(Type.Object({ key: Type.String(), attributes: Actor })),
    edges: Type.Array(
      Type.Object({
        key: Type.String(),
        source: Type.String(),
        target: Type.String(),
        attributes: Relation,
        undirected: Type.Boolean(),
      }),
    ),
  },
  {
    description:
      "graphology's serialisation of the actors and the relations passing the filter; load it with Graph.from()",
  },
);
export type GraphView = Static<typeof GraphView>;

/**
 * The serialised view of `graph` restricted to the relations passing `filter` (all actors are kept).
 * Built directly in export()'s format rather than by copying the graph and exporting it: with millions of
 * relations, the copy would double the memory and time for nothing. Throws QueryError for an impossible filter.
 */
export function graphView(graph: ActorGraph, filter: RelationFilter = {}): GraphView {
  const passes = compileFilter(filter);
  const { id, title, sources } = graph.getAttributes();
  const nodes: GraphView['nodes'] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: GraphView['edges'] = [];
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes, undirected) => {
    if (passes(attributes, sourceAttributes, targetAttributes))
      edges.push({ key, source, target, attributes, undirected });
  });
  return {
    attributes: { id, title, sources },
    options: { type: 'mixed', multi: true, allowSelfLoops: graph.allowSelfLoops },
    nodes,
    edges,
  };
}
