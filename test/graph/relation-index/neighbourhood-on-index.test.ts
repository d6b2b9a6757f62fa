// Tests for graph/relation-index/neighbourhood-on-index.ts and neighbourhood-search.ts: the index's neighbourhood equals neighbourhood(graph, …) on random graphs and filters.
import t from 'tap';
import fc from 'fast-check';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { BudgetError, NotFoundError, QueryError } from '../../../graph/errors.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import type { RelationFilter } from '../../../graph/shared/filter.js';
import { neighbourhood } from '../../../graph/query/neighbourhood.js';
import {
  materialiseNeighbourhood,
  neighbourhoodOnIndex,
  prepareNeighbourhood,
} from '../../../graph/relation-index/neighbourhood-on-index.js';
import { searchNeighbourhood } from '../../../graph/relation-index/neighbourhood-search.js';
import type { NeighbourhoodResult } from '../../../graph/query/results.js';
import { buildGraph, type ActorSpec, type EdgeSpec } from '../query/fixture.js';

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const KINDS = ['arms-transfer', 'rivalry', 'economic-ties', 'based-in'] as const; // directed and undirected, four groups
const YEARS = ['1990', '1995', '2000', '2005'];

const edgeArb = fc
  .tuple(
    fc.constantFrom(...ACTORS),
    fc.constantFrom(...KINDS),
    fc.constantFrom(...ACTORS),
    fc.integer({ min: 0, max: 10 }),
    fc.option(fc.constantFrom(...YEARS)),
  )
  .filter(([source, , target]) => source !== target)
  .map(([source, kind, target, tenths, start]): EdgeSpec => [
    source,
    kind,
    target,
    { strength: tenths / 10, ...(start ? { dates: { start } } : {}) },
  ]);
const graphArb = fc.record({ edges: fc.array(edgeArb, { maxLength: 20 }), born: fc.option(fc.constantFrom(...YEARS)) });
const filterArb: fc.Arbitrary<RelationFilter> = fc.record(
  {
    kinds: fc.subarray([...KINDS], { minLength: 1 }),
    valence: fc.subarray(['cooperative', 'hostile', 'mixed', 'neutral'] as const, { minLength: 1 }),
    minStrength: fc.constantFrom(0, 0.3, 0.6),
    minConfidence: fc.constantFrom(0, 0.5),
    asOf: fc.constantFrom(...YEARS, '1992', '1995-06'),
    datedOnly: fc.boolean(),
  },
  { requiredKeys: [] },
);

const build = ({ edges, born }: { edges: EdgeSpec[]; born: string | null }): ActorGraph =>
  buildGraph(
    edges,
    ACTORS.map((id): ActorSpec => (id === 'g' && born ? { id, exists: { start: born } } : id)),
  );

