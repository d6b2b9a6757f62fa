// Property tests: overview and focus subgraphs against brute force (graphology iteration + compileFilter) on small random graphs.
import t from 'tap';
import fc from 'fast-check';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import { compileFilter, type RelationFilter } from '../../../graph/shared/filter.js';
import { focusSubgraph, overviewSubgraph, type SubgraphView } from '../../../graph/relation-index/subgraph.js';
import { buildGraph, type ActorSpec, type EdgeSpec } from '../query/fixture.js';

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const KINDS = ['arms-transfer', 'rivalry', 'economic-ties', 'based-in'] as const;
const YEARS = ['1990', '1995', '2000', '2005'];

// Strengths in eighths add up exactly in binary floating point, so brute-force ties are the implementation's ties.
const edgeArb = fc
  .tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...KINDS),
    fc.constantFrom(...ACTORS),
    fc.integer({ min: 0, max: 8 }),
    fc.option(fc.constantFrom(...YEARS)),
  )
  .filter(([source, , target]) => source !== target)
  .map(([source, kind, target, eighths, start]): EdgeSpec => [
    source,
    kind,
    target,
    { strength: eighths / 8, ...(start ? { dates: { start } } : {}) },
  ]);
const graphArb = fc.record({ edges: fc.array(edgeArb, { maxLength: 24 }), born: fc.option(fc.constantFrom(...YEARS)) });
const filterArb: fc.Arbitrary<RelationFilter> = fc.record(
  {
    kinds: fc.subarray([...KINDS], { minLength: 1 }),
    minStrength: fc.constantFrom(0, 0.25, 0.5),
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

/** Ids of the relations passing the filter, by graphology iteration. */
function passingRelations(
  graph: ActorGraph,
  filter: RelationFilter,
): Array<{ id: string; source: string; target: string; strength: number }> {
  const passes = compileFilter(filter);
  return graph
    .filterEdges((_key, relation, _s, _t, source, target) => passes(relation, source, target))
    .map((key) => {
      const relation = graph.getEdgeAttributes(key);
      return { id: key, source: graph.source(key), target: graph.target(key), strength: relation.strength };
    });
}

/** Hop distance from the nearest focus actor, by repeated relaxation over every passing relation. */
function bruteHops(graph: ActorGraph, focus: string[], filter: RelationFilter, depth: number): Map<string, number> {
  const hops = new Map(focus.map((id) => [id, 0]));
  const passing = passingRelations(graph, filter);
  for (let round = 1; round <= depth; round++) {
    for (const { source, target } of passing) {
      for (const [from, to] of [
        [source, target],
        [target, source],
      ] as const)
        if (hops.get(from) === round - 1 && !hops.has(to)) hops.set(to, round);
    }
  }
  return hops;
}

/** Every returned relation has both ends returned, passes the filter, and appears once; totals are right. */
function consistent(graph: ActorGraph, view: SubgraphView, filter: RelationFilter): boolean {
  const actors = new Set(view.nodes.map((node) => node.key));
  const passing = new Set(passingRelations(graph, filter).map((relation) => relation.id));
  const edges = view.edges.map((edge) => edge.key);
  return (
    actors.size === view.nodes.length &&
    new Set(edges).size === edges.length &&
    view.edges.every((edge) => actors.has(edge.source) && actors.has(edge.target) && passing.has(edge.key)) &&
    view.totalActors === graph.order &&
    view.totalRelations === passing.size
  );
}

t.test('the property setting still refuses a bad limit', async (t) => {
  t.throws(() => overviewSubgraph(build({ edges: [], born: null }), { limit: -3 }));
});

t.test(
  'overview = brute-force top N by filtered strength (ties by id), with every passing relation among them',
  async (t) => {
    fc.assert(
      fc.property(graphArb, filterArb, fc.integer({ min: 1, max: 9 }), (spec, filter, limit) => {
        const graph = build(spec);
        const view = overviewSubgraph(graph, { limit, filter });
        const passing = passingRelations(graph, filter);
        const strength = new Map(graph.nodes().map((id) => [id, 0]));
        for (const { source, target, strength: s } of passing) {
          strength.set(source, strength.get(source)! + s);
          strength.set(target, strength.get(target)! + s);
        }
        const top = [...strength]
          .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
          .slice(0, limit)
          .map(([id]) => id);
        const chosen = new Set(top);
        const induced = passing
          .filter(({ source, target }) => chosen.has(source) && chosen.has(target))
          .map(({ id }) => id)
          .sort();
        return (
          consistent(graph, view, filter) &&
          JSON.stringify(view.nodes.map((node) => node.key)) === JSON.stringify(top) &&
          JSON.stringify(view.edges.map((edge) => edge.key).sort()) === JSON.stringify(induced) &&
          view.truncated === limit < graph.order
        );
      }),
      { seed: 1723, numRuns: 300 },
    );
    t.pass('300 random graphs agree');
  },
);

t.test(
  'focus returns the actors within depth (nearest first), or a nearest-first prefix when cut, with the induced relations',
  async (t) => {
    fc.assert(
      fc.property(
        graphArb,
        filterArb,
        fc.subarray(ACTORS, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 3, max: 9 }),
        (spec, filter, focus, depth, limit) => {
          const graph = build(spec);
          const view = focusSubgraph(graph, { focus, depth, limit, filter });
          const hops = bruteHops(graph, focus, filter, depth);
          const got = view.nodes.map((node) => node.key);
          const distances = got.map((id) => hops.get(id));
          const nearestFirst = distances.every((d, i) => d !== undefined && (i === 0 || d >= distances[i - 1]!));
          const focusFirst = focus.every((id, i) => got[i] === id);
          const complete = view.truncated ? got.length === limit && hops.size > limit : got.length === hops.size;
          const chosen = new Set(got);
          const induced = passingRelations(graph, filter)
            .filter(({ source, target }) => chosen.has(source) && chosen.has(target))
            .map(({ id }) => id)
            .sort();
          return (
            consistent(graph, view, filter) &&
            nearestFirst &&
            focusFirst &&
            complete &&
            JSON.stringify(view.edges.map((edge) => edge.key).sort()) === JSON.stringify(induced)
          );
        },
      ),
      { seed: 1723, numRuns: 300 },
    );
    t.pass('300 random graphs agree');
  },
);
