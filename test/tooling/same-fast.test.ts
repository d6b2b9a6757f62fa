// Tests for test/same-fast.ts: equal values pass without tap's comparison; anything else is left to t.same.
import t from 'tap';
import { sameFast } from '../same-fast.js';

/** A stand-in Test that records which assertion was called. */
function recorder() {
  const calls: string[] = [];
  return {
    calls,
    pass: (message: string) => calls.push(`pass ${message}`),
    same: (_found: unknown, _wanted: unknown, message: string) => calls.push(`same ${message}`),
  };
}

t.test('strictly deep-equal values pass at once, without t.same', async (t) => {
  const asserts = recorder();
  sameFast(asserts, { a: [1, 2], m: new Map([['k', 'v']]) }, { a: [1, 2], m: new Map([['k', 'v']]) }, 'equal');
  t.same(asserts.calls, ['pass equal']);
});

t.test('values that differ, even only loosely, go to t.same, which decides and prints the diff', async (t) => {
  const asserts = recorder();
  sameFast(asserts, { a: [1, 2] }, { a: [1, 3] }, 'different');
  sameFast(asserts, { a: 1 }, { a: '1' }, 'loosely same');
  t.same(asserts.calls, ['same different', 'same loosely same']);
});
