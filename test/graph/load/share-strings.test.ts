// Tests for graph/load/share-strings.ts: the document is unchanged in value, whatever its shape and depth.
import fc from 'fast-check';
import t from 'tap';
import { shareRepeatedStrings, stringSharer } from '../../../graph/load/share-strings.js';

t.test('scalars and empty containers come back as they are', async (t) => {
  for (const value of [null, 0, -1.5, true, false, '', 'short', 'a string long enough to be shared', [], {}]) {
    t.strictSame(shareRepeatedStrings(value), value);
  }
});

t.test('property: any JSON document keeps its value (in place) after sharing', async (t) => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
      const before = JSON.stringify(value);
      const after = shareRepeatedStrings(value);
      return after === value && JSON.stringify(after) === before;
    }),
    { numRuns: 300 },
  );
  t.pass('300 documents kept their value');
});

t.test(
  'repeated long strings in arrays and records keep their value; deep nesting does not overflow the stack',
  async (t) => {
    const quote = 'Azerbaijan buys Israeli drones.';
    const doc = {
      relations: Array.from({ length: 1000 }, (_, i) => ({
        id: `relation-number-${i}`,
        kind: 'arms-transfer',
        evidence: [{ quote: `${quote}` }],
      })),
    };
    shareRepeatedStrings(doc);
    t.equal(doc.relations[999]!.evidence[0]!.quote, quote);
    t.equal(doc.relations[500]!.id, 'relation-number-500');
    let deep: unknown = 'a string at the very bottom';
    for (let i = 0; i < 200_000; i++) deep = i % 2 ? [deep] : { inner: deep };
    t.doesNotThrow(() => shareRepeatedStrings(deep));
  },
);

t.test('one sharer over the pieces of a document keeps every piece as it was', async (t) => {
  const share = stringSharer();
  const long = (i: number) => `a long string repeated across pieces ${i % 3}`;
  const pieces = Array.from({ length: 5 }, (_, p) =>
    Array.from({ length: 4 }, (_, i) => ({ id: `piece-${p}-relation-${i}`, note: long(i), list: [long(i + p)] })),
  );
  const before = JSON.stringify(pieces);
  for (const piece of pieces) t.equal(share(piece), piece, 'shared in place');
  t.equal(JSON.stringify(pieces), before);
});
