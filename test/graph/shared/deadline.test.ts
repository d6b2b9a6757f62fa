// Tests for graph/shared/deadline.ts and the deadline findPaths checks between Yen's spur searches.
import t from 'tap';
import { BudgetError } from '../../../graph/errors.js';
import { buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { findPaths } from '../../../graph/relation-index/paths/find-paths.js';
import { Deadline } from '../../../graph/shared/deadline.js';

/** A deadline that has certainly passed: the smallest budget, then a wait until the clock moves past it. */
function spentDeadline(field: string): Deadline {
  const deadline = new Deadline(Number.MIN_VALUE, field);
  const start = performance.now();
  while (performance.now() === start) {
    // spin until the clock ticks
  }
  return deadline;
}

t.test('a budget must be a positive finite number of milliseconds', async (t) => {
  for (const bad of [0, -1, NaN, Infinity, -Infinity]) t.throws(() => new Deadline(bad, 'k'), RangeError, String(bad));
});

t.test('check() passes within the budget and throws BudgetError naming the field after it', async (t) => {
  const generous = new Deadline(60_000, 'k');
  t.equal(generous.expired, false);
  t.doesNotThrow(() => generous.check());
  const spent = spentDeadline('depth');
  t.equal(spent.expired, true);
  const error = t.throws(() => spent.check(), BudgetError) as BudgetError;
  t.equal(error.field, 'depth');
  t.equal(error.code, 'OVER_BUDGET');
  t.match(error.message, /^depth: .*time budget/);
});

t.test('findPaths stops looking for alternatives once its deadline has passed', async (t) => {
  const { graph } = await loadDatasetFile('graph/data/besa-1723.json');
  const index = buildRelationIndex(graph);
  const query = { from: 'israel-aerospace-industries', to: 'azerbaijan', mode: 'strongest' as const, k: 3 };
  const free = findPaths(index, query);
  t.ok(free.paths.length > 1, 'without a deadline there are alternatives to look for');
  t.throws(() => findPaths(index, query, spentDeadline('k')), { name: 'BudgetError', field: 'k' });
  t.same(findPaths(index, query, new Deadline(60_000, 'k')), free, 'a generous deadline changes nothing');
  t.same(
    findPaths(index, { ...query, k: 1 }, spentDeadline('k')),
    { ...free, paths: free.paths.slice(0, 1) },
    'the first path is always one bounded search',
  );
});