/** The error `run` throws (a test failure if it throws none). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

const actorHops = (result: NeighbourhoodResult) => result.actors.map(({ actor, hops }) => `${actor.id}:${hops}`).sort();
const relationIds = (result: NeighbourhoodResult) => result.relations.map((relation) => relation.id).sort();

t.test(
  'bad input: unknown centre, bad depth, limit, direction or filter fail as neighbourhood(graph) fails',
  async (t) => {
    const graph = build({ edges: [['a', 'rivalry', 'b']], born: null });
    const index = buildRelationIndex(graph);
    t.throws(() => prepareNeighbourhood(index, 'h'), NotFoundError);
    t.throws(() => prepareNeighbourhood(index, 'a', { depth: 0 }), QueryError);
    t.throws(() => prepareNeighbourhood(index, 'a', { depth: 5 }), BudgetError);
    t.throws(() => prepareNeighbourhood(index, 'a', { limit: 1.5 }), QueryError);
    t.match(
      thrown(() => prepareNeighbourhood(index, 'a', { direction: 'up' as 'out' })),
      { field: 'direction' },
    );
    t.match(
      thrown(() => prepareNeighbourhood(index, 'a', { asOf: 'soon' })),
      { field: 'asOf' },
    );
    t.match(
      thrown(() => prepareNeighbourhood(index, 'a', { kinds: ['rivalry'], exclude: ['rivalry'] })),
      { field: 'kinds' },
    );
    for (const [id, options] of [
      ['h', {}],
      ['a', { depth: 5 }],
      ['a', { asOf: 'soon' }],
    ] as const) {
      const expected = thrown(() => neighbourhood(graph, id, options));
      const got = thrown(() => neighbourhoodOnIndex(index, id, options));
      t.same(
        [got.constructor, got.message],
        [expected.constructor, expected.message],
        `${id} ${JSON.stringify(options)}`,
      );
    }
    t.throws(
      () => searchNeighbourhood(index, { center: 7, depth: 1, direction: 'both', limit: 5, filter: {} }),
      RangeError,
      'a node int outside the index',
    );
  },
);

t.test('uncut, the index neighbourhood has the same actors, hops and relations as neighbourhood(graph)', async (t) => {
  let compared = 0;
  fc.assert(
    fc.property(
      graphArb,
      filterArb,
      fc.constantFrom('out', 'in', 'both'),
      fc.integer({ min: 1, max: 4 }),
      fc.constantFrom(...ACTORS),
      (spec, filter, direction, depth, center) => {
        const graph = build(spec);
        const options = { ...filter, direction, depth, limit: 100 } as const;
        const expected = neighbourhood(graph, center, options);
        const got = neighbourhoodOnIndex(buildRelationIndex(graph), center, options);
        if (expected.truncated || got.truncated) return false;
        compared++;
        return (
          got.center === expected.center &&
          got.depth === expected.depth &&
          got.direction === expected.direction &&
          got.asOf === expected.asOf &&
          JSON.stringify(actorHops(got)) === JSON.stringify(actorHops(expected)) &&
          JSON.stringify(relationIds(got)) === JSON.stringify(relationIds(expected)) &&
          got.actors[0]!.actor.id === center
        );
      },
    ),
    { numRuns: 400 },
  );
  t.equal(compared, 400);
});

t.test(
  'cut by the actor or relation cap, both agree that it was cut, and what the index keeps is a true part of the whole',
  async (t) => {
    fc.assert(
      fc.property(
        graphArb,
        filterArb,
        fc.constantFrom('out', 'in', 'both'),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(...ACTORS),
        fc.integer({ min: 1, max: 4 }),
        (spec, filter, direction, depth, center, limit) => {
          const graph = build(spec);
          const index = buildRelationIndex(graph);
          const options = { ...filter, direction, depth, limit } as const;
          const expected = neighbourhood(graph, center, options);
          const got = neighbourhoodOnIndex(index, center, options);
          const whole = neighbourhood(graph, center, { ...options, limit: 100 });
          const trueHops = new Map(whole.actors.map(({ actor, hops }) => [actor.id, hops]));
          const wholeRelations = new Set(whole.relations.map((relation) => relation.id));
          const kept = new Set(got.actors.map(({ actor }) => actor.id));
          const cutByActors = whole.actors.length > limit;
          return (
            got.truncated === expected.truncated &&
            got.actors.length === expected.actors.length &&
            got.actors.length === Math.min(limit, whole.actors.length) &&
            got.actors.every(({ actor, hops }) => trueHops.get(actor.id) === hops) &&
            got.relations.every(
              (relation) => wholeRelations.has(relation.id) && kept.has(relation.source) && kept.has(relation.target),
            ) &&
            (cutByActors || got.relations.length === Math.min(expected.relations.length, whole.relations.length))
          );
        },
      ),
      { numRuns: 400 },
    );
    t.pass('held for every generated case');
  },
);

t.test('materialising a search result gives records shared with the graph, and asOf only when asked', async (t) => {
  const graph = build({
    edges: [
      ['a', 'rivalry', 'b'],
      ['b', 'arms-transfer', 'c'],
    ],
    born: null,
  });
  const index = buildRelationIndex(graph);
  const prepared = prepareNeighbourhood(index, 'b', { depth: 1 });
  const result = materialiseNeighbourhood(index, prepared, searchNeighbourhood(index, prepared));
  t.equal(result.actors[0]!.actor, graph.getNodeAttributes('b'), 'the very record, not a copy');
  t.notOk('asOf' in result);
  t.same(result.actors.map((entry) => entry.actor.id).sort(), ['a', 'b', 'c']);
  t.equal(neighbourhoodOnIndex(index, 'b', { asOf: '2000' }).asOf, '2000');
});
