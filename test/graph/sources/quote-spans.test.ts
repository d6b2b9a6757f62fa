// Tests for graph/sources/quote-spans.ts: unknown sources, exact spans, what each span supports, and the repeated-quote rule.
import t from 'tap';
import { NotFoundError } from '../../../graph/errors.js';
import { findOccurrences, placeQuote, quoteSpans } from '../../../graph/sources/quote-spans.js';
import { ARTICLE, BULLETIN, REPEATED, load } from './fixture.js';

t.test('quoteSpans refuses an unknown source with close ids', async (t) => {
  const data = await load(BULLETIN);
  const error = t.throws(() => quoteSpans(data, 'bulletn')) as unknown;
  t.ok(error instanceof NotFoundError);
  t.equal((error as NotFoundError).entity, 'source');
  t.equal((error as NotFoundError).id, 'bulletn');
  t.equal((error as NotFoundError).field, 'id');
  t.same((error as NotFoundError).suggestions, ['bulletin']);
  t.same((t.throws(() => quoteSpans(data.dataset, data.texts, 'nothing-like-it')) as NotFoundError).suggestions, []);
});

t.test('findOccurrences and placeQuote', async (t) => {
  t.same(findOccurrences('abcabc', ''), [], 'an empty quote is nowhere');
  t.same(findOccurrences('aaa', 'aa'), [0, 1], 'overlapping occurrences count');
  t.same(findOccurrences('abcabc', 'bc'), [1, 4]);
  t.same(placeQuote('abcabc', { quote: 'bc', start: 4 }), { starts: [4], resolution: 'offset' });
  t.same(placeQuote('abcabc', { quote: 'bc' }), { starts: [1, 4], resolution: 'all-occurrences' });
  t.same(
    placeQuote('abcabc', { quote: 'bc', start: 2 }),
    { starts: [1, 4], resolution: 'all-occurrences' },
    'a wrong offset falls back to every occurrence',
  );
  t.same(placeQuote('abcabc', { quote: 'zz' }), { starts: [], resolution: 'all-occurrences' });
});

t.test('bulletin: spans by hand, in document order, overlaps kept', async (t) => {
  const { text, spans, unplaced, source } = quoteSpans(await load(BULLETIN), 'bulletin');
  t.equal(source.title, 'Trade Bulletin');
  t.equal(unplaced, 0);
  // Offsets counted in bulletin.txt: "TRADE BULLETIN\n\n" is 16 characters; the second "Beta condemned Gamma" starts at 121.
  t.same(
    spans.map((s) => [s.start, s.end]),
    [
      [16, 50],
      [16, 30],
      [121, 141],
    ],
    'same start: the longer span first',
  );
  for (const span of spans) t.equal(text.slice(span.start, span.end), span.quote);
  const [pact, alpha, condemns] = spans;
  t.same(pact!.relations, [
    {
      id: 'alpha-beta-trade-pact',
      kind: 'economic-ties',
      valence: 'cooperative',
      source: { id: 'alpha', name: 'Alpha' },
      target: { id: 'beta', name: 'Beta' },
      resolution: 'all-occurrences',
    },
  ]);
  t.same(pact!.actors, []);
  t.same(alpha!.relations, []);
  t.same(alpha!.actors, [{ id: 'alpha', name: 'Alpha', resolution: 'offset' }]);
  t.equal(condemns!.occurrences, 2);
  t.equal(condemns!.relations[0]?.resolution, 'offset', 'the repeated quote goes only where its offset points');
});

t.test('repeated quote without an offset: a span at every occurrence, and said so', async (t) => {
  const { spans } = quoteSpans(await load(REPEATED), 'bulletin');
  const condemns = spans.filter((s) => s.quote === 'Beta condemned Gamma');
  t.same(
    condemns.map((s) => s.start),
    [82, 121],
  );
  for (const span of condemns) {
    t.equal(span.occurrences, 2);
    t.same(
      span.relations.map((r) => [r.id, r.resolution]),
      [['beta-condemns-gamma', 'all-occurrences']],
    );
  }
});

t.test(
  'quotes missing from the text are counted, not placed; a relation citing one passage twice is listed once',
  async (t) => {
    const data = await load(BULLETIN);
    const relation = structuredClone(data.dataset.relations[0]!);
    relation.evidence.push(
      { source: 'bulletin', quote: 'not in the text' },
      { source: 'bulletin', quote: 'Alpha and Beta signed a trade pact', start: 16 },
      { source: 'elsewhere', quote: 'x' },
    );
    const dataset = { ...data.dataset, relations: [relation] };
    const { spans, unplaced } = quoteSpans(dataset, data.texts, 'bulletin');
    t.equal(unplaced, 1);
    const pact = spans.find((s) => s.start === 16 && s.end === 50)!;
    t.equal(pact.relations.length, 1);
  },
);

t.test('the article: every evidence quote is a span listing what rests on it, and every span is exact', async (t) => {
  const data = await load(ARTICLE);
  const sourceId = data.dataset.sources[0]!.id;
  const { text, spans, unplaced } = quoteSpans(data, sourceId);
  t.equal(unplaced, 0);
  for (const span of spans)
    if (text.slice(span.start, span.end) !== span.quote) t.fail(`span ${span.start} is not its quote`);
  for (let i = 1; i < spans.length; i++)
    if (spans[i - 1]!.start > spans[i]!.start) t.fail('spans out of document order');
  // Independently: walk the dataset's evidence and look each quote up among the spans.
  const at = new Map(spans.map((s) => [`${s.start}:${s.end}`, s]));
  let checked = 0;
  for (const relation of data.dataset.relations) {
    for (const evidence of relation.evidence) {
      const start = evidence.start ?? text.indexOf(evidence.quote);
      const span = at.get(`${start}:${start + evidence.quote.length}`);
      if (
        !span?.relations.some(
          (r) =>
            r.id === relation.id &&
            r.kind === relation.kind &&
            r.valence === relation.valence &&
            r.source.id === relation.source &&
            r.target.id === relation.target,
        )
      ) {
        t.fail(`${relation.id}: quote at ${start} has no span listing it`);
      }
      checked++;
    }
  }
  for (const actor of data.dataset.actors) {
    for (const evidence of actor.evidence ?? []) {
      const start = evidence.start ?? text.indexOf(evidence.quote);
      if (!at.get(`${start}:${start + evidence.quote.length}`)?.actors.some((a) => a.id === actor.id))
        t.fail(`${actor.id}: no span`);
      checked++;
    }
  }
  t.ok(checked > 100, `${checked} evidence quotes checked`);
});
