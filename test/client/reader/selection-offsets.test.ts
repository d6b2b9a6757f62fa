// Tests of mapping shown characters back to the stored text: markup dropped by the reader is skipped, whitespace trimmed, the quote exact.
import t from 'tap';
import { shownToStored, storedRange } from '../../../client/reader/selection-offsets.js';
import { readableSlice, markupRanges } from '../../../client/panels/source-markup.js';

t.test('without markup the shown text is the stored text', async (t) => {
  const text = 'Israel sold drones to Azerbaijan.';
  const map = shownToStored(text, 0);
  t.equal(map.length, text.length + 1);
  t.same(storedRange(text, map, 0, 6), [0, 6]);
  t.same(storedRange(text, map, 6, 12), [7, 11], 'leading and trailing spaces are trimmed');
  t.equal(storedRange(text, map, 3, 3), null);
  t.equal(storedRange(text, map, 6, 7), null, 'only a space: nothing');
});

t.test('through markdown links and escapes, every shown slice maps to the stored text it came from', async (t) => {
  const text = '  As [Foreign Policy reported](https://fp.example), it cost \\$1.6 billion in 2012.';
  const ranges = markupRanges(text);
  const from = 2;
  const shown = readableSlice(text, from, text.length, ranges);
  t.equal(shown, 'As Foreign Policy reported, it cost $1.6 billion in 2012.');
  const map = shownToStored(text, from, ranges);
  t.equal(map.length, shown.length + 1);
  for (let i = 0; i < shown.length; i++) t.equal(text[map[i]!], shown[i], `shown ${i} is stored ${map[i]}`);
  const at = shown.indexOf('Foreign');
  const range = storedRange(text, map, at, shown.indexOf(', it'))!;
  t.equal(text.slice(...range), 'Foreign Policy reported', 'the link target after the last word is left out');
  const dollars = storedRange(text, map, shown.indexOf('$'), shown.indexOf(' in 2012'))!;
  t.equal(text.slice(...dollars), '$1.6 billion', 'the quote is the stored text itself');
});
