// Tests for graph/relation-index/paths/find-paths.ts: bad input first, then each mode on small fixtures worked out by hand.
import t from 'tap';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import type { PathQuery } from '../../../../graph/relation-index/path-query.js';
import { fixtureGraph, type EdgeSpec } from './fixture.js';

// s—a—b—t strong, s—t weak, s—c—t medium, and a directed arms transfer chain.
const EDGES: EdgeSpec[] = [
  ['s-a', 'economic-ties', 's', 'a', 0.9],
  ['a-b', 'economic-ties', 'a', 'b', 0.9],
  ['b-t', 'economic-ties', 'b', 't', 0.9],
  ['s-t', 'rivalry', 's', 't', 0.1],
  ['s-c', 'economic-ties', 's', 'c', 0.5],
  ['c-t', 'economic-ties', 'c', 't', 0.5],
  ['c-t-2', 'tension', 'c', 't', 0.6, { valence: 'hostile', dates: { start: '2015' } }],
  ['t-d', 'arms-transfer', 't', 'd', 0.7],
  ['d-e', 'arms-transfer', 'd', 'e', 0.7],
];
const index = buildRelationIndex(fixtureGraph(EDGES));
const ids = (query: PathQuery) =>
  findPaths(index, query).paths.map((path) => path.actors.map((actor) => actor.id).join('>'));

t.test('unknown actors are NotFoundError naming the field, with close matches', async (t) => {
  t.throws(() => findPaths(index, { from: 'nowhere', to: 't' }), { name: 'NotFoundError', field: 'from' });
  t.throws(() => findPaths(index, { from: 's', to: 'tt' }), { name: 'NotFoundError', field: 'to', suggestions: ['t'] });
  t.throws(() => findPaths(index, { from: 3 as unknown as string, to: 't' }), { name: 'QueryError', field: 'from' });
});

t.test('impossible or malformed constraints are QueryError naming the field', async (t) => {
  const cases: Array<[Partial<PathQuery>, string]> = [
    [{ to: 's' }, 'to'],
    [{ kinds: ['rivalry'], exclude: ['rivalry'] }, 'kinds'],
    [{ kinds: [] }, 'kinds'],
    [{ valence: [] }, 'valence'],
    [{ asOf: '2019-02-30' }, 'asOf'],
    [{ asOf: 'soon' }, 'asOf'],
    [{ rollup: 'country' as 'state' }, 'rollup'],
    [{ k: 0 }, 'k'],
    [{ k: 11 }, 'k'],
    [{ k: 1.5 }, 'k'],
    [{ maxHops: 9 }, 'maxHops'],
    [{ mode: 'longest' as PathQuery['mode'] }, 'mode'],
    [{ weight: 'amount' as PathQuery['weight'] }, 'weight'],
    [{ minStrength: 2 }, 'minStrength'],
    [{ minConfidence: -1 }, 'minConfidence'],
    [{ directed: 'yes' as unknown as boolean }, 'directed'],
  ];
  for (const [patch, field] of cases) {
    t.throws(
      () => findPaths(index, { from: 's', to: 't', ...patch }),
      { name: 'QueryError', field },
      JSON.stringify(patch),
    );
  }
});

t.test('no path is an outcome, not an error, with its reason', async (t) => {
  t.same(
    findPaths(index, { from: 'e', to: 's', directed: true }),
    {
      outcome: 'no-path',
      paths: [],
      why: 'No chain from E to S within 6 hops (along relation direction).',
    },
    'against the arms transfers',
  );
  t.same(
    findPaths(index, { from: 's', to: 'e', maxHops: 2 }),
    { outcome: 'no-path', paths: [], why: 'No chain from S to E within 2 hops.' },
    'too far',
  );
  t.same(findPaths(index, { from: 's', to: 't', kinds: ['arms-transfer'] }), {
    outcome: 'no-path',
    paths: [],
    why: 'No chain from S to T within 6 hops (only arms transfer).',
  });
});

t.test('shortest: fewest hops, ties broken by the strongest', async (t) => {
  t.same(ids({ from: 's', to: 't' }), ['s>t']);
  const [path] = findPaths(index, { from: 's', to: 't', exclude: ['rivalry'] }).paths;
  t.equal(path!.actors.map((a) => a.id).join('>'), 's>c>t', 'two hops beat three');
  t.equal(path!.score, 2);
  t.equal(path!.relations[1]!.id, 'c-t-2', 'the heavier of the parallel relations (0.6 > 0.5)');
  t.ok(path!.relations[1]!.evidence.length > 0, 'full records, with evidence');
});

t.test('strongest: a chain of strong ties beats a short chain of weak ones', async (t) => {
  const [path] = findPaths(index, { from: 's', to: 't', mode: 'strongest' }).paths;
  t.equal(path!.actors.map((a) => a.id).join('>'), 's>a>b>t');
  t.equal(path!.score, 0.9 * 0.9 * 0.9);
  t.same(ids({ from: 's', to: 't', mode: 'strongest', asOf: '2010' }), ['s>a>b>t']);
});

