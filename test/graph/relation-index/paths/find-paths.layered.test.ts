// Tests for graph/relation-index/paths/find-paths.ts on synthetic graphs of a few hundred actors, against a hop-layered dynamic programme.
import t from 'tap';
import fc from 'fast-check';
import { generateActorGraph } from '../../../../graph/generate/scale-free.js';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { STRUCTURAL_STEP_WEIGHT, type PathQuery } from '../../../../graph/relation-index/path-query.js';
import { RELATION_KINDS } from '../../../../graph/model/vocabulary.js';
import type { ActorGraph } from '../../../../graph/model/actor-graph.js';
import { compileFilter } from '../../../../graph/shared/filter.js';

/**
 * The best score within maxHops by dynamic programming over hop counts (Bellman-Ford by layers): best[h][v] over
 * walks of ≤ h hops. A walk that repeats an actor can be cut to a simple path no worse (weights ≤ 1), so the
 * optimum equals the best simple path's. Far too slow for the product, independent of it, exact.
 */
function layeredBest(graph: ActorGraph, query: PathQuery): number | undefined {
  const passes = compileFilter(query);
  const mode = query.mode ?? 'shortest';
  const arcs: Array<[string, string, number]> = [];
  graph.forEachEdge((_, relation, source, target, sourceActor, targetActor, undirected) => {
    if (!passes(relation, sourceActor, targetActor)) return;
    const w =
      mode !== 'shortest' && RELATION_KINDS[relation.kind].domain === 'structural'
        ? STRUCTURAL_STEP_WEIGHT
        : query.weight === 'strength-confidence'
          ? relation.strength * relation.confidence
          : relation.strength;
    if (mode !== 'shortest' && w <= 0) return;
    arcs.push([source, target, w]);
    if (undirected || !query.directed) arcs.push([target, source, w]);
  });
  // shortest: fewest hops (value = -hops); strongest: product; widest: bottleneck. Greater is better.
  let best = new Map<string, number>([[query.from, mode === 'shortest' ? 0 : mode === 'strongest' ? 1 : Infinity]]);
  let answer: number | undefined;
  for (let h = 1; h <= (query.maxHops ?? 6); h++) {
    const next = new Map(best);
    for (const [u, v, w] of arcs) {
      const at = best.get(u);
      if (at === undefined) continue;
      const value = mode === 'shortest' ? at - 1 : mode === 'strongest' ? at * w : Math.min(at, w);
      if (value > (next.get(v) ?? -Infinity)) next.set(v, value);
    }
    best = next;
    const reached = best.get(query.to);
    if (reached !== undefined && (answer === undefined || reached > answer)) answer = reached;
  }
  return answer === undefined ? undefined : mode === 'shortest' ? -answer : answer;
}

t.test('best paths on 300-actor scale-free graphs equal the hop-layered optimum', async (t) => {
  const graph = generateActorGraph({ actors: 300, relations: 1500, seed: 7 });
  const index = buildRelationIndex(graph);
  const ids = graph.nodes();
  let compared = 0;
  fc.assert(
    fc.property(
      fc.nat(299),
      fc.nat(299),
      fc.constantFrom('shortest', 'strongest', 'widest' as const),
      fc.integer({ min: 1, max: 8 }),
      fc.boolean(),
      fc.constantFrom(undefined, 0.3),
      fc.constantFrom(undefined, '2000'),
      fc.constantFrom('strength', 'strength-confidence' as const),
      (a, b, mode, maxHops, directed, minStrength, asOf, weight) => {
        if (a === b) return;
        const query: PathQuery = {
          from: ids[a]!,
          to: ids[b]!,
          mode,
          maxHops,
          directed,
          weight,
          ...(minStrength ? { minStrength } : {}),
          ...(asOf ? { asOf } : {}),
        };
        const expected = layeredBest(graph, query);
        const result = findPaths(index, query);
        compared++;
        if (expected === undefined) return result.outcome === 'no-path';
        const score = result.paths[0]?.score;
        return score !== undefined && Math.abs(score - expected) <= 1e-9 * Math.max(1, expected);
      },
    ),
    { numRuns: 400, seed: 42 },
  );
  t.ok(compared > 350, `${compared} queries compared`);
});
