// Tests for overviewSubgraph and focusSubgraph on a hand-checked fixture: ranking, hops, limits, caps, filters and bad input.
import t from 'tap';
import Graph from 'graphology';
import { BudgetError, NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { focusSubgraph, overviewSubgraph, rankActors } from '../../../graph/relation-index/subgraph.js';
import { SUBGRAPH_RELATIONS_PER_PAIR } from '../../../graph/relation-index/subgraph-limits.js';
import { buildGraph, type EdgeSpec } from '../query/fixture.js';

// Strengths by hand (everything passes): a 0.9+0.4 = 1.3, b 0.9+0.5 = 1.4, c 0.4+0.5+0.2 = 1.1, d 0.2+0.3 = 0.5, e 0.3, f 0.
const EDGES: EdgeSpec[] = [
  ['a', 'arms-transfer', 'b', { strength: 0.9 }],
  ['a', 'rivalry', 'c', { strength: 0.4 }],
  ['b', 'economic-ties', 'c', { strength: 0.5 }],
  ['c', 'arms-transfer', 'd', { strength: 0.2 }],
  ['d', 'economic-ties', 'e', { strength: 0.3 }],
];
const graph = buildGraph(EDGES, ['f']);
const id = (n: number) => `${EDGES[n]![0]}-${EDGES[n]![1]}-${EDGES[n]![2]}-${n}`;
const keys = (view: { nodes: Array<{ key: string }> }) => view.nodes.map((node) => node.key);
const edgeKeys = (view: { edges: Array<{ key: string }> }) => view.edges.map((edge) => edge.key);

t.test('both refuse bad options with typed errors naming the field', async (t) => {
  t.throws(() => overviewSubgraph(graph, { limit: 0 }), QueryError);
  t.throws(() => overviewSubgraph(graph, { limit: 1.5 }), QueryError);
  t.throws(() => overviewSubgraph(graph, { limit: 5001 }), BudgetError);
  t.throws(() => overviewSubgraph(graph, { maxRelations: -1 }), QueryError);
  t.throws(() => overviewSubgraph(graph, { limit: 2, maxRelations: 21 }), BudgetError);
  t.throws(() => overviewSubgraph(graph, { filter: { kinds: ['rivalry'], exclude: ['rivalry'] } }), {
    name: 'QueryError',
    field: 'kinds',
  });
  t.throws(() => overviewSubgraph(graph, { filter: { asOf: '2019-02-30' } }), { name: 'QueryError', field: 'asOf' });
  t.throws(() => focusSubgraph(graph, { focus: [] }), { name: 'QueryError', field: 'focus' });
  t.throws(() => focusSubgraph(graph, { focus: Array.from({ length: 65 }, () => 'a') }), BudgetError);
  t.throws(() => focusSubgraph(graph, { focus: ['a'], depth: -1 }), { name: 'QueryError', field: 'depth' });
  t.throws(() => focusSubgraph(graph, { focus: ['a'], depth: 5 }), BudgetError);
  t.throws(() => focusSubgraph(graph, { focus: ['a', 'b'], limit: 1 }), { name: 'QueryError', field: 'limit' });
  const unknown = t.throws(() => focusSubgraph(graph, { focus: ['a', 'bb'] })) as unknown;
  t.ok(unknown instanceof NotFoundError);
  t.equal((unknown as NotFoundError).field, 'focus[1]');
  t.ok((unknown as NotFoundError).suggestions.includes('b'), 'close matches offered');
});

t.test('overview keeps the strongest actors (ties by id) and the relations among them, strongest first', async (t) => {
  const top = overviewSubgraph(graph, { limit: 3 });
  t.same(keys(top), ['b', 'a', 'c']);
  t.same(edgeKeys(top), [id(0), id(2), id(1)]);
  t.equal(top.truncated, true, 'd, e and f left out');
  t.equal(top.totalActors, 6);
  t.equal(top.totalRelations, 5);
  const all = overviewSubgraph(graph, { limit: 10 });
  t.same(keys(all), ['b', 'a', 'c', 'd', 'e', 'f'], 'the isolated actor comes last');
  t.equal(all.edges.length, 5);
  t.equal(all.truncated, false);
  // Arms transfers only: a 0.9, b 0.9, c 0.2, d 0.2, e 0, f 0 — ties broken by id.
  const arms = overviewSubgraph(graph, { limit: 3, filter: { kinds: ['arms-transfer'] } });
  t.same(keys(arms), ['a', 'b', 'c']);
  t.same(edgeKeys(arms), [id(0)]);
  t.equal(arms.totalRelations, 2);
});

t.test('overview is graphology serialisation that Graph.from reads back', async (t) => {
  const view = overviewSubgraph(graph, { limit: 6 });
  const copy = Graph.from(view as never);
  t.equal(copy.order, 6);
  t.equal(copy.size, 5);
  t.equal(copy.isDirected(id(0)), true, 'arms transfer is directed');
  t.equal(copy.isUndirected(id(1)), true, 'rivalry is undirected');
  t.equal(view.attributes.id, 'fixture');
});

t.test('overview with a memoised ranking, or from the index, gives the same answer', async (t) => {
  const index = buildRelationIndex(graph);
  const filter = { minStrength: 0.3 };
  const ranking = rankActors(index, filter);
  t.same(overviewSubgraph(index, { limit: 4, filter }, ranking), overviewSubgraph(graph, { limit: 4, filter }));
  t.equal(ranking.passing, 4);
});

t.test('overview caps relations: maxRelations in all and 25 per pair', async (t) => {
  const two = overviewSubgraph(graph, { limit: 6, maxRelations: 2 });
  t.same(edgeKeys(two), [id(0), id(2)]);
  t.equal(two.truncated, true);
  const parallel: EdgeSpec[] = Array.from({ length: 30 }, (_, i) => [
    'x',
    'arms-transfer',
    'y',
    { strength: (i + 1) / 100 },
  ]);
  const hubs = buildGraph([...parallel, ['y', 'rivalry', 'z', { strength: 0.1 }]]);
  const view = overviewSubgraph(hubs, { limit: 3 });
  t.equal(view.edges.length, SUBGRAPH_RELATIONS_PER_PAIR + 1, 'the y–z relation survives the hub pair');
  t.equal(view.edges[0]!.attributes.strength, 0.3, 'the strongest parallel relation first');
  t.ok(view.edges.some((edge) => edge.key.startsWith('y-rivalry-z')));
  t.equal(view.truncated, true);
});

t.test('focus reaches out hop by hop, strongest tie first within a hop', async (t) => {
  const one = focusSubgraph(graph, { focus: ['d'] });
  t.same(keys(one), ['d', 'e', 'c'], 'e (0.3) before c (0.2)');
  t.same(edgeKeys(one), [id(4), id(3)]);
  t.equal(one.truncated, false);
  t.equal(one.totalRelations, 5);
  const two = focusSubgraph(graph, { focus: ['d'], depth: 2 });
  t.same(keys(two), ['d', 'e', 'c', 'b', 'a'], 'hop 2 from c: b (0.5) before a (0.4)');
  t.same(edgeKeys(two), [id(0), id(2), id(1), id(4), id(3)]);
  const alone = focusSubgraph(graph, { focus: ['e'], depth: 0 });
  t.same(keys(alone), ['e']);
  t.same(alone.edges, []);
  const pair = focusSubgraph(graph, { focus: ['a', 'e', 'a'] });
  t.same(keys(pair), ['a', 'e', 'b', 'c', 'd'], 'duplicates dropped; b 0.9, c 0.4, d 0.3');
});

t.test('focus cuts a hop at the limit, keeping the strongest ties, and says so', async (t) => {
  const cut = focusSubgraph(graph, { focus: ['d'], limit: 2 });
  t.same(keys(cut), ['d', 'e']);
  t.same(edgeKeys(cut), [id(4)]);
  t.equal(cut.truncated, true);
  const deep = focusSubgraph(graph, { focus: ['d'], depth: 4, limit: 4 });
  t.same(keys(deep), ['d', 'e', 'c', 'b'], 'no third hop once the limit is reached');
  t.equal(deep.truncated, true);
});

t.test('focus follows only relations passing the filter', async (t) => {
  const hostile = focusSubgraph(graph, { focus: ['a'], filter: { valence: ['hostile'] } });
  t.same(keys(hostile), ['a', 'c']);
  t.same(edgeKeys(hostile), [id(1)]);
  t.equal(hostile.totalRelations, 1);
  const strong = focusSubgraph(graph, { focus: ['d'], depth: 3, filter: { minStrength: 0.3 } });
  t.same(keys(strong), ['d', 'e'], 'c is reached only through a 0.2 tie');
});
