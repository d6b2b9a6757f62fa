// The graph the canvas draws: the server's graphology serialisation with seeded positions added to each actor.
import Graph from 'graphology';
import type { DatasetAttributes } from '../../graph/model/actor-graph.js';
import type { Actor, Relation } from '../../graph/model/schema.js';
import type { GraphView } from '../../graph/query/graph-view.js';
import { seededPosition, seedRadius } from '../../graph/layout/layout-rules.js';

/** An actor with the position the layout gives it. */
export type DisplayNode = Actor & { x: number; y: number };

/** The drawn graph: actors as nodes, relations as edges keyed by relation id (a mixed multigraph like ActorGraph). */
export type DisplayGraph = Graph<DisplayNode, Relation, DatasetAttributes>;

/** True when every actor carries a position from its imported file: the explorer then draws that layout as it is. */
export function placedByFile(graph: DisplayGraph): boolean {
  return graph.order > 0 && graph.everyNode((_node, actor) => actor.position !== undefined);
}

/** Builds the drawn graph from the server's serialisation; positions are seeded from the ids (stable across reloads). */
export function toDisplayGraph(serialized: GraphView): DisplayGraph {
  if (!serialized || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new TypeError('the graph from the server has no nodes or edges array');
  }
  const graph: DisplayGraph = new Graph<DisplayNode, Relation, DatasetAttributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
  graph.replaceAttributes(serialized.attributes);
  // Nodes are added in id order so the layout, which iterates in insertion order, does not depend on the server's order.
  const nodes = [...serialized.nodes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const radius = seedRadius(nodes.length);
  for (const node of nodes) {
    if (!node.attributes) throw new TypeError(`actor "${node.key}" has no attributes`);
    // An imported file's own layout (Gephi's viz:position, yEd's geometry) is where the actor starts.
    const position = node.attributes.position;
    graph.addNode(node.key, {
      ...node.attributes,
      ...(position ? { x: position.x, y: position.y } : seededPosition(node.key, radius)),
    });
  }
  const edges = [...serialized.edges].sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : 1));
  for (const edge of edges) {
    if (!edge.attributes || edge.key === undefined)
      throw new TypeError('a relation from the server has no key or attributes');
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}
