// Tests of the large-mode threshold and limits: bad counts, the boundary, and agreement with the server's limits.
import t from 'tap';
import { EXPAND_LIMIT, isLarge, LARGE_ACTORS, LARGE_RELATIONS, OVERVIEW_LIMIT } from '../../../client/large/limits.js';
import { SUBGRAPH_MAX_LIMIT } from '../../../graph/relation-index/subgraph-limits.js';

t.test('isLarge treats counts that are not numbers as not large', async (t) => {
  t.equal(isLarge({ actors: Number.NaN, relations: Number.NaN }), false);
  t.equal(isLarge({ actors: -1, relations: 0 }), false);
});

t.test('isLarge: above either threshold, not at it', async (t) => {
  t.equal(isLarge({ actors: LARGE_ACTORS, relations: LARGE_RELATIONS }), false, 'at both thresholds: drawn whole');
  t.equal(isLarge({ actors: LARGE_ACTORS + 1, relations: 0 }), true);
  t.equal(isLarge({ actors: 10, relations: LARGE_RELATIONS + 1 }), true);
  t.equal(isLarge({ actors: 8000, relations: 40_000 }), true, 'the browser test’s generated dataset');
  t.equal(isLarge({ actors: 150, relations: 400 }), false, 'the article');
});

t.test('the limits are ones the server accepts', async (t) => {
  t.ok(OVERVIEW_LIMIT <= SUBGRAPH_MAX_LIMIT && EXPAND_LIMIT <= SUBGRAPH_MAX_LIMIT);
});
