// Tests for graph/sources/coverage.ts: unknown sources, the bulletin counted by hand, and the overlap rule against brute force.
import t from 'tap';
import fc from 'fast-check';
import { NotFoundError } from '../../../graph/errors.js';
import { citedSentences, sourceCoverage, textCoverage } from '../../../graph/sources/coverage.js';
import { BULLETIN, REPEATED, load } from './fixture.js';

t.test('sourceCoverage refuses an unknown source; an empty text has share 0', async (t) => {
  t.ok(
    t.throws(() =>
      sourceCoverage({ dataset: { sources: [], actors: [], relations: [] } as never, texts: new Map() }, 'x'),
    ) instanceof NotFoundError,
  );
  t.same(textCoverage('x', '', []), { source: 'x', sentences: 0, cited: 0, share: 0, uncited: [] });
});

t.test('bulletin: 7 sentences, 2 cited, counted by hand', async (t) => {
  // bulletin.txt, one sentence per line:
  //   0 TRADE BULLETIN                                   (heading)
  //   1 Alpha and Beta signed a trade pact in 2019.      cited (the pact; Alpha's own evidence)
  //   2 The weather was mild.
  //   3 Beta condemned Gamma.                            same words, but the evidence's offset names sentence 5
  //   4 Nobody noticed.
  //   5 Beta condemned Gamma.                            cited
  //   6 Then came the rain.
  // cited 2 of 7: share 2/7 = 0.2857...
  const coverage = sourceCoverage(await load(BULLETIN), 'bulletin');
  t.equal(coverage.sentences, 7);
  t.equal(coverage.cited, 2);
  t.equal(coverage.share, 2 / 7);
  t.same(
    coverage.uncited.map((s) => s.index),
    [0, 2, 3, 4, 6],
  );
  t.same(
    coverage.uncited.map((s) => s.text),
    ['TRADE BULLETIN', 'The weather was mild.', 'Beta condemned Gamma.', 'Nobody noticed.', 'Then came the rain.'],
  );
  t.same(coverage.uncited[2]!.start, 82);
});

t.test('bulletin without the offset: the repeated quote cites both its sentences (3 of 7)', async (t) => {
  const coverage = sourceCoverage(await load(REPEATED), 'bulletin');
  t.equal(coverage.cited, 3);
  t.equal(coverage.share, 3 / 7);
  t.same(
    coverage.uncited.map((s) => s.index),
    [0, 2, 4, 6],
  );
});

t.test('citedSentences: touching is not overlapping; matches a brute-force overlap check', async (t) => {
  const sentences = [
    { index: 0, start: 0, end: 10, text: '' },
    { index: 1, start: 10, end: 20, text: '' },
  ];
  t.same(
    citedSentences(sentences, [{ start: 10, end: 12 }]),
    [false, true],
    'a span starting where a sentence ends does not cite it',
  );
  t.same(citedSentences(sentences, [{ start: 8, end: 10 }]), [true, false]);
  t.same(citedSentences(sentences, []), [false, false]);
  const range = fc
    .tuple(fc.nat(60), fc.integer({ min: 1, max: 25 }))
    .map(([start, length]) => ({ start, end: start + length }));
  fc.assert(
    fc.property(fc.array(range, { maxLength: 12 }), fc.array(range, { maxLength: 12 }), (rawSentences, spans) => {
      const sentences = rawSentences.map((r, index) => ({ ...r, index, text: '' }));
      const expected = sentences.map((s) => spans.some((span) => span.start < s.end && s.start < span.end));
      return JSON.stringify(citedSentences(sentences, spans)) === JSON.stringify(expected);
    }),
    { numRuns: 300 },
  );
  t.pass('300 random cases agree with the brute force');
});
