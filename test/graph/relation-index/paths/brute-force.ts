// Brute-force reference for path queries: enumerates every simple path on a small graph, straight from the relation records.
import type { ActorGraph } from '../../../../graph/model/actor-graph.js';
import type { Relation } from '../../../../graph/model/schema.js';
import { compileFilter } from '../../../../graph/shared/filter.js';
import { STRUCTURAL_STEP_WEIGHT, type PathQuery } from '../../../../graph/relation-index/path-query.js';
import { RELATION_KINDS } from '../../../../graph/model/vocabulary.js';

/** A simple path as brute force sees it: actor ids, the best weight of each step, and its scores. */
export interface BrutePath {
  nodes: string[];
  weights: number[];
  hops: number;
  product: number;
  bottleneck: number;
}

/** The weight of a relation under the query, or -1 if the query may not walk it from `from` to `to`. */
export function stepWeight(
  graph: ActorGraph,
  query: PathQuery,
  relation: Relation,
  from: string,
  to: string,
  passes = compileFilter(query),
): number {
  if (!passes(relation, graph.getNodeAttributes(relation.source), graph.getNodeAttributes(relation.target))) return -1;
  const undirected = graph.isUndirected(relation.id);
  if (query.directed && !undirected && relation.source !== from) return -1;
  if (!(relation.source === from && relation.target === to) && !(relation.source === to && relation.target === from))
    return -1;
  const mode = query.mode ?? 'shortest';
  const structural = mode !== 'shortest' && RELATION_KINDS[relation.kind].domain === 'structural';
  const w = structural
    ? STRUCTURAL_STEP_WEIGHT
    : query.weight === 'strength-confidence'
      ? relation.strength * relation.confidence
      : relation.strength;
  return mode !== 'shortest' && w <= 0 ? -1 : w;
}

/** Every simple path from `query.from` to `query.to` within maxHops, each step on its heaviest usable relation. */
export function allSimplePaths(graph: ActorGraph, query: PathQuery): BrutePath[] {
  const maxHops = query.maxHops ?? 6;
  const best = new Map<string, number>(); // "u>v" → heaviest usable weight
  const passes = compileFilter(query);
  graph.forEachEdge((_, relation) => {
    for (const [u, v] of [
      [relation.source, relation.target],
      [relation.target, relation.source],
    ] as const) {
      const w = stepWeight(graph, query, relation, u, v, passes);
      if (w >= 0 && w > (best.get(`${u}>${v}`) ?? -1)) best.set(`${u}>${v}`, w);
    }
  });
  const found: BrutePath[] = [];
  const walk = (nodes: string[], weights: number[]): void => {
    const u = nodes[nodes.length - 1]!;
    if (u === query.to) {
      found.push({
        nodes,
        weights,
        hops: weights.length,
        product: weights.reduce((a, b) => a * b, 1),
        bottleneck: Math.min(...weights),
      });
      return;
    }
    if (weights.length === maxHops) return;
    for (const v of graph.nodes()) {
      const w = best.get(`${u}>${v}`);
      if (w !== undefined && !nodes.includes(v)) walk([...nodes, v], [...weights, w]);
    }
  };
  walk([query.from], []);
  return found;
}

/** The score the query's mode ranks by, as a number where greater is better. */
export function merit(query: PathQuery, path: { hops: number; product: number; bottleneck: number }): number {
  const mode = query.mode ?? 'shortest';
  return mode === 'shortest' ? -path.hops : mode === 'strongest' ? path.product : path.bottleneck;
}
