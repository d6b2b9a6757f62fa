// Tests for /api/sources/:id/text and /:id/coverage: 404s, exact spans for every article quote, coverage counted by hand, repeated quotes.
import t from 'tap';
import { Value } from 'typebox/value';
import { SourceCoverage, SourceText } from '../../graph/sources/results.js';
import { ARTICLE, getJson, testApp } from './helpers.js';
import { BULLETIN, REPEATED } from '../graph/sources/fixture.js';

t.test('unknown source: 404 naming the id, with close ids, on both routes', async (t) => {
  const app = await testApp(t, { dataFile: BULLETIN });
  for (const url of ['/api/sources/bulletn/text', '/api/sources/bulletn/coverage']) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 404, url);
    t.equal(body?.code, 'NOT_FOUND');
    t.match(body?.message, /"bulletn"/);
    t.equal(body?.field, 'id');
    t.same(body?.suggestions, ['bulletin']);
  }
  const tooLong = await getJson(app, `/api/sources/${'x'.repeat(201)}/coverage`);
  t.equal(tooLong.status, 400, 'an id past 200 characters is refused by the schema');
});

t.test('the article: every span is exactly its quote, and every evidence quote of the dataset is a span', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  const sources = await getJson(app, '/api/sources');
  const id = sources.body?.items[0].id as string;
  const { status, body } = await getJson(app, `/api/sources/${id}/text`);
  t.equal(status, 200);
  t.ok(Value.Check(SourceText, body), 'the answer matches its schema');
  const { text, spans } = body as SourceText;
  for (const span of spans)
    if (text.slice(span.start, span.end) !== span.quote) t.fail(`span at ${span.start} is not its quote`);
  const relations = (await getJson(app, '/api/relations?limit=500')).body?.items as {
    id: string;
    evidence: { source: string; quote: string; start?: number }[];
  }[];
  t.ok(relations.length > 100, `${relations.length} relations`);
  let quotes = 0;
  for (const relation of relations) {
    for (const evidence of relation.evidence.filter((e) => e.source === id)) {
      quotes++;
      const span = spans.find(
        (s) => s.quote === evidence.quote && (evidence.start === undefined || s.start === evidence.start),
      );
      if (!span?.relations.some((r) => r.id === relation.id)) t.fail(`${relation.id}: quote not a span listing it`);
    }
  }
  t.ok(quotes >= relations.length, `${quotes} relation quotes found as spans`);
  const plain = await app.inject({ url: `/api/sources/${id}/text`, headers: { accept: 'text/plain' } });
  t.match(plain.headers['content-type'], /^text\/plain/);
  t.equal(plain.body, text, 'Accept: text/plain gives the bare text');
});

t.test('bulletin fixture: coverage counted by hand', async (t) => {
  const app = await testApp(t, { dataFile: BULLETIN });
  const { status, body } = await getJson(app, '/api/sources/bulletin/coverage');
  t.equal(status, 200);
  t.ok(Value.Check(SourceCoverage, body));
  // 7 sentences (a heading and six); cited: "Alpha and Beta signed…" and the second "Beta condemned Gamma." → 2/7 ≈ 0.2857.
  t.equal(body?.sentences, 7);
  t.equal(body?.cited, 2);
  t.equal(body?.share, 0.285714, '2 of 7 sentences, rounded to 6 decimals like every answer');
  t.same(
    body?.uncited.map((s: { text: string }) => s.text),
    ['TRADE BULLETIN', 'The weather was mild.', 'Beta condemned Gamma.', 'Nobody noticed.', 'Then came the rain.'],
  );
});

t.test('repeated quote: at the offset named, else at every occurrence, and the answer says which', async (t) => {
  const pinned = await testApp(t, { dataFile: BULLETIN });
  const one = (await getJson(pinned, '/api/sources/bulletin/text')).body as SourceText;
  const atOffset = one.spans.filter((s) => s.quote === 'Beta condemned Gamma');
  t.same(
    atOffset.map((s) => [s.start, s.occurrences, s.relations[0]?.resolution]),
    [[121, 2, 'offset']],
  );

  const loose = await testApp(t, { dataFile: REPEATED });
  const all = (await getJson(loose, '/api/sources/bulletin/text')).body as SourceText;
  const everywhere = all.spans.filter((s) => s.quote === 'Beta condemned Gamma');
  t.same(
    everywhere.map((s) => [s.start, s.occurrences, s.relations[0]?.resolution]),
    [
      [82, 2, 'all-occurrences'],
      [121, 2, 'all-occurrences'],
    ],
  );
  t.equal(
    (await getJson(loose, '/api/sources/bulletin/coverage')).body?.cited,
    3,
    'both occurrences now cite their sentences',
  );
});
