// Baselines the index is measured against: graphology-shortest-path on the graph, and a plain Dijkstra over the same CSR arrays.
import { bidirectional as dijkstraBidirectional } from 'graphology-shortest-path/dijkstra.js';
import { bidirectional as unweightedBidirectional } from 'graphology-shortest-path/unweighted.js';
import type { ActorGraph } from '../../graph/model/actor-graph.js';
import type { Relation } from '../../graph/model/schema.js';
import type { RelationIndex } from '../../graph/relation-index/relation-index.js';

/** graphology's bidirectional Dijkstra with −log(strength) weights (on a mixed graph it walks out- and undirected edges: directed traversal). */
export function graphologyStrongest(graph: ActorGraph, from: string, to: string): string[] {
  return dijkstraBidirectional(graph, from, to, (_edge: string, relation: Relation) =>
    relation.strength > 0 ? -Math.log(relation.strength) : Infinity,
  );
}

/** graphology's unweighted bidirectional BFS (directed traversal on a mixed graph). */
export function graphologyShortest(graph: ActorGraph, from: string, to: string): string[] | null {
  return unweightedBidirectional(graph, from, to);
}

/**
 * The simplest correct Dijkstra over the same CSR arrays, without the tricks: unidirectional, fresh arrays per
 * query, a heap of [cost, node] pairs, undirected traversal, no filter, no hop limit. Returns the best product.
 */
export function plainCsrStrongest(index: RelationIndex, source: number, target: number): number {
  const dist = new Float64Array(index.nodeCount).fill(Infinity);
  const done = new Uint8Array(index.nodeCount);
  const heap: Array<[number, number]> = [[0, source]];
  dist[source] = 0;
  while (heap.length > 0) {
    const [d, u] = popMin(heap);
    if (done[u]) continue;
    done[u] = 1;
    if (u === target) return Math.exp(-d);
    for (let slot = index.slotStart[u]!; slot < index.slotEnd[u]!; slot++) {
      const w = index.strength[index.slotRelation[slot]!]!;
      if (w <= 0) continue;
      const v = index.neighbour[slot]!;
      const dv = d - Math.log(w);
      if (dv < dist[v]!) {
        dist[v] = dv;
        pushPair(heap, [dv, v]);
      }
    }
  }
  return 0;
}

function pushPair(heap: Array<[number, number]>, item: [number, number]): void {
  let i = heap.push(item) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]![0] <= item[0]) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
}

function popMin(heap: Array<[number, number]>): [number, number] {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && heap[child + 1]![0] < heap[child]![0]) child++;
      if (heap[child]![0] >= last[0]) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
  return top;
}

/**
 * The exact best product within maxHops by Bellman-Ford over hop layers (undirected, no filter): slow (every
 * layer can touch the whole graph) but simple, so the benchmark can check the fast search's answers with it.
 */
export function layeredCsrStrongest(index: RelationIndex, source: number, target: number, maxHops: number): number {
  let previous = new Float64Array(index.nodeCount).fill(Infinity);
  previous[source] = 0;
  let active = [source];
  let best = Infinity;
  for (let hop = 1; hop <= maxHops; hop++) {
    const next = new Float64Array(index.nodeCount).fill(Infinity);
    const reached: number[] = [];
    for (const u of active) {
      for (let slot = index.slotStart[u]!; slot < index.slotEnd[u]!; slot++) {
        const w = index.strength[index.slotRelation[slot]!]!;
        if (w <= 0) continue;
        const v = index.neighbour[slot]!;
        const cost = previous[u]! - Math.log(w);
        if (cost < next[v]!) {
          if (next[v] === Infinity) reached.push(v);
          next[v] = cost;
        }
      }
    }
    best = Math.min(best, next[target]!);
    previous = next;
    active = reached;
  }
  return Math.exp(-best);
}
