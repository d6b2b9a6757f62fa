// Tests of the API wrapper: query strings, the server's error messages passed on, network failures and non-JSON answers.
import t from 'tap';
import { ApiError, currentDataset, describeError, getJson, useDataset, withQuery } from '../../../client/api/http.js';

/** Replaces fetch for one test with a function answering every request the same way. */
function stubFetch(t: { teardown(fn: () => void): void }, answer: () => Promise<Response>): string[] {
  const urls: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    urls.push(String(input));
    return answer();
  }) as typeof fetch;
  t.teardown(() => void (globalThis.fetch = original));
  return urls;
}

t.test('withQuery leaves out empty values and joins lists with readable commas', async (t) => {
  t.equal(withQuery('/api/graph'), '/api/graph');
  t.equal(withQuery('/api/graph', { asOf: null, kinds: [], q: undefined }), '/api/graph');
  t.equal(
    withQuery('/api/compare', { pairs: ['israel:azerbaijan', 'israel:armenia'] }),
    '/api/compare?pairs=israel:azerbaijan,israel:armenia',
  );
  t.equal(
    withQuery('/api/actors', { q: 'a&b', limit: 8, datedOnly: true }),
    '/api/actors?q=a%26b&limit=8&datedOnly=true',
  );
});

t.test('getJson passes the server message and status on as an ApiError', async (t) => {
  stubFetch(
    t,
    async () =>
      new Response(
        JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'unknown actor "isreal"' }),
        { status: 404 },
      ),
  );
  const error = await getJson('/api/actors/isreal').catch((e: unknown) => e);
  t.ok(error instanceof ApiError);
  t.match(error, { statusCode: 404, code: 'NOT_FOUND', message: 'unknown actor "isreal"', url: '/api/actors/isreal' });
  t.equal(describeError(error), 'unknown actor "isreal" (HTTP 404)');
});

t.test('getJson names a network failure, a bodiless error and a non-JSON success', async (t) => {
  let answer: () => Promise<Response> = async () => {
    throw new TypeError('fetch failed');
  };
  stubFetch(t, () => answer());
  await t.rejects(getJson('/api/graph'), {
    statusCode: 0,
    code: 'NETWORK',
    message: 'The server did not answer. Is it running?',
  });
  answer = async () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' });
  await t.rejects(getJson('/api/graph'), { statusCode: 502, code: 'HTTP', message: '502 Bad Gateway' });
  answer = async () => new Response('not json', { status: 200 });
  await t.rejects(getJson('/api/graph'), { code: 'BAD_BODY' });
  answer = async () => new Response('{"ok":true}', { status: 200 });
  t.same(await getJson('/api/health'), { ok: true });
});

t.test('describeError handles anything thrown', async (t) => {
  t.equal(describeError(new Error('boom')), 'boom');
  t.equal(describeError('plain'), 'plain');
  t.equal(describeError(new ApiError(0, 'NETWORK', 'down', '/x')), 'down');
});

t.test('useDataset scopes every later call, except the unscoped ones', async (t) => {
  const urls = stubFetch(t, async () => new Response('{}', { status: 200 }));
  t.teardown(() => useDataset(null));
  t.equal(currentDataset(), null, 'the default dataset at first');
  await getJson('/api/graph', { asOf: '2012' });
  useDataset('synthetic-8k');
  t.equal(currentDataset(), 'synthetic-8k');
  await getJson('/api/graph', { asOf: '2012' });
  await getJson('/api/actors/state-1');
  await getJson('/api/datasets', {}, undefined, true);
  useDataset(null);
  await getJson('/api/actors/state-1');
  t.same(urls, [
    '/api/graph?asOf=2012',
    '/api/graph?asOf=2012&dataset=synthetic-8k',
    '/api/actors/state-1?dataset=synthetic-8k',
    '/api/datasets',
    '/api/actors/state-1',
  ]);
});
