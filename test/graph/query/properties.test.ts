// Property tests: neighbourhood and compareActors against brute force on small random graphs, with filters, directions and dates.
import t from 'tap';
import fc from 'fast-check';
import { neighbourhood } from '../../../graph/query/neighbourhood.js';
import { compareActors } from '../../../graph/query/compare.js';
import { tieCard } from '../../../graph/query/tie-card.js';
import { compileFilter, type RelationFilter } from '../../../graph/shared/filter.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import { buildGraph, type ActorSpec, type EdgeSpec } from './fixture.js';

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const KINDS = ['arms-transfer', 'rivalry', 'economic-ties', 'based-in'] as const; // directed and undirected, four groups
const YEARS = ['1990', '1995', '2000', '2005'];

const edgeArb = fc
  .tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...KINDS),
    fc.constantFrom(...ACTORS),
    fc.integer({ min: 1, max: 10 }),
    fc.option(fc.constantFrom(...YEARS)),
  )
  .filter(([source, , target]) => source !== target)
  .map(([source, kind, target, tenths, start]): EdgeSpec => [
    source,
    kind,
    target,
    { strength: tenths / 10, ...(start ? { dates: { start } } : {}) },
  ]);
const graphArb = fc.record({
  edges: fc.array(edgeArb, { maxLength: 16 }),
  born: fc.option(fc.constantFrom(...YEARS)), // actor g exists from this year
});
const filterArb: fc.Arbitrary<RelationFilter> = fc.record(
  {
    kinds: fc.subarray([...KINDS], { minLength: 1 }),
    minStrength: fc.constantFrom(0, 0.3, 0.6),
    asOf: fc.constantFrom(...YEARS, '1992'),
    datedOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

const build = ({ edges, born }: { edges: EdgeSpec[]; born: string | null }): ActorGraph =>
  buildGraph(
    edges,
    ACTORS.map((id): ActorSpec => (id === 'g' && born ? { id, exists: { start: born } } : id)),
  );

/** Hop distances by repeated relaxation over every relation (Bellman–Ford style), independent of the BFS. */
function bruteDistances(
  graph: ActorGraph,
  center: string,
  filter: RelationFilter,
  direction: 'out' | 'in' | 'both',
  depth: number,
): Map<string, number> {
  const passes = compileFilter(filter);
  const distance = new Map([[center, 0]]);
  for (let round = 1; round <= depth; round++) {
    const reached = [...distance].filter(([, d]) => d === round - 1).map(([id]) => id);
    graph.forEachEdge((_key, relation, source, target, sourceActor, targetActor, undirected) => {
      if (!passes(relation, sourceActor, targetActor)) return;
      const steps: Array<[string, string]> = [];
      if (undirected || direction !== 'in') steps.push([source, target]);
      if (undirected || direction !== 'out') steps.push([target, source]);
      for (const [from, to] of steps) if (reached.includes(from) && !distance.has(to)) distance.set(to, round);
    });
  }
  return distance;
}

t.test('neighbourhood refuses a bad centre even in the property setting', async (t) => {
  t.throws(() => neighbourhood(build({ edges: [], born: null }), 'h'));
});

t.test(
  'neighbourhood reaches exactly the actors within depth, at their true distance, with the induced relations',
  async () => {
    fc.assert(
      fc.property(
        graphArb,
        filterArb,
        fc.constantFrom('out', 'in', 'both'),
        fc.integer({ min: 1, max: 4 }),
        (spec, filter, direction, depth) => {
          const graph = build(spec);
          const result = neighbourhood(graph, 'a', { ...filter, direction, depth });
          const expected = bruteDistances(graph, 'a', filter, direction, depth);
          const got = new Map(result.actors.map(({ actor, hops }) => [actor.id, hops]));
          if (result.truncated || got.size !== expected.size) return false;
          for (const [id, hops] of expected) if (got.get(id) !== hops) return false;
          const passes = compileFilter(filter);
          const induced = graph.filterEdges(
            (_key, relation, source, target, sourceActor, targetActor) =>
              got.has(source) && got.has(target) && passes(relation, sourceActor, targetActor),
          );
          return (
            JSON.stringify(induced.sort()) === JSON.stringify(result.relations.map((relation) => relation.id).sort())
          );
        },
      ),
      { seed: 1723, numRuns: 300 },
    );
  },
);

t.test('a capped neighbourhood keeps the nearest actors at their true distance', async () => {
  fc.assert(
    fc.property(graphArb, fc.integer({ min: 1, max: 5 }), (spec, limit) => {
      const graph = build(spec);
      const result = neighbourhood(graph, 'a', { depth: 4, limit });
      const expected = bruteDistances(graph, 'a', {}, 'both', 4);
      if (result.actors.length !== Math.min(limit, expected.size)) return false;
      if (result.truncated !== expected.size > limit) return false;
      const farthest = Math.max(...result.actors.map(({ hops }) => hops));
      const nearer = [...expected.values()].filter((d) => d < farthest).length;
      return (
        result.actors.every(({ actor, hops }) => expected.get(actor.id) === hops) &&
        result.actors.filter(({ hops }) => hops < farthest).length === nearer
      );
    }),
    { seed: 91, numRuns: 300 },
  );
});

t.test('compareActors partners agree with pairwise tie cards', async () => {
  fc.assert(
    fc.property(graphArb, filterArb, fc.subarray(ACTORS, { minLength: 2, maxLength: 4 }), (spec, filter, ids) => {
      const graph = build(spec);
      const result = compareActors(graph, ids, filter);
      const tied = (x: string, y: string) => tieCard(graph, x, y, filter).total > 0;
      const others = ACTORS.filter((id) => !ids.includes(id));
      const common = others.filter((p) => ids.every((x) => tied(x, p)));
      if (JSON.stringify(result.commonPartners) !== JSON.stringify(common)) return false;
      return ids.every((x, i) => {
        const only = others.filter((p) => tied(x, p) && ids.every((y) => y === x || !tied(y, p)));
        const profile = result.profiles[i]!;
        const partnerCount = ACTORS.filter((p) => p !== x && tied(x, p)).length;
        return (
          JSON.stringify(result.partnersOnlyOf[x]) === JSON.stringify(only) && profile.degree.partners === partnerCount
        );
      });
    }),
    { seed: 7, numRuns: 200 },
  );
});
