// Tests for roll-up in paths (graph/relation-index/paths/rollup-map.ts, fold-paths.ts): firms and bodies stand for their state.
import t from 'tap';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { rollupMap } from '../../../../graph/relation-index/paths/rollup-map.js';
import type { Path, PathQuery } from '../../../../graph/relation-index/path-query.js';
import { actorRecord, fixtureGraph, type EdgeSpec } from './fixture.js';

// States a, b, x; firm f and ministry m (with its unit u) belong to a, firm g to b; firm lone belongs to no one.
const ACTORS = [
  actorRecord('f', { kind: 'firm' }),
  actorRecord('g', { kind: 'firm' }),
  actorRecord('lone', { kind: 'firm' }),
  actorRecord('m', { kind: 'government-body' }),
  actorRecord('u', { kind: 'government-body' }),
];
const EDGES: EdgeSpec[] = [
  ['f-in-a', 'based-in', 'f', 'a', 1, { dates: { start: '2000' } }],
  ['g-in-b', 'based-in', 'g', 'b', 1],
  ['m-of-a', 'part-of', 'm', 'a', 1],
  ['u-of-m', 'part-of', 'u', 'm', 1],
  ['f-x', 'arms-transfer', 'f', 'x', 0.8],
  ['x-g', 'economic-ties', 'x', 'g', 0.6],
  ['u-b', 'military-training', 'u', 'b', 0.4],
  ['a-b', 'rivalry', 'a', 'b', 0.9, { valence: 'hostile' }],
  ['m-f', 'sanction', 'm', 'f', 0.7, { valence: 'hostile' }],
  ['lone-x', 'economic-ties', 'lone', 'x', 0.9],
];
const index = buildRelationIndex(fixtureGraph(EDGES, ACTORS));
const node = (id: string) => index.nodeIndex.get(id)!;
const line = (path: Path) => path.actors.map((actor) => actor.id).join('>');
const query = (extra: Partial<PathQuery>): PathQuery => ({ from: 'a', to: 'b', mode: 'strongest', k: 5, ...extra });

t.test('bad input: both ends in one state, or an unknown roll-up, is QueryError naming the field', async (t) => {
  t.throws(() => findPaths(index, { from: 'f', to: 'u', rollup: 'state' }), { name: 'QueryError', field: 'to' });
  t.throws(() => findPaths(index, { from: 'a', to: 'm', rollup: 'state' }), { name: 'QueryError', field: 'to' });
  t.throws(() => findPaths(index, { from: 'a', to: 'b', rollup: 'firm' as 'state' }), {
    name: 'QueryError',
    field: 'rollup',
  });
  t.doesNotThrow(() => findPaths(index, { from: 'f', to: 'u' }), 'without roll-up they are two actors');
});

t.test('the roll-up map: members fold into their state through chains of based in / part of', async (t) => {
  const map = rollupMap(index);
  const stateOf = (id: string) => (map.stateOf[node(id)] === -1 ? null : index.nodeIds[map.stateOf[node(id)]!]);
  t.same(['f', 'g', 'm', 'u', 'lone', 'a', 'x'].map(stateOf), ['a', 'b', 'a', 'a', null, null, null]);
  t.same([...map.links].map((r) => index.relationIds[r]).sort(), ['f-in-a', 'g-in-b', 'm-of-a', 'u-of-m']);
});

t.test('cooperative chains between two states exist only through their firms and bodies', async (t) => {
  const plain = findPaths(index, query({ valence: ['cooperative'] }));
  t.equal(plain.outcome, 'no-path', 'as coded, a and b are joined cooperatively only through neutral membership links');
  t.match(plain.why, /the best is A → \(rivalry\) B, which needs rivalry \(hostile\)/);
  const noRivalry = findPaths(index, query({ valence: ['cooperative'], exclude: ['rivalry'] }));
  t.equal(
    noRivalry.why,
    'No chain of only cooperative ties from A to B within 6 hops. Without the valence filter the best is ' +
      'A → [based in] F → X → G → [based in] B, which needs based in (neutral, a structural link): the valence ' +
      'filter leaves it out (a structural link says where an actor sits and is never cooperative or hostile).',
    'the best chain without the filter scores 0.5 × 0.8 × 0.6 × 0.5, above 0.5 × 0.5 × 0.4 through the unit',
  );
  const rolled = findPaths(index, query({ valence: ['cooperative'], rollup: 'state' }));
  t.same(rolled.rolledUp, { from: 'a', to: 'b' });
  t.same(rolled.paths.map(line), ['a>x>b', 'a>b'], "f's arms to x and x's trade with g; u's training of b");
  const [viaFirms, viaUnit] = rolled.paths;
  t.equal(viaFirms!.score, 0.8 * 0.6, 'membership links weigh nothing: the product of the two ties');
  t.equal(viaFirms!.hops, 2, 'hops of the folded chain');
  t.same(
    viaFirms!.steps.map((step) => [step.from, step.to, step.relation, step.via]),
    [
      ['a', 'x', 'f-x', ['f']],
      ['x', 'b', 'x-g', ['g']],
    ],
  );
  t.same(
    viaUnit!.steps.map((step) => [step.relation, step.via, step.structural]),
    [['u-b', ['u'], false]],
  );
  t.equal(viaUnit!.score, 0.4);
  t.notOk(rolled.why, 'no reason without need of one');
});

t.test('membership links run both ways and only while they hold', async (t) => {
  const directed = findPaths(index, query({ valence: ['cooperative'], rollup: 'state', directed: true }));
  t.same(directed.paths.map(line), ['a>x>b', 'a>b'], 'a reaches f against based-in: it is the same actor');
  const before = findPaths(index, query({ valence: ['cooperative'], rollup: 'state', asOf: '1995' }));
  t.same(before.paths.map(line), ['a>b'], 'f is based in a from 2000 only');
  t.equal(before.paths[0]!.steps[0]!.relation, 'u-b');
});

t.test('a path that folds into a loop or onto a member of one state is dropped', async (t) => {
  const all = findPaths(index, { from: 'a', to: 'x', mode: 'strongest', k: 10, rollup: 'state' });
  t.ok(all.paths.length > 0);
  for (const path of all.paths) {
    t.notOk(
      path.relations.some((r) => r.id === 'm-f'),
      `${line(path)}: the ministry's sanction of its own firm joins a to a`,
    );
    t.equal(new Set(path.actors.map((a) => a.id)).size, path.actors.length, `${line(path)} is loopless`);
  }
  t.same(all.paths[0]!.steps[0]!.via, ['f']);
  t.same(all.rolledUp, { from: 'a', to: 'x' });
});

t.test('shortest: the score is the folded chain’s hops; ends that are members stand for their state', async (t) => {
  const result = findPaths(index, { from: 'f', to: 'g', mode: 'shortest', k: 3, rollup: 'state' });
  t.same(result.rolledUp, { from: 'a', to: 'b' });
  t.same(result.paths[0] && [line(result.paths[0]), result.paths[0].score, result.paths[0].hops], ['a>b', 1, 1]);
  for (const path of result.paths) t.equal(path.score, path.hops);
  t.same(
    findPaths(index, { from: 'lone', to: 'g', mode: 'shortest', rollup: 'state' }).rolledUp,
    { from: 'lone', to: 'b' },
    'a firm that belongs to no state stands for itself',
  );
});
