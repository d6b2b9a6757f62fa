// Tests for graph/query/changes-between.ts: bad dates, appeared / ended / changed on a hand-made fixture, the filter, and the bundled dataset.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { changesBetween } from '../../../graph/query/changes-between.js';
import { QueryError } from '../../../graph/errors.js';
import { buildGraph } from './fixture.js';

const graph = buildGraph([
  ['a', 'arms-transfer', 'b', { strength: 0.8, dates: { point: '2012' } }],
  ['a', 'armed-conflict', 'b', { strength: 1, dates: { start: '2008', end: '2015' } }],
  ['c', 'arms-transfer', 'b', { strength: 0.4, dates: { start: '2005' } }],
  ['c', 'arms-transfer', 'b', { strength: 0.9, dates: { point: '2018' } }],
  ['c', 'entente', 'd'],
]);
const ids = (list: { relation: string }[]) => list.map((change) => change.relation);

t.test('bad dates are refused with a QueryError naming the field', async (t) => {
  const field = (fn: () => unknown) => {
    const error = t.throws(fn) as QueryError;
    t.ok(error instanceof QueryError);
    return error.field;
  };
  t.equal(
    field(() => changesBetween(graph, '2020', '2010')),
    'to',
    'to before from',
  );
  t.equal(
    field(() => changesBetween(graph, '2020-05', '2020-04-30')),
    'to',
    'to before from at day precision',
  );
  t.equal(
    field(() => changesBetween(graph, '2019-02-30', '2020')),
    'from',
  );
  t.equal(
    field(() => changesBetween(graph, '2010', 'soon')),
    'to',
  );
  t.equal(
    field(() => changesBetween(graph, '2010', '2020', { kinds: ['entente'], exclude: ['entente'] })),
    'kinds',
  );
});

t.test('appeared, ended and changed on the fixture, 2010 → 2020', async (t) => {
  const changes = changesBetween(graph, '2010', '2020');
  t.same(ids(changes.appeared), ['a-arms-transfer-b-0', 'c-arms-transfer-b-3']);
  t.same(ids(changes.ended), ['a-armed-conflict-b-1']);
  t.same(changes.ended[0]!.strengthFrom, 1);
  t.equal(changes.ended[0]!.strengthTo, null);
  // b–c arms transfers: the strongest is 0.4 in 2010 and 0.9 in 2020; the pair is given in id order.
  t.same(
    changes.changed.map(({ a, b, kind, strengthFrom, strengthTo }) => [a, b, kind, strengthFrom, strengthTo]),
    [['b', 'c', 'arms-transfer', 0.4, 0.9]],
  );
  t.equal(changes.changed[0]!.evidence.quote, 'c arms-transfer b', 'the evidence of the strongest relation at `to`');
  t.equal(changes.appeared[0]!.strengthFrom, null);
  t.equal(changes.appeared[0]!.evidence.quote, 'a arms-transfer b');
});

t.test('same date, the filter, and a narrower window', async (t) => {
  const same = changesBetween(graph, '2012', '2012');
  t.same([same.appeared, same.ended, same.changed], [[], [], []], 'nothing changes between a date and itself');
  const wars = changesBetween(graph, '2010', '2020', { kinds: ['armed-conflict'] });
  t.same([ids(wars.appeared), ids(wars.ended), wars.changed.length], [[], ['a-armed-conflict-b-1'], 0]);
  t.same(ids(changesBetween(graph, '2013', '2014').appeared), [], 'nothing starts between 2013 and 2014');
});

t.test('the bundled dataset, 2016 → 2020', async (t) => {
  const { graph: besa, texts } = await loadDatasetFile(
    fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)),
  );
  const changes = changesBetween(besa, '2016', '2020');
  t.ok(ids(changes.appeared).includes('israel-azerbaijan-drones-alleged-2020'));
  t.notOk(ids(changes.appeared).includes('israel-azerbaijan-arms-2016'), 'a 2016 transfer was already there in 2016');
  t.ok(ids(changes.ended).includes('armenia-azerbaijan-war-2016'), 'the four-day war ended in 2016');
  t.same(
    changes.changed.map(({ a, b, kind }) => [a, b, kind]),
    [['armenia', 'azerbaijan', 'armed-conflict']],
  );
  const all = [...changes.appeared, ...changes.ended, ...changes.changed];
  const text = [...texts.values()].join('\n');
  t.ok(
    all.every((change) => text.includes(change.evidence.quote)),
    'every evidence quote is in the source text',
  );
  const order = (list: typeof all) => list.map((c) => `${c.a}\u0000${c.b}\u0000${c.kind}\u0000${c.relation}`);
  t.same(order(changes.appeared), [...order(changes.appeared)].sort(), 'deterministic order');
  t.ok(ids(changesBetween(besa, '2010', '2020').appeared).includes('israel-azerbaijan-arms-2016'));
});
