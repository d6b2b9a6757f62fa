// Neighbourhood search on the index's typed arrays only (any thread, a worker included): reached actors and induced relations as ints.
import { DIRECTION_IN, DIRECTION_OUT, type RelationIndexCore } from './relation-index.js';
import { Traversal } from './traversal.js';
import type { RelationFilter } from '../shared/filter.js';
import type { NeighbourhoodOptions } from '../query/neighbourhood.js';
import { NEIGHBOURHOOD_RELATIONS_PER_ACTOR } from '../query/neighbourhood.js';

/** A checked neighbourhood query with defaults applied and its centre as a node int: plain data, so it crosses to a worker as is. */
export interface PreparedNeighbourhood {
  center: number;
  depth: number;
  direction: NonNullable<NeighbourhoodOptions['direction']>;
  limit: number;
  filter: RelationFilter;
}

/** Actors reached (node ints, nearest first, with their hop counts) and the relations among them (relation ints). */
export interface FoundNeighbourhood {
  nodes: number[];
  hops: number[];
  relations: number[];
  truncated: boolean;
}

/**
 * The same search as `neighbourhood(graph, …)` (capped breadth-first search, then the induced relations, 10 per
 * allowed actor), over CSR slots instead of graphology's adjacency. Slot order differs from graphology's edge
 * order, so when a cap cuts the search short the actors or relations kept may differ; uncut, the sets are equal.
 */
export function searchNeighbourhood(core: RelationIndexCore, prepared: PreparedNeighbourhood): FoundNeighbourhood {
  const { center, depth, direction, limit, filter } = prepared;
  if (!Number.isInteger(center) || center < 0 || center >= core.nodeCount)
    throw new RangeError(`searchNeighbourhood: node int ${center} outside 0..${core.nodeCount - 1}`);
  // The path engine's compiled filter: mode 'shortest' lets every relation through that the filter passes (weight ≥ 0).
  const tr = new Traversal(core, 'shortest', false, 'strength', filter);
  const seen = new Uint8Array(core.nodeCount);
  const nodes = [center];
  const hops = [0];
  seen[center] = 1;
  const skip = direction === 'out' ? DIRECTION_IN : direction === 'in' ? DIRECTION_OUT : -1;
  const { slotStart, slotEnd, neighbour, slotRelation, slotDirection } = core;
  let truncated = false;
  let start = 0;
  reach: for (let level = 1; level <= depth && start < nodes.length; level++) {
    const end = nodes.length;
    for (let i = start; i < end; i++) {
      const node = nodes[i]!;
      for (let slot = slotStart[node]!, last = slotEnd[node]!; slot < last; slot++) {
        if (slotDirection[slot] === skip || tr.weight(slotRelation[slot]!) < 0) continue;
        const other = neighbour[slot]!;
        if (seen[other] === 1) continue;
        if (nodes.length >= limit) {
          truncated = true;
          break reach;
        }
        seen[other] = 1;
        nodes.push(other);
        hops.push(level);
      }
    }
    start = end;
  }
  const induced = inducedRelations(core, tr, nodes, seen, limit * NEIGHBOURHOOD_RELATIONS_PER_ACTOR);
  return { nodes, hops, relations: induced.relations, truncated: truncated || induced.truncated };
}

/** The filtered relations between reached nodes, each once (from its recorded source), at most `max` of them. */
function inducedRelations(core: RelationIndexCore, tr: Traversal, nodes: number[], seen: Uint8Array, max: number) {
  const { slotStart, slotEnd, neighbour, slotRelation, relationSource } = core;
  const relations: number[] = [];
  for (const node of nodes) {
    const first = slotStart[node]!;
    for (let slot = first, last = slotEnd[node]!; slot < last; slot++) {
      const r = slotRelation[slot]!;
      if (relationSource[r] !== node || seen[neighbour[slot]!] !== 1) continue;
      // A self-loop has both its slots here, one after the other: count it once, as graphology does.
      if (slot > first && slotRelation[slot - 1] === r) continue;
      if (tr.weight(r) < 0) continue;
      if (relations.length >= max) return { relations, truncated: true };
      relations.push(r);
    }
  }
  return { relations, truncated: false };
}
