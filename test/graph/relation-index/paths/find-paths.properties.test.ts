// Property tests for graph/relation-index/paths/find-paths.ts: every mode, k and constraint against brute force on small random graphs.
import t, { type Test } from 'tap';
import fc from 'fast-check';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import type { PathQuery } from '../../../../graph/relation-index/path-query.js';
import { QueryError } from '../../../../graph/errors.js';
import { compileFilter } from '../../../../graph/shared/filter.js';
import { RELATION_KINDS, type RelationKind } from '../../../../graph/model/vocabulary.js';
import { actorRecord, fixtureGraph, type EdgeSpec } from './fixture.js';
import { allSimplePaths, merit, stepWeight } from './brute-force.js';

// A mix of directed and undirected kinds with different valences.
const KINDS: RelationKind[] = ['arms-transfer', 'rivalry', 'economic-ties', 'based-in', 'tension', 'energy-supply'];
const STRENGTHS = [0, 0.1, 0.2, 0.25, 0.5, 0.8, 0.9, 1];
/** Mostly absent, sometimes a value: constraints stay rare enough that many queries still have paths. */
const sometimes = <T>(arb: fc.Arbitrary<T>, absent = 3) =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const year = fc.integer({ min: 1995, max: 2020 }).map(String);

const edgeArb = (n: number) =>
  fc.record({
    u: fc.nat(n - 1),
    v: fc.nat(n - 1),
    kind: fc.constantFrom(...KINDS),
    strength: fc.constantFrom(...STRENGTHS),
    confidence: fc.constantFrom(0.5, 0.8, 1),
    valencePick: fc.nat(3),
    start: sometimes(year, 1),
    end: sometimes(year, 1),
  });

type EdgeDraw = ReturnType<typeof edgeArb> extends fc.Arbitrary<infer T> ? T : never;

const graphArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    births: fc.array(sometimes(year, 3), { minLength: n, maxLength: n }),
    edges: fc.array(edgeArb(n), { minLength: 3, maxLength: 22 }),
  }),
);

const queryArb = fc.record(
  {
    mode: fc.constantFrom('shortest', 'strongest', 'widest' as const),
    k: fc.integer({ min: 1, max: 5 }),
    maxHops: fc.integer({ min: 1, max: 6 }),
    directed: fc.boolean(),
    weight: fc.constantFrom('strength', 'strength-confidence' as const),
    kinds: sometimes(fc.subarray(KINDS, { minLength: 1 }), 3),
    exclude: sometimes(fc.subarray(KINDS), 3),
    valence: sometimes(fc.subarray(['cooperative', 'hostile', 'mixed', 'neutral'] as const, { minLength: 1 }), 3),
    minStrength: sometimes(fc.constantFrom(0.1, 0.25, 0.5), 3),
    minConfidence: sometimes(fc.constantFrom(0.8, 1), 4),
    asOf: sometimes(
      fc.oneof(
        year,
        year.map((y) => `${y}-06`),
      ),
      2,
    ),
    datedOnly: sometimes(fc.boolean(), 1),
  },
  { requiredKeys: ['mode', 'k', 'maxHops', 'directed', 'weight'] },
);

