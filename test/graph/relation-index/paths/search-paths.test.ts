// Tests for the three steps of a path query (prepare-path-query, search-paths, materialise-paths): each step's data crosses a thread boundary intact, and the steps compose to findPaths.
import t from 'tap';
import { attachIndex, shareIndex } from '../../../../graph/relation-index/index-core.js';
import { buildRelationIndex } from '../../../../graph/relation-index/relation-index.js';
import { generateActorGraph } from '../../../../graph/generate/scale-free.js';
import { NotFoundError, QueryError } from '../../../../graph/errors.js';
import { findPaths } from '../../../../graph/relation-index/paths/find-paths.js';
import { materialisePaths } from '../../../../graph/relation-index/paths/materialise-paths.js';
import type { PathQuery, PathResult } from '../../../../graph/relation-index/path-query.js';
import { preparePathQuery } from '../../../../graph/relation-index/paths/prepare-path-query.js';
import { searchPaths } from '../../../../graph/relation-index/paths/search-paths.js';
import { fixtureGraph } from './fixture.js';

t.test(
  'bad input: prepare refuses unknown actors and bad fields; search refuses node ints outside the index',
  async (t) => {
    const index = buildRelationIndex(fixtureGraph([['a-b', 'rivalry', 'a', 'b', 0.5]]));
    t.throws(() => preparePathQuery(index, { from: 'a', to: 'x' }), NotFoundError);
    t.throws(() => preparePathQuery(index, { from: 'a', to: 'a' }), QueryError);
    t.throws(() => preparePathQuery(index, { from: 'a', to: 'b', k: 11 }), QueryError);
    t.throws(
      () => preparePathQuery(index, { from: 'a', to: 'b', asOf: 'soon' }),
      QueryError,
      'the filter is compiled on the main thread too',
    );
    const prepared = preparePathQuery(index, { from: 'a', to: 'b' });
    t.throws(() => searchPaths(index, { ...prepared, target: 2 }), RangeError);
    t.throws(() => searchPaths(index, { ...prepared, source: -1 }), RangeError);
  },
);

t.test('prepare applies the defaults and keeps only the filter fields', async (t) => {
  const index = buildRelationIndex(fixtureGraph([['a-b', 'rivalry', 'a', 'b', 0.5]]));
  const prepared = preparePathQuery(index, { from: 'b', to: 'a', minStrength: 0.2 });
  t.same(prepared, {
    source: index.nodeIndex.get('b'),
    target: index.nodeIndex.get('a'),
    mode: 'shortest',
    weight: 'strength',
    k: 1,
    maxHops: 6,
    directed: false,
    filter: { minStrength: 0.2 },
    rollup: 'none',
  });
});

t.test(
  'searching an attached copy of the shared index in plain data, then materialising, equals findPaths',
  async (t) => {
    const graph = generateActorGraph({ actors: 400, relations: 2400, seed: 11 });
    const index = buildRelationIndex(graph);
    // What a worker sees: the index memory and the prepared query after a structured clone, and no graph.
    const worker = attachIndex(structuredClone(shareIndex(index)));
    const queries: PathQuery[] = [];
    for (let i = 0; i < 30; i++) {
      const from = index.nodeIds[(i * 37) % index.nodeCount]!;
      const to = index.nodeIds[(i * 91 + 5) % index.nodeCount]!;
      if (from === to) continue;
      queries.push({
        from,
        to,
        mode: (['shortest', 'strongest', 'widest'] as const)[i % 3],
        k: 1 + (i % 4),
        maxHops: 3 + (i % 4),
        directed: i % 5 === 0,
        ...(i % 2 ? { minStrength: 0.3 } : {}),
        ...(i % 7 === 3 ? { rollup: 'state' as const } : {}),
      });
    }
    let found = 0;
    for (const query of queries) {
      let expected: PathResult;
      try {
        expected = findPaths(index, query);
      } catch {
        continue; // with roll-up both ends may stand for one state: refused before any search
      }
      const prepared = preparePathQuery(index, query);
      const paths = structuredClone(searchPaths(worker, structuredClone(prepared)));
      if (paths.length === 0) continue; // no path: findPaths adds the reason, which a second (relaxed) search gives
      t.same(materialisePaths(index, prepared, paths), expected, JSON.stringify(query));
      found += expected.paths.length;
    }
    t.ok(found > 20, `${found} paths compared`);
  },
);
