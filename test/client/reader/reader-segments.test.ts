// Tests for client/panels/reader-segments.ts: runs of text by covering spans (hand-worked and against per-character brute force), tones, innermost.
import t from 'tap';
import fc from 'fast-check';
import { innermost, segmentText, segmentTone } from '../../../client/reader/reader-segments.js';
import type { SpanRelation } from '../../../graph/sources/results.js';

t.test('segmentText: an empty text has no runs; a text without spans is one run', async (t) => {
  t.same(segmentText(0, [], null, []), []);
  t.same(segmentText(5, [], null, []), [{ start: 0, end: 5, spans: [], marked: false, uncited: false }]);
  t.same(
    segmentText(5, [], null, [], 2),
    [{ start: 2, end: 5, spans: [], marked: false, uncited: false }],
    'starts at `from`',
  );
});

t.test('segmentText: overlapping spans, a marked range and an uncited sentence, by hand', async (t) => {
  // text of 20: span 0 = [2, 8), span 1 = [5, 12), marked [5, 8), uncited sentence [14, 18)
  const runs = segmentText(
    20,
    [
      { start: 2, end: 8 },
      { start: 5, end: 12 },
    ],
    [5, 8],
    [{ start: 14, end: 18 }],
  );
  t.same(
    runs.map((r) => [r.start, r.end, r.spans, r.marked, r.uncited]),
    [
      [0, 2, [], false, false],
      [2, 5, [0], false, false],
      [5, 8, [0, 1], true, false],
      [8, 12, [1], false, false],
      [12, 14, [], false, false],
      [14, 18, [], false, true],
      [18, 20, [], false, false],
    ],
  );
});

t.test('segmentText agrees with a per-character brute force', async (t) => {
  const range = fc
    .tuple(fc.nat(40), fc.integer({ min: 1, max: 15 }))
    .map(([start, length]) => ({ start, end: Math.min(50, start + length) }));
  fc.assert(
    fc.property(fc.array(range, { maxLength: 8 }), fc.option(range, { nil: null }), (spans, mark) => {
      const marked = mark ? ([mark.start, mark.end] as const) : null;
      const runs = segmentText(50, spans, marked, []);
      if (runs[0]?.start !== 0 || runs.at(-1)?.end !== 50) return false;
      for (const run of runs) {
        for (let c = run.start; c < run.end; c++) {
          const covering = spans.map((s, i) => (s.start <= c && c < s.end ? i : -1)).filter((i) => i >= 0);
          if (JSON.stringify(covering) !== JSON.stringify(run.spans)) return false;
          if ((marked !== null && marked[0] <= c && c < marked[1]) !== run.marked) return false;
        }
      }
      return runs.every((run, i) => i === 0 || runs[i - 1]!.end === run.start);
    }),
    { numRuns: 300 },
  );
  t.pass('300 random cases agree');
});

t.test('segmentTone and innermost', async (t) => {
  const tie = (valence: SpanRelation['valence'], kind: SpanRelation['kind'] = 'arms-transfer') => ({
    id: 'r',
    kind,
    valence,
    source: { id: 'a', name: 'A' },
    target: { id: 'b', name: 'B' },
    resolution: 'offset' as const,
  });
  t.equal(segmentTone([]), 'actor', 'nothing but actors');
  t.equal(segmentTone([{ relations: [tie('neutral', 'based-in')] }]), 'structural');
  t.equal(
    segmentTone([{ relations: [tie('hostile', 'rivalry'), tie('neutral', 'based-in')] }]),
    'hostile',
    'structural ties do not colour a run that has others',
  );
  t.equal(segmentTone([{ relations: [tie('cooperative')] }, { relations: [tie('cooperative')] }]), 'cooperative');
  t.equal(segmentTone([{ relations: [tie('cooperative')] }, { relations: [tie('hostile', 'rivalry')] }]), 'several');
  t.equal(innermost([]), undefined);
  t.same(
    innermost([
      { start: 0, end: 10 },
      { start: 2, end: 5 },
      { start: 3, end: 9 },
    ]),
    { start: 2, end: 5 },
  );
});
