// Tests for graph/shared/slices.ts: one sliced computation, run at once or with turns for the event loop in between.
import t from 'tap';
import { runInSlices, runNow, type Sliced } from '../../../graph/shared/slices.js';
import { actorGraphSteps, buildActorGraph } from '../../../graph/load/build-graph.js';
import { miniDocument } from '../load/mini-fixture.js';
import type { Dataset } from '../../../graph/model/schema.js';

/** Sums 0..n-1, pausing after each number; spins `spinMs` per slice so the slices are long enough to pause between. */
function* slowSum(n: number, spinMs: number): Sliced<number> {
  let total = 0;
  for (let i = 0; i < n; i++) {
    const until = performance.now() + spinMs;
    while (performance.now() < until);
    total += i;
    yield;
  }
  return total;
}

function* failing(): Sliced<never> {
  yield;
  throw new Error('broken at the second slice');
}

t.test('errors thrown inside a slice reach the caller, at once or in slices', async (t) => {
  t.throws(() => runNow(failing()), /second slice/);
  await t.rejects(runInSlices(failing()), /second slice/);
});

t.test('both runners give the same result; only runInSlices lets other work run in between', async (t) => {
  t.equal(runNow(slowSum(10, 0)), 45);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const inSlices = await runInSlices(slowSum(40, 2), 5);
  const seenInSlices = ticks;
  const atOnce = runNow(slowSum(40, 2));
  const seenAtOnce = ticks - seenInSlices;
  clearInterval(timer);
  t.equal(inSlices, 780, 'the sum of 0..39');
  t.equal(inSlices, atOnce);
  t.ok(seenInSlices > 0, `a 1 ms timer ran ${seenInSlices} times during the sliced run`);
  t.equal(seenAtOnce, 0, 'and never during the run at once');
});

t.test('the sliced graph build gives the same graph as the direct one', async (t) => {
  const dataset = miniDocument() as Dataset;
  const direct = buildActorGraph(dataset);
  const sliced = await runInSlices(actorGraphSteps(dataset), 0);
  t.strictSame(sliced.export(), direct.export());
});
