// Tests for graph/metrics: degree, strength by valence, betweenness (brokers), Louvain communities, budgets and the registry.
import t from 'tap';
import { computeMetrics } from '../../../graph/metrics/compute-metrics.js';
import { METRICS } from '../../../graph/metrics/registry.js';
import { METRIC_IDS, type MetricId } from '../../../graph/metrics/results.js';
import { BudgetError, QueryError } from '../../../graph/errors.js';
import { buildGraph, type EdgeSpec } from '../query/fixture.js';

const byId = (result: ReturnType<typeof computeMetrics>) =>
  Object.fromEntries(result.actors.map((row) => [row.id, row]));

t.test('computeMetrics refuses unknown metrics, an empty list and impossible filters', async (t) => {
  const graph = buildGraph([['a', 'arms-transfer', 'b']]);
  const unknown = t.throws(() => computeMetrics(graph, { metrics: ['pagerank' as MetricId] })) as QueryError;
  t.ok(unknown instanceof QueryError);
  t.equal(unknown.field, 'metrics[0]');
  t.equal((t.throws(() => computeMetrics(graph, { metrics: [] })) as QueryError).field, 'metrics');
  t.equal(
    (
      t.throws(() =>
        computeMetrics(graph, {
          filter: { exclude: [...METRICS.map(() => 'arms-transfer' as const)], kinds: ['arms-transfer'] },
        }),
      ) as QueryError
    ).field,
    'kinds',
  );
  t.equal((t.throws(() => computeMetrics(graph, { filter: { asOf: '12' } })) as QueryError).field, 'asOf');
});

t.test('the registry holds one metric per id', async (t) => {
  t.same(
    METRICS.map((metric) => metric.id),
    [...METRIC_IDS],
    'each metric is filed under its own id, in METRIC_IDS order',
  );
  t.ok(METRICS.every((metric) => metric.description.length > 10));
});

t.test('degree counts filtered relations; undirected ones count in and out', async (t) => {
  const graph = buildGraph(
    [
      ['a', 'arms-transfer', 'b'],
      ['a', 'arms-transfer', 'c'],
      ['c', 'rivalry', 'a'],
      ['b', 'based-in', 'c'],
      ['a', 'strategic-partnership', 'late'],
    ],
    [{ id: 'late', exists: { start: '1991' } }, 'lonely'],
  );
  const rows = byId(computeMetrics(graph, { metrics: ['degree'] }));
  t.match(rows.a, { degree: 4, inDegree: 2, outDegree: 4 });
  t.match(rows.b, { degree: 2, inDegree: 1, outDegree: 1 });
  t.match(rows.c, { degree: 3, inDegree: 3, outDegree: 1 });
  t.match(rows.lonely, { degree: 0, inDegree: 0, outDegree: 0 });
  t.notOk('betweenness' in rows.a!, 'metrics not asked for are absent');
  t.equal(
    byId(computeMetrics(graph, { filter: { asOf: '1990' }, metrics: ['degree'] })).late!.degree,
    0,
    'late exists from 1991',
  );
  t.equal(byId(computeMetrics(graph, { filter: { asOf: '1991' }, metrics: ['degree'] })).late!.degree, 1);
  t.equal(byId(computeMetrics(graph, { filter: { exclude: ['based-in'] }, metrics: ['degree'] })).b!.degree, 1);
});

t.test('strength sums strength × confidence per valence, never netted, structural left out', async (t) => {
  const graph = buildGraph([
    ['a', 'arms-transfer', 'b', { strength: 0.8, confidence: 0.5 }], // 0.4
    ['a', 'energy-supply', 'c', { strength: 0.5, confidence: 1 }], // 0.5
    ['a', 'rivalry', 'c', { strength: 0.6, confidence: 0.5 }], // 0.3 hostile
    ['a', 'based-in', 'b', { strength: 1, confidence: 1 }],
  ]);
  const rows = byId(computeMetrics(graph, { metrics: ['strength'] }));
  t.ok(Math.abs(rows.a!.strength!.cooperative - 0.9) < 1e-12, '0.4 + 0.5');
  t.ok(Math.abs(rows.a!.strength!.hostile - 0.3) < 1e-12);
  t.same(rows.b!.strength, { cooperative: 0.4, hostile: 0, mixed: 0, neutral: 0 }, 'based-in adds nothing');
});

