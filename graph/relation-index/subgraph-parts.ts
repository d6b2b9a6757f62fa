// The building blocks of subgraphs: actors ranked by filtered strength, the capped relations among a set of actors, and the view they make.
import { isLive, type RelationIndex } from './relation-index.js';
import type { Traversal } from './traversal.js';
import { byWeightDescending } from './by-weight.js';
import type { SubgraphView } from './subgraph.js';

/** Every actor ranked by filtered strength, and how many relations passed the filter; valid for one index and one filter. */
export interface StrengthRanking {
  /** Node ints of the graph's actors, greatest filtered strength first, ties by actor id (code-unit order, as everywhere ids are sorted). */
  readonly order: Int32Array;
  /** Node int → sum of the strengths of its relations that pass the filter. */
  readonly strength: Float64Array;
  /** Relations in the whole graph that pass the filter. */
  readonly passing: number;
}

/** The ranking of every actor by the summed strength of its relations that pass the compiled filter. */
export function rankByStrength(index: RelationIndex, passes: Traversal): StrengthRanking {
  const strength = new Float64Array(index.nodeCount);
  let passing = 0;
  for (let r = 0; r < index.relationCount; r++) {
    const weight = isLive(index, r) ? passes.weight(r) : -1;
    if (weight < 0) continue;
    passing++;
    strength[index.relationSource[r]!]! += weight;
    strength[index.relationTarget[r]!]! += weight;
  }
  const ids = index.nodeIds;
  const gone = index.goneNodes;
  // Deleted actors keep their node int until the next fresh build (update-index.ts): never ranked.
  const order = Int32Array.from({ length: index.nodeCount - gone.size }, (_, v) => v);
  if (gone.size > 0) for (let v = 0, at = 0; v < index.nodeCount; v++) if (!gone.has(v)) order[at++] = v;
  order.sort((a, b) => strength[b]! - strength[a]! || compareIds(ids[a]!, ids[b]!));
  return { order, strength, passing };
}

/** The relations kept among a set of actors, strongest first, and whether any passing one was left out. */
export interface ChosenRelations {
  relations: number[];
  truncated: boolean;
}

/**
 * The relations passing the filter with both ends marked in `inSet`, strongest first (ties by id), at most
 * `perPair` between any two actors and `max` in all. The per-pair cap is there because a hub pair can carry
 * thousands of parallel relations, which would crowd every other pair out of the total and draw as one line anyway.
 */
export function chooseRelations(
  index: RelationIndex,
  passes: Traversal,
  nodes: ArrayLike<number>,
  inSet: Uint8Array,
  max: number,
  perPair: number,
): ChosenRelations {
  const candidates: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const u = nodes[i]!;
    for (let slot = index.slotStart[u]!; slot < index.slotEnd[u]!; slot++) {
      const r = index.slotRelation[slot]!;
      // Each relation has a slot at both ends: take it once, at its source (the graph allows no self-loops).
      if (index.relationSource[r] !== u || inSet[index.neighbour[slot]!] === 0 || passes.weight(r) < 0) continue;
      candidates.push(r);
    }
  }
  const { strength, relationIds, relationSource, relationTarget, nodeCount } = index;
  const perPairCount = new Map<number, number>();
  const relations: number[] = [];
  for (const r of byWeightDescending(candidates, strength, relationIds)) {
    if (relations.length >= max) break;
    const s = relationSource[r]!;
    const t = relationTarget[r]!;
    const pair = s < t ? s * nodeCount + t : t * nodeCount + s;
    const count = perPairCount.get(pair) ?? 0;
    if (count >= perPair) continue;
    perPairCount.set(pair, count + 1);
    relations.push(r);
  }
  return { relations, truncated: relations.length < candidates.length };
}

/** The subgraph in graph-view's serialisation: these actors in this order, these relations, with the totals. */
export function subgraphView(
  index: RelationIndex,
  nodes: ArrayLike<number>,
  chosen: ChosenRelations,
  truncated: boolean,
  passing: number,
): SubgraphView {
  const { id, title, sources } = index.graph.getAttributes();
  const view: SubgraphView = {
    attributes: { id, title, sources },
    options: { type: 'mixed', multi: true, allowSelfLoops: index.graph.allowSelfLoops },
    nodes: Array.from(nodes, (v) => ({ key: index.nodeIds[v]!, attributes: index.actors[v]! })),
    edges: chosen.relations.map((r) => ({
      key: index.relationIds[r]!,
      source: index.nodeIds[index.relationSource[r]!]!,
      target: index.nodeIds[index.relationTarget[r]!]!,
      attributes: index.relations[r]!,
      undirected: index.graph.isUndirected(index.relationIds[r]!),
    })),
    truncated: truncated || chosen.truncated,
    totalActors: index.nodeCount - index.goneNodes.size,
    totalRelations: passing,
  };
  return view;
}

/** Code-unit order of two ids (not localeCompare: the same on every machine, and several times faster on 100k ids). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
