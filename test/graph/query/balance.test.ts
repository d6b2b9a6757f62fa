// Tests for graph/query/balance.ts: signed triads counted by hand on a small graph, ambivalent pairs left out, roll-up, and the article's 2012 triad.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { balance } from '../../../graph/query/balance.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { NotFoundError, QueryError } from '../../../graph/errors.js';
import { buildGraph } from './fixture.js';

// a+b, b+c, a−c: unbalanced. a+d, b+d: with a+b balanced (+++). c−d, with b+c and b+d: unbalanced. e: a firm based in d.
const graph = buildGraph(
  [
    ['a', 'strategic-partnership', 'b'],
    ['b', 'economic-ties', 'c'],
    ['a', 'rivalry', 'c'],
    ['a', 'friendly-relations', 'd'],
    ['b', 'friendly-relations', 'd'],
    ['c', 'rivalry', 'd'],
    ['x', 'friendly-relations', 'y'],
    ['x', 'rivalry', 'y'],
    ['e', 'based-in', 'f'],
    ['e', 'arms-transfer', 'a'],
  ],
  [{ id: 'e', kind: 'firm' }],
);

t.test('balance refuses an unknown actor and a bad limit', async (t) => {
  t.ok(t.throws(() => balance(graph, {}, { actor: 'zz' })) instanceof NotFoundError);
  t.equal((t.throws(() => balance(graph, {}, { limit: 0 })) as QueryError).field, 'limit');
  t.equal((t.throws(() => balance(graph, { valence: [] })) as QueryError).field, 'valence');
});

t.test('triads by hand: + + − and − − − are unbalanced, ambivalent pairs have no sign', async (t) => {
  const result = balance(graph);
  // Triads with three signed pairs: abc (+,+,−) unbalanced; abd (+,+,+) balanced; acd (−,+,−) balanced; bcd (+,+,−) unbalanced.
  t.equal(result.balanced, 2);
  t.equal(result.unbalanced, 2);
  t.equal(result.ambivalentPairs, 1, 'x–y are friends and rivals: no sign, never netted');
  t.same(
    result.triads.map((triad) => triad.actors),
    [
      ['a', 'b', 'c'],
      ['b', 'c', 'd'],
    ],
  );
  t.equal(result.triads[0]!.reading, 'A–B +, A–C −, B–C +');
  t.same(
    result.triads[0]!.edges.map((edge) => [edge.sign, edge.kind]),
    [
      ['+', 'strategic-partnership'],
      ['-', 'rivalry'],
      ['+', 'economic-ties'],
    ],
  );
  t.ok(
    result.triads[0]!.edges.every((edge) => edge.evidence.quote.length > 0),
    'each pair with its quote',
  );
  t.same(
    balance(graph, {}, { actor: 'd' }).triads.map((triad) => triad.actors),
    [['d', 'b', 'c']],
    'the triads of one actor',
  );
  t.equal(balance(graph, {}, { limit: 1 }).truncated, true);
});

t.test("with roll-up a firm's ties count for its state", async (t) => {
  const graphWithState = buildGraph(
    [
      ['e', 'based-in', 'f'],
      ['e', 'arms-transfer', 'a'],
      ['a', 'rivalry', 'g'],
      ['f', 'friendly-relations', 'g'],
    ],
    [{ id: 'e', kind: 'firm' }],
  );
  t.equal(balance(graphWithState).unbalanced, 0, 'as coded, e–a does not close a triad with f and g');
  const rolled = balance(graphWithState, {}, { rollup: 'state' });
  t.equal(rolled.unbalanced, 1, 'f (through e) + a, a − g, f + g');
  t.equal(rolled.triads[0]!.edges.find((edge) => edge.kind === 'arms-transfer')!.via, 'e');
});

t.test('the article as of 2012: Israel befriends both Armenia and Azerbaijan, which are at war', async (t) => {
  const { graph: besa } = await loadDatasetFile(
    fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)),
  );
  const in2012 = balance(besa, { asOf: '2012' });
  t.same(
    in2012.triads.map((triad) => triad.actors),
    [['armenia', 'azerbaijan', 'israel']],
  );
  t.equal(in2012.triads[0]!.reading, 'Armenia–Azerbaijan −, Armenia–Israel +, Azerbaijan–Israel +');
  t.equal(
    balance(besa).unbalanced,
    0,
    'by 2020 the 2017 halt makes Israel–Azerbaijan ambivalent, so the triad has no sign',
  );
});
