// Golden tests for graph/relation-index/paths/find-paths.ts on the article's dataset (BESA Perspectives 1,723): answers reasoned from the records.
import t, { type Test } from 'tap';
import { loadDatasetFile } from '../../../../graph/load/load-dataset.js';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { STRUCTURAL_STEP_WEIGHT, type Path } from '../../../../graph/relation-index/path-query.js';
import type { Relation } from '../../../../graph/model/schema.js';
import type { RelationKind } from '../../../../graph/model/vocabulary.js';

const { graph, texts } = await loadDatasetFile('graph/data/besa-1723.json');
const index = buildRelationIndex(graph);
const ids = (path: Path) => path.actors.map((actor) => actor.id);
const relationsOf = (actor: string, kinds?: RelationKind[]): Relation[] =>
  graph
    .edges(actor)
    .map((edge) => graph.getEdgeAttributes(edge))
    .filter((r) => !kinds || kinds.includes(r.kind));
const other = (relation: Relation, actor: string) => (relation.source === actor ? relation.target : relation.source);

/** Each step's relation joins its two actors in the graph, and every quote it rests on is in its source text. */
function checkEvidence(t: Test, path: Path): void {
  path.relations.forEach((relation, i) => {
    const [a, b] = [path.actors[i]!.id, path.actors[i + 1]!.id];
    t.ok(graph.hasEdge(relation.id), `${relation.id} is in the graph`);
    t.same([relation.source, relation.target].sort(), [a, b].sort(), `${relation.id} joins ${a} and ${b}`);
    t.ok(relation.evidence.length > 0);
    for (const evidence of relation.evidence)
      t.ok(texts.get(evidence.source)?.includes(evidence.quote), `quote of ${relation.id} is in ${evidence.source}`);
  });
}

t.test('unknown actors in the article dataset are NotFoundError with close matches', async (t) => {
  t.throws(() => findPaths(index, { from: 'united-state', to: 'israel' }), {
    name: 'NotFoundError',
    field: 'from',
    suggestions: ['united-states'],
  });
  t.throws(() => findPaths(index, { from: 'israel', to: 'israel' }), { name: 'QueryError', field: 'to' });
});