t.test('betweenness on a path graph: the middle is the broker', async (t) => {
  // Path a–b–c–d–e (mixed directions: the projection is undirected). Normalised 2·pairs/((n−1)(n−2)) = pairs/6:
  // c lies on (a,d) (a,e) (b,d) (b,e): 4/6; b on (a,c) (a,d) (a,e): 3/6; d likewise; a and e on none.
  const graph = buildGraph([
    ['a', 'arms-transfer', 'b'],
    ['c', 'arms-transfer', 'b'],
    ['c', 'rivalry', 'd'],
    ['d', 'economic-ties', 'e'],
    ['a', 'arms-transfer', 'b', { strength: 0.9 }],
  ]);
  const result = computeMetrics(graph, { metrics: ['betweenness'] });
  const rows = byId(result);
  t.ok(Math.abs(rows.c!.betweenness! - 4 / 6) < 1e-12);
  t.ok(Math.abs(rows.b!.betweenness! - 3 / 6) < 1e-12);
  t.ok(Math.abs(rows.d!.betweenness! - 3 / 6) < 1e-12);
  t.equal(rows.a!.betweenness, 0);
  t.same(result.brokers, ['c', 'b', 'd'], 'highest first, ties by id, zeros left out');
  t.same(result.computed, ['betweenness']);
  const cut = computeMetrics(graph, { filter: { exclude: ['rivalry'] }, metrics: ['betweenness'] });
  // Without the rivalry: a–b–c and d–e, still five actors; b lies on (a,c) only: 2·1/(4·3) = 1/6.
  t.same(cut.brokers, ['b'], 'without the rivalry the path falls in two');
  t.ok(Math.abs(byId(cut).b!.betweenness! - 1 / 6) < 1e-12);
  t.equal(byId(cut).c!.betweenness, 0);
});

t.test('Louvain finds the two cliques of a barbell, stably', async (t) => {
  const clique = (prefix: string): EdgeSpec[] =>
    [0, 1, 2, 3, 4].flatMap((i) =>
      [0, 1, 2, 3, 4]
        .filter((j) => j > i)
        .map((j): EdgeSpec => [`${prefix}${i}`, 'strategic-partnership', `${prefix}${j}`]),
    );
  const graph = buildGraph([...clique('l'), ...clique('r'), ['l0', 'economic-ties', 'r0']], ['alone']);
  const result = computeMetrics(graph, { metrics: ['communities'] });
  t.equal(result.communities.length, 2);
  t.same(
    result.communities.map((community) => community.size),
    [5, 5],
  );
  const rows = byId(result);
  const left = rows.l1!.community;
  const right = rows.r1!.community;
  t.not(left, right);
  t.ok(['l0', 'l2', 'l3', 'l4'].every((id) => rows[id]!.community === left));
  t.ok(['r0', 'r2', 'r3', 'r4'].every((id) => rows[id]!.community === right));
  t.notOk('community' in rows.alone!, 'an actor with no filtered relation has no community');
  t.same(result.communities[0]!.members.slice(0, 1), ['l0'], 'the bridge end has the most ties and the lower id');
  t.same(
    computeMetrics(graph, { metrics: ['communities'] }).communities,
    result.communities,
    'seeded: same result twice',
  );
});

t.test('betweenness over budget is sampled, and past ten sources skipped or refused', async (t) => {
  // A star of 200 leaves plus a tail: 202 actors, 201 ties, 202 × 403 ≈ 81 000 steps for the exact computation.
  const graph = buildGraph([
    ...Array.from({ length: 200 }, (_, i): EdgeSpec => ['hub', 'arms-transfer', `leaf-${i}`]),
    ['leaf-0', 'rivalry', 'tail'],
  ]);
  const exact = computeMetrics(graph, { metrics: ['betweenness'] });
  t.same(exact.approximations, []);
  // 403 steps per source: a budget of 20 000 affords 49 sources.
  const sampled = computeMetrics(graph, { metrics: ['betweenness'], betweennessBudget: 20_000 });
  t.equal(sampled.approximations.length, 1);
  t.match(sampled.approximations[0], { metric: 'betweenness', sources: 49, actors: 202 });
  t.same(
    sampled.brokers.slice(0, 2),
    ['hub', 'leaf-0'],
    'the hub and the leaf before the tail, as in the exact result',
  );
  t.same(exact.brokers.slice(0, 2), ['hub', 'leaf-0']);
  const hub = (result: typeof exact) => result.actors.find((row) => row.id === 'hub')!.betweenness!;
  t.ok(Math.abs(hub(sampled) - hub(exact)) < 0.1, `estimate ${hub(sampled)} near ${hub(exact)}`);
  t.same(
    computeMetrics(graph, { metrics: ['betweenness'], betweennessBudget: 20_000 }).actors,
    sampled.actors,
    'seeded: same estimate twice',
  );
  // A budget of 2 000 affords 4 sources: too few.
  const skipped = computeMetrics(graph, { betweennessBudget: 2000 });
  t.same(skipped.computed, ['degree', 'strength', 'communities']);
  t.equal(skipped.skipped[0]!.metric, 'betweenness');
  t.match(skipped.skipped[0]!.reason, /over budget/);
  t.same(skipped.brokers, []);
  const error = t.throws(() =>
    computeMetrics(graph, { metrics: ['degree', 'betweenness'], betweennessBudget: 2000 }),
  ) as BudgetError;
  t.ok(error instanceof BudgetError);
  t.equal(error.field, 'metrics');
  t.equal((t.throws(() => computeMetrics(graph, { betweennessBudget: 0 })) as QueryError).field, 'betweennessBudget');
  t.equal(
    computeMetrics(graph, { filter: { kinds: ['rivalry'] }, betweennessBudget: 2000 }).skipped.length,
    0,
    'a narrower filter fits the budget',
  );
});