function buildGraph({ n, births, edges }: { n: number; births: (string | undefined)[]; edges: EdgeDraw[] }) {
  const actors = births.map((born, i) => actorRecord(`n${i}`, born ? { exists: { start: born } } : {}));
  const specs: EdgeSpec[] = [];
  edges.forEach((e, i) => {
    if (e.u === e.v) return;
    const valences = RELATION_KINDS[e.kind].valences;
    const dates =
      e.start || e.end
        ? { ...(e.start ? { start: e.start } : {}), ...(e.end && (!e.start || e.end >= e.start) ? { end: e.end } : {}) }
        : undefined;
    specs.push([
      `r${i}`,
      e.kind,
      `n${e.u}`,
      `n${e.v}`,
      e.strength,
      {
        valence: valences[e.valencePick % valences.length]!,
        confidence: e.confidence,
        ...(dates ? { dates } : {}),
      },
    ]);
  });
  return { graph: fixtureGraph(specs, actors), n };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

type GraphSpec = { n: number; births: (string | undefined)[]; edges: EdgeDraw[] };
type QueryDraw = Omit<PathQuery, 'from' | 'to'> & { k: number; maxHops: number; mode: NonNullable<PathQuery['mode']> };
const stats = { checked: 0, found: 0 };

/** Runs one query and checks it against brute force; throws (failing the property) on any difference. */
function checkAgainstBruteForce(t: Test, spec: GraphSpec, q: QueryDraw, a: number, b: number): void {
  const { graph, n } = buildGraph(spec);
  const from = `n${a % n}`;
  const to = `n${b % n}`;
  if (from === to) return;
  const query: PathQuery = { from, to, ...q };
  let impossible: QueryError | undefined;
  try {
    compileFilter(query);
  } catch (error) {
    impossible = error as QueryError;
  }
  const index = buildRelationIndex(graph);
  if (impossible) {
    t.throws(() => findPaths(index, query), { name: 'QueryError', field: impossible.field });
    return;
  }
  const result = findPaths(index, query);
  // Ranked as the modes promise: widest breaks ties by fewer hops, shortest by the greater product.
  const rank = (p: { hops: number; product: number; bottleneck: number }): [number, number] => [
    merit(query, p),
    q.mode === 'widest' ? -p.hops : q.mode === 'shortest' ? p.product : 0,
  ];
  const brute = allSimplePaths(graph, query).sort((x, y) => {
    const [mx, sx] = rank(x);
    const [my, sy] = rank(y);
    return close(mx, my) ? sy - sx : my - mx;
  });
  stats.checked++;
  const expected = brute.slice(0, q.k).map(rank);
  const actual = result.paths.map((p) =>
    rank({
      hops: p.hops,
      product: p.steps.reduce((s, x) => s * x.weight, 1),
      bottleneck: Math.min(...p.steps.map((x) => x.weight)),
    }),
  );
  if (
    actual.length !== expected.length ||
    actual.some(([m, x], i) => !close(m, expected[i]![0]) || !close(x, expected[i]![1]))
  ) {
    throw new Error(`ranks ${JSON.stringify(actual)} ≠ brute force ${JSON.stringify(expected)}`);
  }
  if (result.outcome !== (brute.length ? 'found' : 'no-path')) throw new Error(`outcome ${result.outcome}`);
  if (brute.length) stats.found++;
  const seen = new Set<string>();
  for (const path of result.paths) {
    const ids = path.actors.map((actor) => actor.id);
    if (new Set(ids).size !== ids.length) throw new Error(`not simple: ${ids}`);
    if (seen.has(ids.join())) throw new Error(`duplicate path ${ids}`);
    seen.add(ids.join());
    if (ids[0] !== from || ids.at(-1) !== to || path.hops !== ids.length - 1 || path.hops > q.maxHops)
      throw new Error(`bad ends or hops: ${ids}`);
    const expectedScore =
      q.mode === 'shortest'
        ? path.hops
        : q.mode === 'strongest'
          ? path.steps.reduce((s, x) => s * x.weight, 1)
          : Math.min(...path.steps.map((x) => x.weight));
    if (!close(path.score, expectedScore)) throw new Error(`score ${path.score} ≠ ${expectedScore}`);
    path.relations.forEach((relation, i) => {
      const w = stepWeight(graph, query, relation, ids[i]!, ids[i + 1]!);
      if (w < 0 || !graph.hasEdge(relation.id))
        throw new Error(`relation ${relation.id} not usable from ${ids[i]} to ${ids[i + 1]}`);
      // The heaviest usable parallel relation of the pair.
      const heaviest = Math.max(
        ...graph
          .edges(ids[i]!, ids[i + 1]!)
          .concat(graph.edges(ids[i + 1]!, ids[i]!))
          .map((edge) => stepWeight(graph, query, graph.getEdgeAttributes(edge), ids[i]!, ids[i + 1]!)),
      );
      if (w !== heaviest || path.steps[i]!.weight !== w) throw new Error(`step ${i} weight ${w}, heaviest ${heaviest}`);
    });
  }
}

t.test('findPaths matches brute-force enumeration of simple paths', async (t) => {
  fc.assert(
    fc.property(graphArb, queryArb, fc.nat(7), fc.nat(7), (spec, q, a, b) => checkAgainstBruteForce(t, spec, q, a, b)),
    { numRuns: 3000, seed: 20261129 },
  );
  t.ok(stats.checked > 2000, `${stats.checked} queries checked against brute force`);
  t.ok(stats.found > 800, `${stats.found} of them had paths`);
});

// Dense graphs of mostly strong ties with a tight hop limit: the unbounded best path is often too long, so
// the hop-bounded searches (A* for strongest, the threshold search for widest) and Yen's spurs decide.
const strongEdges = (n: number) =>
  fc.array(
    edgeArb(n).map((e) => ({ ...e, kind: 'economic-ties' as RelationKind, start: undefined, end: undefined })),
    { minLength: 8, maxLength: 24 },
  );
const denseArb = fc.integer({ min: 4, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    births: fc.constant(Array.from({ length: n }, () => undefined)),
    edges: strongEdges(n),
  }),
);
const tightArb = fc.record({
  mode: fc.constantFrom('strongest', 'widest' as const),
  k: fc.integer({ min: 1, max: 4 }),
  maxHops: fc.integer({ min: 1, max: 3 }),
  directed: fc.constant(false),
  weight: fc.constantFrom('strength', 'strength-confidence' as const),
});

t.test('hop-bounded strongest and widest match brute force when the bound binds', async (t) => {
  const before = stats.checked;
  fc.assert(
    fc.property(denseArb, tightArb, fc.nat(7), fc.nat(7), (spec, q, a, b) => checkAgainstBruteForce(t, spec, q, a, b)),
    { numRuns: 1500, seed: 1723 },
  );
  t.ok(stats.checked - before > 1000, `${stats.checked - before} tight queries checked`);
});
