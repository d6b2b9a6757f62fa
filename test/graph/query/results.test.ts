// Tests for graph/query/results.ts: every query's result matches its schema and survives a JSON round trip.
import t from 'tap';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import {
  ActorSummary,
  CompareActorsResult,
  ComparePairsResult,
  MetricsResult,
  NeighbourhoodResult,
  TieCard,
} from '../../../graph/query/results.js';
import { tieCard } from '../../../graph/query/tie-card.js';
import { compareActors, comparePairs } from '../../../graph/query/compare.js';
import { actorSummary } from '../../../graph/query/actor-summary.js';
import { neighbourhood } from '../../../graph/query/neighbourhood.js';
import { computeMetrics } from '../../../graph/metrics/compute-metrics.js';
import { buildGraph } from './fixture.js';

const graph = buildGraph(
  [
    ['a', 'arms-transfer', 'b', { dates: { start: '2012', end: '2016' }, amounts: [{ value: 5, currency: 'USD' }] }],
    ['b', 'rivalry', 'c', { strength: 0.7, confidence: 0.6 }],
    ['c', 'based-in', 'a', { strength: 1 }],
    ['a', 'statement', 'c', { valence: 'hostile', stance: 'reported' }],
  ],
  [{ id: 'b', exists: { start: '1991' } }],
);

t.test('a malformed result fails its schema (the check can fail)', async (t) => {
  const card = tieCard(graph, 'a', 'b', {});
  t.notOk(Value.Check(TieCard, { ...card, total: -1 }));
  t.notOk(Value.Check(TieCard, { ...card, extra: true }));
});

t.test('every query result matches its schema and is plain JSON', async (t) => {
  const cases: Array<[string, TSchema, unknown]> = [
    ['tieCard', TieCard, tieCard(graph, 'a', 'b', { asOf: '2013' })],
    [
      'comparePairs',
      ComparePairsResult,
      comparePairs(
        graph,
        [
          ['a', 'b'],
          ['a', 'c'],
        ],
        {},
      ),
    ],
    ['compareActors', CompareActorsResult, compareActors(graph, ['a', 'b', 'c'], {})],
    ['actorSummary', ActorSummary, actorSummary(graph, 'a', {})],
    ['neighbourhood', NeighbourhoodResult, neighbourhood(graph, 'a', { depth: 2, asOf: '2013' })],
    ['computeMetrics', MetricsResult, computeMetrics(graph, {})],
  ];
  for (const [name, schema, result] of cases) {
    const errors = [...Value.Errors(schema, result)].slice(0, 3);
    t.same(errors, [], `${name} matches its schema`);
    t.same(JSON.parse(JSON.stringify(result)), result, `${name} survives JSON`);
  }
});
