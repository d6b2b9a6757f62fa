// Tests of cutting reader runs at mentions: pieces in order, covering the run exactly, mentions cut where a run ends.
import t from 'tap';
import fc from 'fast-check';
import { mentionLabel, splitByMentions } from '../../../client/reader/reader-mentions.js';

const at = (start: number, end: number, id = 'x') => ({ start, end, actors: [{ id, name: id.toUpperCase() }] });

t.test('a run no mention meets is one piece; mentions inside and across its ends are cut', async (t) => {
  t.same(splitByMentions(0, 10, []), [{ start: 0, end: 10, mention: -1 }]);
  const mentions = [at(2, 4), at(8, 14), at(20, 25)];
  t.same(splitByMentions(0, 10, mentions), [
    { start: 0, end: 2, mention: -1 },
    { start: 2, end: 4, mention: 0 },
    { start: 4, end: 8, mention: -1 },
    { start: 8, end: 10, mention: 1 },
  ]);
  t.same(splitByMentions(10, 22, mentions), [
    { start: 10, end: 14, mention: 1 },
    { start: 14, end: 20, mention: -1 },
    { start: 20, end: 22, mention: 2 },
  ]);
  t.equal(
    mentionLabel({
      start: 0,
      end: 1,
      actors: [
        { id: 'a', name: 'Georgia' },
        { id: 'b', name: 'Georgia (US state)' },
      ],
    }),
    'Georgia or Georgia (US state)',
  );
});

t.test('pieces tile the run and name the mention covering each character', async (t) => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 6 })), { maxLength: 8 }),
      fc.nat(40),
      fc.integer({ min: 1, max: 20 }),
      (raw, start, length) => {
        // Non-overlapping sorted mentions, as the server sends them.
        const mentions: ReturnType<typeof at>[] = [];
        for (const [from, n] of [...raw].sort((a, b) => a[0] - b[0]))
          if (!mentions.length || from >= mentions.at(-1)!.end) mentions.push(at(from, from + n));
        const end = start + length;
        const pieces = splitByMentions(start, end, mentions);
        let cursor = start;
        for (const piece of pieces) {
          if (piece.start !== cursor || piece.end <= piece.start) return false;
          for (let c = piece.start; c < piece.end; c++) {
            const owner = mentions.findIndex((m) => m.start <= c && c < m.end);
            if (owner !== piece.mention) return false;
          }
          cursor = piece.end;
        }
        return cursor === end;
      },
    ),
  );
  t.pass('checked on random mentions and runs');
});