t.test('how the United States connects to Aeronautics Defense Systems (strongest)', async (t) => {
  // The article gives the US one tie: sponsoring the Turkey–Azerbaijan–Israel triangle. Every path starts with
  // it, so no path is stronger than its strength. An actor tied to the triangle and to Aeronautics at strength 1
  // would reach that bound in 3 hops; no relation joins the triangle to Aeronautics, so 3 hops is the fewest.
  const us = relationsOf('united-states');
  t.equal(us.length, 1);
  const sponsorship = us[0]!;
  const triangle = other(sponsorship, 'united-states');
  t.equal(triangle, 'turkey-azerbaijan-israel-triangle');
  const strongTo = (actor: string) =>
    new Set(
      relationsOf(actor)
        .filter((r) => r.strength === 1)
        .map((r) => other(r, actor)),
    );
  const aeronautics = strongTo('aeronautics-defense-systems');
  const brokers = [...strongTo(triangle)].filter((actor) => aeronautics.has(actor));
  t.same(brokers, ['israel'], 'only Israel is tied at full strength to both');
  t.notOk(relationsOf(triangle).some((r) => other(r, triangle) === 'aeronautics-defense-systems'));

  // Structural steps weigh STRUCTURAL_STEP_WEIGHT (0.5), not their strength 1: the chain through Israel is no
  // longer "really its one substantive step". Through Israel (sponsorship, party to, based in) and through
  // Azerbaijan (sponsorship, party to, the insinuated 2020 drones at the moderate tier 0.5) both score 0.125.
  const result = findPaths(index, {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    k: 2,
  });
  t.equal(result.outcome, 'found');
  const path = result.paths[0]!;
  t.ok(path.score < sponsorship.strength, `a chain scores below its one substantive step: ${path.score}`);
  t.same(result.paths.map(ids).sort(), [
    ['united-states', triangle, 'azerbaijan', 'aeronautics-defense-systems'],
    ['united-states', triangle, 'israel', 'aeronautics-defense-systems'],
  ]);
  for (const p of result.paths) {
    t.equal(
      p.score,
      p.steps.reduce((product, step) => product * step.weight, 1),
      'the score is the product of the step weights',
    );
    t.same(
      p.steps.map((step) => step.structural),
      p.relations.map((r) => ['party-to', 'based-in'].includes(r.kind)),
      'structural steps are marked',
    );
    for (const step of p.steps.filter((s) => s.structural)) t.equal(step.weight, STRUCTURAL_STEP_WEIGHT);
    checkEvidence(t, p);
  }
  t.equal(result.paths[0]!.score, result.paths[1]!.score);
  const drones = relationsOf('aeronautics-defense-systems').filter((r) => r.kind !== 'based-in');
  t.same(
    drones.map((r) => [r.kind, other(r, 'aeronautics-defense-systems')]),
    [['arms-transfer', 'azerbaijan']],
  );
  const viaAzerbaijan = findPaths(index, {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    exclude: ['based-in'],
  }).paths[0]!;
  t.same(ids(viaAzerbaijan), ['united-states', triangle, 'azerbaijan', 'aeronautics-defense-systems']);
  t.equal(viaAzerbaijan.score, sponsorship.strength * STRUCTURAL_STEP_WEIGHT * drones[0]!.strength);
  const cooperative = findPaths(index, {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    valence: ['cooperative'],
  });
  t.equal(
    cooperative.outcome,
    'no-path',
    'cooperative ties alone: the data hold no chain (the US has one tie, to the triangle, whose members join it by structural party-to)',
  );
  t.match(cooperative.why, /which needs party to \(neutral, a structural link\): the valence filter leaves it out/);
  const alternatives = findPaths(index, {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    k: 10,
  }).paths;
  t.same(alternatives[0], path, 'k = 10 starts with the same path');
  t.equal(alternatives.length, 10);
  for (const p of alternatives) {
    t.ok(p.score <= path.score && p.hops >= path.hops, 'no alternative is stronger, or as strong and shorter');
    checkEvidence(t, p);
  }
});

t.test('as of a date, the US–Aeronautics connection never existed', async (t) => {
  // The sponsorship ran 1990–1993; Aeronautics (and so its being based in Israel) dates from 1997.
  for (const asOf of ['1992', '2000', '2020-07']) {
    t.same(
      findPaths(index, { from: 'united-states', to: 'aeronautics-defense-systems', mode: 'strongest', asOf }),
      {
        outcome: 'no-path',
        paths: [],
        why: `No chain from United States to Aeronautics Defense Systems within 6 hops (as of ${asOf}).`,
      },
      asOf,
    );
  }
});

