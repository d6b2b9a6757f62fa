// Tests for graph/shared/shared-json.ts: the sliced encoding parses back to the value, whatever the slicing.
import t from 'tap';
import { attachJson, shareJsonSteps } from '../../../graph/shared/shared-json.js';
import { runNow, SLICE_ITEMS } from '../../../graph/shared/slices.js';

t.test('refuses what it cannot encode or decode', async (t) => {
  t.throws(() => runNow(shareJsonSteps({ a: 1 } as { a: unknown }, ['a'])), TypeError);
  t.throws(() => attachJson(new ArrayBuffer(2) as unknown as SharedArrayBuffer), TypeError);
});

t.test('a value with large arrays round-trips, pausing once per slice', async (t) => {
  const many = Array.from({ length: 2 * SLICE_ITEMS + 5 }, (_, i) => ({ id: `r${i}`, text: 'Türkiye "quoted"' }));
  const value = { id: 'x', title: 'T', sources: [{ id: 's' }], actors: [], relations: many };
  const steps = shareJsonSteps(value, ['actors', 'relations']);
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  t.equal(pauses, 3, 'three slices of relations, none for an empty array');
  t.type(step.value, SharedArrayBuffer);
  t.same(attachJson(step.value), value);
  t.same(attachJson(runNow(shareJsonSteps({ list: [1, 2] }, ['list']))), { list: [1, 2] }, 'no other keys');
});