t.test('strongest within maxHops is exact when the bound binds', async (t) => {
  // Unbounded best is 3 hops (0.729); within 2 hops the best is s>c>t with the 0.6 tension (0.3), not s>t (0.1).
  const [path] = findPaths(index, { from: 's', to: 't', mode: 'strongest', maxHops: 2 }).paths;
  t.equal(path!.actors.map((a) => a.id).join('>'), 's>c>t');
  t.equal(path!.score, 0.5 * 0.6);
  t.same(
    ids({ from: 's', to: 't', mode: 'strongest', maxHops: 2, asOf: '2014' }),
    ['s>c>t'],
    'the tension only starts in 2015',
  );
  t.equal(findPaths(index, { from: 's', to: 't', mode: 'strongest', maxHops: 2, asOf: '2014' }).paths[0]!.score, 0.25);
});

t.test('widest: the greatest weakest link', async (t) => {
  const [path] = findPaths(index, { from: 's', to: 'e', mode: 'widest', directed: true }).paths;
  t.equal(path!.actors.map((a) => a.id).join('>'), 's>a>b>t>d>e');
  t.equal(path!.score, 0.7);
  t.same(
    path!.steps.map((s) => s.traversal),
    ['undirected', 'undirected', 'undirected', 'forward', 'forward'],
  );
});

t.test('k alternatives are ranked, distinct and loopless', async (t) => {
  t.same(ids({ from: 's', to: 't', mode: 'strongest', k: 10 }), ['s>a>b>t', 's>c>t', 's>t']);
  t.same(ids({ from: 's', to: 't', mode: 'shortest', k: 3 }), ['s>t', 's>c>t', 's>a>b>t']);
});

t.test('widest alternatives break ties by fewer hops even after a weak root', async (t) => {
  // First path s>x>t (0.3). Deviating at x: x>a>b>t (0.9) and x>c>t (0.5) both give 0.3 overall: fewer hops wins.
  const graph = fixtureGraph([
    ['s-x', 'economic-ties', 's', 'x', 0.3],
    ['x-t', 'economic-ties', 'x', 't', 1],
    ['x-a', 'economic-ties', 'x', 'a', 0.9],
    ['a-b', 'economic-ties', 'a', 'b', 0.9],
    ['b-t', 'economic-ties', 'b', 't', 0.9],
    ['x-c', 'economic-ties', 'x', 'c', 0.5],
    ['c-t', 'economic-ties', 'c', 't', 0.5],
  ]);
  const paths = findPaths(buildRelationIndex(graph), { from: 's', to: 't', mode: 'widest', k: 3 }).paths;
  t.same(
    paths.map((p) => p.actors.map((a) => a.id).join('>')),
    ['s>x>t', 's>x>c>t', 's>x>a>b>t'],
  );
});

t.test('strength 0 is not walked by strongest or widest, but counts as a hop for shortest', async (t) => {
  const zero = buildRelationIndex(fixtureGraph([['p-q', 'economic-ties', 'p', 'q', 0]]));
  t.equal(findPaths(zero, { from: 'p', to: 'q', mode: 'strongest' }).outcome, 'no-path');
  t.equal(findPaths(zero, { from: 'p', to: 'q', mode: 'widest' }).outcome, 'no-path');
  t.equal(findPaths(zero, { from: 'p', to: 'q' }).outcome, 'found');
});

t.test('strongest within maxHops re-expands an actor reached again in fewer hops', async (t) => {
  // v is cheapest via a (2 hops, 0.81) but only the direct tie (1 hop, 0.5) leaves room for v>b>t within 3 hops.
  const graph = fixtureGraph([
    ['s-a', 'economic-ties', 's', 'a', 0.9],
    ['a-v', 'economic-ties', 'a', 'v', 0.9],
    ['s-v', 'economic-ties', 's', 'v', 0.5],
    ['v-b', 'economic-ties', 'v', 'b', 0.9],
    ['b-t', 'economic-ties', 'b', 't', 0.9],
    ['s-t', 'economic-ties', 's', 't', 0.1],
  ]);
  const within = (maxHops: number) =>
    findPaths(buildRelationIndex(graph), { from: 's', to: 't', mode: 'strongest', maxHops }).paths[0]!;
  t.equal(
    within(4)
      .actors.map((a) => a.id)
      .join('>'),
    's>a>v>b>t',
  );
  t.equal(
    within(3)
      .actors.map((a) => a.id)
      .join('>'),
    's>v>b>t',
  );
  t.equal(within(3).score, 0.5 * 0.9 * 0.9);
  t.equal(
    within(2)
      .actors.map((a) => a.id)
      .join('>'),
    's>t',
  );
});
