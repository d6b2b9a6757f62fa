// Merging into the drawn graph: a subgraph the server sent (an expansion) or a path's actors and relations, placed where they belong.
import type { Actor, Relation } from '../../graph/model/schema.js';
import { RELATION_KINDS } from '../../graph/model/vocabulary.js';
import type { GraphView } from '../../graph/query/graph-view.js';
import type { DisplayGraph } from '../render/display-graph.js';
import { seededPosition, seedRadius } from '../../graph/layout/layout-rules.js';
import { nearbySpread } from '../render/drawing-size.js';

/** Server positions by actor id (empty when its layout is not ready). */
export type Positions = Readonly<Record<string, { x: number; y: number }>>;

/** What a merge added, in the order it added them. */
export interface MergeOutcome {
  nodes: string[];
  edges: string[];
}

/** Nodes and edges to merge: GraphView's lists (a path's actors and relations are turned into them by pathParts). */
export type Parts = Pick<GraphView, 'nodes' | 'edges'>;

/**
 * Adds the actors and relations the graph lacks. A new actor goes to the server's position when there is one,
 * else near `anchor` (the actor expanded), else near a drawn partner it has in `parts`, else to its seeded
 * place; a relation is added only once both its ends are drawn. Sorted by id, so the same answer always gives the same drawing.
 */
export function mergeParts(
  graph: DisplayGraph,
  parts: Parts,
  positions: Positions = {},
  anchor: string | null = null,
): MergeOutcome {
  if (!parts || !Array.isArray(parts.nodes) || !Array.isArray(parts.edges))
    throw new TypeError('mergeParts: the subgraph has no nodes or edges array');
  const added: MergeOutcome = { nodes: [], edges: [] };
  const spread = nearbySpread(graph, 10); // how far from the expanded actor its new neighbours go
  const radius = seedRadius(graph.order + parts.nodes.length);
  const edges = [...parts.edges].sort(byKey);
  for (const node of [...parts.nodes].sort(byKey)) {
    if (graph.hasNode(node.key)) continue;
    if (!node.attributes) throw new TypeError(`mergeParts: actor "${node.key}" has no attributes`);
    const served = positions[node.key];
    const near = served ? null : anchorOf(graph, node.key, anchor, edges);
    let at: { x: number; y: number };
    if (served && Number.isFinite(served.x) && Number.isFinite(served.y)) at = { x: served.x, y: served.y };
    else if (near) {
      const offset = seededPosition(node.key, spread);
      at = { x: near.x + offset.x, y: near.y + offset.y };
    } else at = seededPosition(node.key, radius);
    graph.addNode(node.key, { ...node.attributes, ...at });
    added.nodes.push(node.key);
  }
  for (const edge of edges) {
    if (edge.key === undefined || !edge.attributes)
      throw new TypeError('mergeParts: a relation has no key or attributes');
    if (graph.hasEdge(edge.key) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    added.edges.push(edge.key);
  }
  return added;
}

/** A path's (or any list's) actors and relations as parts to merge; directed as each relation's kind says, as the engine builds it. */
export function recordParts(actors: readonly Actor[], relations: readonly Relation[]): Parts {
  return {
    nodes: actors.map((actor) => ({ key: actor.id, attributes: actor })),
    edges: relations.map((relation) => ({
      key: relation.id,
      source: relation.source,
      target: relation.target,
      attributes: relation,
      undirected: !RELATION_KINDS[relation.kind]?.directed,
    })),
  };
}

/** Moves every actor to the server's position where it has one (its layout became ready); returns how many moved. */
export function applyPositions(graph: DisplayGraph, positions: Positions): number {
  let moved = 0;
  graph.updateEachNodeAttributes((node, actor) => {
    const at = positions[node];
    if (!at || !Number.isFinite(at.x) || !Number.isFinite(at.y)) return actor;
    moved++;
    return { ...actor, x: at.x, y: at.y };
  });
  return moved;
}

/** Where a new actor without a server position goes near: the anchor, else its first drawn partner in the parts. */
function anchorOf(
  graph: DisplayGraph,
  node: string,
  anchor: string | null,
  edges: Parts['edges'],
): { x: number; y: number } | null {
  if (anchor !== null && graph.hasNode(anchor)) return graph.getNodeAttributes(anchor);
  for (const edge of edges) {
    const other = edge.source === node ? edge.target : edge.target === node ? edge.source : null;
    if (other !== null && other !== node && graph.hasNode(other)) return graph.getNodeAttributes(other);
  }
  return null;
}

function byKey(a: { key?: string }, b: { key?: string }): number {
  const x = a.key ?? '',
    y = b.key ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