t.test("Georgia's place on the oil route", async (t) => {
  const oilRoute: RelationKind[] = ['transit', 'passes-through', 'route-for'];
  // On these kinds Georgia's only neighbour is the BTC pipeline, which also passes through Azerbaijan and is Israel's route.
  const georgiaNeighbours = new Set(relationsOf('georgia', oilRoute).map((r) => other(r, 'georgia')));
  t.same([...georgiaNeighbours], ['baku-tbilisi-ceyhan-pipeline']);
  const btc = new Set(
    relationsOf('baku-tbilisi-ceyhan-pipeline', oilRoute).map((r) => other(r, 'baku-tbilisi-ceyhan-pipeline')),
  );
  t.ok(btc.has('azerbaijan') && btc.has('israel') && btc.has('georgia'));

  const toIsrael = findPaths(index, { from: 'georgia', to: 'israel', kinds: oilRoute, mode: 'widest' }).paths[0]!;
  t.same(ids(toIsrael), ['georgia', 'baku-tbilisi-ceyhan-pipeline', 'israel']);
  // Two relations join Georgia and the pipeline: the pipeline passes through Georgia (1) and Georgia's transit role (0.5).
  t.equal(toIsrael.relations[0]!.kind, 'passes-through', 'the heavier parallel relation serves the widest path');
  checkEvidence(t, toIsrael);

  // Every way from Azerbaijan to Georgia along the oil route goes through the pipeline.
  const fromAzerbaijan = findPaths(index, { from: 'azerbaijan', to: 'georgia', kinds: oilRoute, k: 10 }).paths;
  t.ok(fromAzerbaijan.length >= 1);
  for (const path of fromAzerbaijan) t.equal(ids(path).at(-2), 'baku-tbilisi-ceyhan-pipeline');

  // Azerbaijan's oil reaches Israel directly (energy supply) and, as a route, through the pipeline.
  const oil = findPaths(index, { from: 'azerbaijan', to: 'israel', kinds: ['energy-supply', ...oilRoute], k: 5 }).paths;
  t.same(oil.map(ids), [
    ['azerbaijan', 'israel'],
    ['azerbaijan', 'baku-tbilisi-ceyhan-pipeline', 'israel'],
  ]);
  t.equal(oil[0]!.relations[0]!.kind, 'energy-supply');
  for (const path of oil) checkEvidence(t, path);
  // Along relation direction the pipeline passes through Azerbaijan (pipeline → state): no directed route from Baku.
  t.equal(findPaths(index, { from: 'azerbaijan', to: 'israel', kinds: oilRoute, directed: true }).outcome, 'no-path');
});

t.test('the strongest cooperative chain from the United States to Aeronautics, with roll-up', async (t) => {
  // With roll-up Aeronautics (based in Israel) stands for Israel, so the question is the US's chain to Israel.
  // The US's one tie is its sponsorship of the triangle (cooperative, 0.5); Israel joins the triangle only by
  // party-to, a structural link (neutral): no chain of cooperative ties alone reaches Israel, and the answer says so.
  const sponsorship = relationsOf('united-states')[0]!;
  const israelToTriangle = relationsOf('israel', ['party-to']).filter((r) => r.target === sponsorship.target);
  t.same(
    israelToTriangle.map((r) => [r.valence, r.kind]),
    [['neutral', 'party-to']],
  );
  const query = {
    from: 'united-states',
    to: 'aeronautics-defense-systems',
    mode: 'strongest',
    rollup: 'state',
  } as const;
  const cooperative = findPaths(index, { ...query, valence: ['cooperative'] });
  t.same(cooperative.rolledUp, { from: 'united-states', to: 'israel' });
  t.equal(cooperative.outcome, 'no-path');
  t.equal(
    cooperative.why,
    'No chain of only cooperative ties from United States to Aeronautics Defense Systems (rolled up into Israel) ' +
      'within 6 hops. Without the valence filter the best is United States → Turkey-Azerbaijan-Israel triangular ' +
      'relationship → [party to] Israel, which needs party to (neutral, a structural link): the valence filter ' +
      'leaves it out (a structural link says where an actor sits and is never cooperative or hostile).',
  );
  // Without the valence filter the roll-up folds the based-in link away: sponsorship × one structural step.
  const best = findPaths(index, { ...query, k: 3 });
  t.same(best.paths[0] && ids(best.paths[0]), ['united-states', sponsorship.target, 'israel']);
  t.equal(best.paths[0]!.score, sponsorship.strength * STRUCTURAL_STEP_WEIGHT);
  for (const p of best.paths) {
    t.notOk(
      p.relations.some((r) => r.kind === 'based-in' && r.target === 'israel'),
      'no membership link is a step',
    );
    t.equal(p.actors.at(-1)!.id, 'israel');
    p.steps.forEach((step, i) => {
      const relation = p.relations[i]!;
      const members = [relation.source, relation.target].filter((id) => id !== step.from && id !== step.to);
      t.same(step.via ?? [], members, `${relation.id}: via names the members it came through`);
    });
  }
});
