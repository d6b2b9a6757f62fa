// Tests for client/panels/source-markup.ts: links read as text, escapes as the character, slices by source offsets.
import t from 'tap';
import { markupRanges, readableQuote, readableSlice } from '../../../client/panels/source-markup.js';

t.test('plain text has no markup', async (t) => {
  t.same(markupRanges(''), []);
  t.equal(readableQuote('Azerbaijan bought drones.'), 'Azerbaijan bought drones.');
});

t.test('the article’s quotes read as the source reads (issue 16)', async (t) => {
  t.equal(
    readableQuote('in 2012, [Foreign Policy reported](#) that Israel'),
    'in 2012, Foreign Policy reported that Israel',
  );
  t.equal(readableQuote('a \\$1.6 billion purchase'), 'a $1.6 billion purchase');
  t.equal(readableQuote('[a](https://x.org/p) and [b](#) \\*not bold\\*'), 'a and b *not bold*');
  t.equal(readableQuote('reported](#) that'), 'reported that', 'a link cut by the quote’s start');
  t.equal(readableQuote('a \\ b [not a link]'), 'a \\ b [not a link]', 'a lone backslash or bracket is text');
});

t.test('slices by source offsets drop only the markup inside them', async (t) => {
  const text = 'See [the report](#) on \\$5 billion.';
  const ranges = markupRanges(text);
  t.equal(readableSlice(text, 0, text.length, ranges), 'See the report on $5 billion.');
  const at = text.indexOf('report');
  t.equal(readableSlice(text, 0, at, ranges), 'See the ');
  t.equal(readableSlice(text, at, text.length, ranges), 'report on $5 billion.', 'the "](#)" after the cut is dropped');
  t.equal(
    readableSlice(text, text.indexOf('\\'), text.indexOf('\\') + 1, ranges),
    '',
    'a slice of only markup reads empty',
  );
});
