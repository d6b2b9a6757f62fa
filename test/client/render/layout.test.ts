// Tests of client/render/layout.ts: tie weights, pair weights and the main-thread run (the worker itself runs in the browser tests).
import t from 'tap';
import { toDisplayGraph } from '../../../client/render/display-graph.js';
import { layoutWeight, pairWeights, runLayout, syncInterval } from '../../../client/render/layout.js';
import { fixtureView, relation } from './fixture.js';

t.test('layoutWeight: structural ties pull less than any strong tie', async (t) => {
  t.equal(layoutWeight(relation('s', 'based-in', 'a', 'b', { strength: 1 })), 0.3);
  t.equal(layoutWeight(relation('w', 'rivalry', 'a', 'b', { strength: 0 })), 0.2);
  t.equal(layoutWeight(relation('r', 'rivalry', 'a', 'b', { strength: 0.9 })), 1.1);
});

t.test('pairWeights: one weight per pair, the log of its summed tie weights', async (t) => {
  t.same([...pairWeights(toDisplayGraph({ ...fixtureView(), edges: [] })).values()], [], 'no ties, no pairs');
  const pairs = [...pairWeights(toDisplayGraph(fixtureView())).values()].sort((a, b) =>
    a.source + a.target < b.source + b.target ? -1 : 1,
  );
  // By hand from the fixture: three Israel–Azerbaijan ties of weight 1.1 + 0.9 + 1.0 (either direction), one rivalry 1.1, one based-in 0.3.
  t.same(
    pairs.map((p) => [p.source, p.target]),
    [
      ['azerbaijan', 'israel'],
      ['iai', 'israel'],
      ['iran', 'israel'],
    ],
  );
  t.ok(Math.abs(pairs[0]!.weight - Math.log(4)) < 1e-9, 'three ties: log(1 + 3.0)');
  t.ok(Math.abs(pairs[1]!.weight - Math.log(1.3)) < 1e-9, 'structural: log(1 + 0.3)');
  t.ok(Math.abs(pairs[2]!.weight - Math.log(2.1)) < 1e-9, 'one rivalry: log(1 + 1.1)');
});

t.test(
  'runLayout without Worker (as in Node) runs the same budget on the main thread, deterministically',
  async (t) => {
    const empty = toDisplayGraph({ ...fixtureView(), nodes: [], edges: [] });
    t.same(await runLayout(empty).done, { iterations: 0, reason: 'settled', ran: 'worker' }, 'nothing to lay out');
    const a = toDisplayGraph(fixtureView());
    const b = toDisplayGraph(fixtureView());
    const seeded = a.mapNodes((_n, { x, y }) => [x, y]);
    const outcome = await runLayout(a, 50).done;
    t.same(outcome, { iterations: 50, reason: 'budget', ran: 'main-thread' });
    t.notSame(
      a.mapNodes((_n, { x, y }) => [x, y]),
      seeded,
      'the actors moved',
    );
    await runLayout(b, 50).done;
    t.same(
      b.mapNodes((_n, { x, y }) => [x, y]),
      a.mapNodes((_n, { x, y }) => [x, y]),
      'same start, same budget: same picture',
    );
    t.equal(syncInterval(100, false), 1);
    t.equal(syncInterval(50_000, false), 40);
    t.equal(syncInterval(100, true), Infinity, 'less motion: only the settled picture is drawn');
  },
);
