// Seeded query pairs for the benchmark: random actor pairs joined by a directed path of at most 6 hops.
import type { RelationIndex } from '../../graph/relation-index/relation-index.js';
import { findPaths } from '../../graph/relation-index/paths/find-paths.js';
import { mulberry32 } from '../../graph/shared/random.js';

/** A query pair by actor id. */
export interface QueryPair {
  from: string;
  to: string;
}

/**
 * `count` distinct-endpoint pairs drawn uniformly with the seed, kept only if connected along relation direction
 * within 6 hops (so the directed graphology baselines and the default undirected queries all have an answer).
 */
export function connectedPairs(index: RelationIndex, count: number, seed: number): QueryPair[] {
  const random = mulberry32(seed);
  const pairs: QueryPair[] = [];
  for (let tries = 0; pairs.length < count && tries < count * 50; tries++) {
    const from = index.nodeIds[random.int(index.nodeCount)]!;
    const to = index.nodeIds[random.int(index.nodeCount)]!;
    if (from !== to && findPaths(index, { from, to, directed: true }).outcome === 'found') pairs.push({ from, to });
  }
  if (pairs.length < count) throw new Error(`only ${pairs.length} connected pairs found in ${count * 50} tries`);
  return pairs;
}
