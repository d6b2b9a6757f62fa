// Tests for computeLayout: bad input, agreement with graphology's own ForceAtlas2 on the same pair graph, determinism, and the shared layout rules (graph/layout/layout-rules.ts).
import t from 'tap';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { generateActorGraph } from '../../../graph/generate/scale-free.js';
import { RELATION_KIND_IDS, RELATION_KINDS } from '../../../graph/model/vocabulary.js';
import { LAYOUT_SETTINGS, seededPosition, seedRadius } from '../../../graph/layout/layout-rules.js';
import { computeLayout, LAYOUT_MAX_ACTORS, type LayoutInput } from '../../../server/layout/compute-layout.js';

function inputOf(actors: number, relations: number): LayoutInput {
  const index = buildRelationIndex(generateActorGraph({ actors, relations, seed: 7 }));
  return {
    nodeIds: index.nodeIds,
    relationSource: index.relationSource.slice(),
    relationTarget: index.relationTarget.slice(),
    strength: index.strength.slice(),
    kind: index.kind.slice(),
  };
}

t.test('computeLayout refuses a graph too large for its float32 matrices', async (t) => {
  const huge = { ...inputOf(3, 3), nodeIds: { length: LAYOUT_MAX_ACTORS + 1 } as string[] };
  t.throws(() => computeLayout(huge, { maxIterations: 1, timeBudgetMs: 1000 }), RangeError);
});

t.test('computeLayout matches graphology ForceAtlas2 on the client-style pair graph built independently', async (t) => {
  const input = inputOf(120, 400);
  const order = input.nodeIds.length;
  // The pair graph as the client builds it: one undirected tie per pair, weight log1p(Σ (structural ? 0.3 : 0.2 + strength)).
  const sums = new Map<string, { low: number; high: number; sum: number }>();
  for (let r = 0; r < input.relationSource.length; r++) {
    const [low, high] = [input.relationSource[r]!, input.relationTarget[r]!].sort((a, b) => a - b) as [number, number];
    const structural = RELATION_KINDS[RELATION_KIND_IDS[input.kind[r]!]!].group === 'structural';
    const pair = sums.get(`${low}:${high}`) ?? { low, high, sum: 0 };
    pair.sum += structural ? 0.3 : 0.2 + input.strength[r]!;
    sums.set(`${low}:${high}`, pair);
  }
  const graph = new Graph({ type: 'undirected', multi: false });
  input.nodeIds.forEach((id) => graph.addNode(id, seededPosition(id, seedRadius(order))));
  // Same edge order as the implementation (by lower end, then first appearance): float sums then agree to the bit.
  for (const { low, high, sum } of [...sums.values()].sort((a, b) => a.low - b.low))
    graph.addEdge(input.nodeIds[low]!, input.nodeIds[high]!, { weight: Math.log1p(sum) });
  const settings = { ...forceAtlas2.inferSettings(graph), ...LAYOUT_SETTINGS };
  const expected = forceAtlas2(graph, { iterations: 15, settings });
  const { positions, iterations } = computeLayout(input, { maxIterations: 15, timeBudgetMs: 60_000 });
  t.equal(iterations, 15);
  let worst = 0;
  input.nodeIds.forEach((id, v) => {
    worst = Math.max(
      worst,
      Math.abs(positions[2 * v]! - expected[id]!.x),
      Math.abs(positions[2 * v + 1]! - expected[id]!.y),
    );
  });
  t.ok(worst < 1e-3, `largest difference ${worst}`);
  t.not(positions[0], seededPosition(input.nodeIds[0]!, seedRadius(order)).x, 'the layout moved the actors');
});

t.test('computeLayout is deterministic and stops at the time budget after at least one iteration', async (t) => {
  const input = inputOf(3000, 6000); // over 2000 actors: Barnes–Hut
  const first = computeLayout(input, { maxIterations: 3, timeBudgetMs: 60_000 });
  const second = computeLayout(input, { maxIterations: 3, timeBudgetMs: 60_000 });
  t.same(Array.from(first.positions), Array.from(second.positions));
  t.ok(first.positions.every(Number.isFinite));
  const cut = computeLayout(input, { maxIterations: 1000, timeBudgetMs: 0 });
  t.equal(cut.iterations, 1, 'a zero time budget still runs one iteration');
});

t.test('computeLayout stops once settled (the client rule), and says whether it did', async (t) => {
  const small = computeLayout(inputOf(20, 40), { maxIterations: 800, timeBudgetMs: 60_000 });
  t.equal(small.settled, true);
  t.ok(small.iterations >= 30 && small.iterations < 800, `${small.iterations} iterations`);
  const capped = computeLayout(inputOf(20, 40), { maxIterations: 31, timeBudgetMs: 60_000 });
  t.equal(capped.settled, false);
  t.equal(capped.iterations, 31);
});
