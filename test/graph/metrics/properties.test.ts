// Property tests: betweenness against brute-force shortest-path counting, and degree against a direct count, on small random graphs.
import t from 'tap';
import fc from 'fast-check';
import { computeMetrics } from '../../../graph/metrics/compute-metrics.js';
import { compileFilter, type RelationFilter } from '../../../graph/shared/filter.js';
import { QueryError } from '../../../graph/errors.js';
import type { MetricId } from '../../../graph/metrics/results.js';
import { buildGraph, type EdgeSpec } from '../query/fixture.js';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { buildProjection, projectionCsr, projectionGraph } from '../../../graph/metrics/projection.js';
import { sampledBetweenness } from '../../../graph/metrics/sampled-betweenness.js';
import type { FilteredRelation } from '../../../graph/metrics/metric.js';

/** The relations of an edge list as the metrics see them (no filter). */
function collect(edges: EdgeSpec[]): FilteredRelation[] {
  const graph = buildGraph(edges);
  return graph.mapEdges((_key, relation, _s, _t, source, target, undirected) => ({
    relation,
    source,
    target,
    undirected,
  }));
}

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f'];
const KINDS = ['arms-transfer', 'rivalry', 'statement'] as const;
const edgeArb = fc
  .tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...KINDS), fc.constantFrom(...ACTORS))
  .filter(([source, , target]) => source !== target)
  .map(([source, kind, target]): EdgeSpec => [source, kind, target]);
const filterArb: fc.Arbitrary<RelationFilter> = fc.record(
  { kinds: fc.subarray([...KINDS], { minLength: 1 }) },
  { requiredKeys: [] },
);

/** Undirected adjacency of the filtered relations, ignoring parallel relations. */
function adjacency(edges: EdgeSpec[], filter: RelationFilter): Map<string, Set<string>> {
  const graph = buildGraph(edges);
  const passes = compileFilter(filter);
  const neighbours = new Map<string, Set<string>>();
  graph.forEachEdge((_key, relation, source, target, sourceActor, targetActor) => {
    if (!passes(relation, sourceActor, targetActor)) return;
    for (const [x, y] of [
      [source, target],
      [target, source],
    ] as const) {
      if (!neighbours.has(x)) neighbours.set(x, new Set());
      neighbours.get(x)!.add(y);
    }
  });
  return neighbours;
}

/** Shortest-path distance and count of shortest paths from `s` by BFS. */
function pathCounts(neighbours: Map<string, Set<string>>, s: string) {
  const distance = new Map([[s, 0]]);
  const count = new Map([[s, 1]]);
  const queue = [s];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (const v of neighbours.get(u) ?? []) {
      if (!distance.has(v)) {
        distance.set(v, distance.get(u)! + 1);
        count.set(v, 0);
        queue.push(v);
      }
      if (distance.get(v) === distance.get(u)! + 1) count.set(v, count.get(v)! + count.get(u)!);
    }
  }
  return { distance, count };
}

/** Betweenness by definition: Σ over pairs s < t of σ_st(v)/σ_st, normalised by ((n − 1)(n − 2))/2. */
function bruteBetweenness(neighbours: Map<string, Set<string>>): Map<string, number> {
  const nodes = [...neighbours.keys()];
  const n = nodes.length;
  const counts = new Map(nodes.map((s) => [s, pathCounts(neighbours, s)]));
  const result = new Map<string, number>();
  for (const v of nodes) {
    let sum = 0;
    for (const s of nodes) {
      for (const t of nodes) {
        if (s >= t || s === v || t === v) continue;
        const fromS = counts.get(s)!;
        const fromV = counts.get(v)!;
        const dst = fromS.distance.get(t);
        if (dst === undefined || fromS.distance.get(v) === undefined || fromV.distance.get(t) === undefined) continue;
        if (fromS.distance.get(v)! + fromV.distance.get(t)! !== dst) continue;
        sum += (fromS.count.get(v)! * fromV.count.get(t)!) / fromS.count.get(t)!;
      }
    }
    result.set(v, n > 2 ? sum / (((n - 1) * (n - 2)) / 2) : 0);
  }
  return result;
}

t.test('computeMetrics refuses a metric list with an unknown id at its index', async (t) => {
  const error = t.throws(() =>
    computeMetrics(buildGraph([]), { metrics: ['degree', 'closeness' as MetricId] }),
  ) as QueryError;
  t.equal(error.field, 'metrics[1]');
});

t.test('betweenness matches the definition on small random graphs', async () => {
  fc.assert(
    fc.property(fc.array(edgeArb, { maxLength: 12 }), filterArb, (edges, filter) => {
      const rows = computeMetrics(buildGraph(edges), { filter, metrics: ['betweenness'] }).actors;
      const expected = bruteBetweenness(adjacency(edges, filter));
      return rows.every((row) => Math.abs(row.betweenness! - (expected.get(row.id) ?? 0)) < 1e-9);
    }),
    { seed: 5, numRuns: 200 },
  );
});

t.test('sampled betweenness from every source equals graphology-metrics exactly', async () => {
  fc.assert(
    fc.property(fc.array(edgeArb, { maxLength: 12 }), (edges) => {
      const projection = buildProjection(collect(edges));
      const order = projection.ids.length;
      const exact =
        order === 0
          ? {}
          : betweennessCentrality(projectionGraph(projection), { getEdgeWeight: null, normalized: true });
      const sampled = sampledBetweenness(projectionCsr(projection), order);
      return (
        Object.keys(exact).length === order &&
        Object.keys(exact).every((id) => Math.abs(exact[id]! - sampled[id]!) < 1e-12)
      );
    }),
    { seed: 8, numRuns: 200 },
  );
});

t.test('degree equals a direct count of the filtered relations touching each actor', async () => {
  fc.assert(
    fc.property(fc.array(edgeArb, { maxLength: 12 }), filterArb, (edges, filter) => {
      const rows = computeMetrics(buildGraph(edges), { filter, metrics: ['degree'] }).actors;
      const kinds = new Set(filter.kinds ?? KINDS);
      return rows.every(
        (row) =>
          row.degree ===
          edges.filter(([s, kind, t]) => kinds.has(kind as (typeof KINDS)[number]) && (s === row.id || t === row.id))
            .length,
      );
    }),
    { seed: 6, numRuns: 200 },
  );
});
