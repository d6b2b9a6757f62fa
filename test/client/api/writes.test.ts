// Tests of the write layer: the headers every write carries, the ETag and revision of the answer, and refusals as WriteErrors with field issues and advice.
import t from 'tap';
import { ApiError, useDataset } from '../../../client/api/http.js';
import {
  adviceFor,
  describeWriteError,
  newIdempotencyKey,
  readForEdit,
  sendJson,
  useCsrfToken,
  WriteError,
} from '../../../client/api/writes.js';

interface Seen {
  url: string;
  init: RequestInit;
}

/** Replaces fetch for one test: records each request and answers with `answer()`. */
function stubFetch(t: { teardown(fn: () => void): void }, answer: () => Response | Promise<Response>): Seen[] {
  const seen: Seen[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    seen.push({ url: String(input), init });
    return answer();
  }) as typeof fetch;
  t.teardown(() => {
    globalThis.fetch = original;
    useDataset(null);
    useCsrfToken(null);
  });
  return seen;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

t.test('a write sends JSON with the CSRF token, If-Match, Idempotency-Key and the dataset', async (t) => {
  const seen = stubFetch(t, () =>
    json(201, { revision: 7, results: [] }, { etag: '"relation-v1"', 'x-revision': '7' }),
  );
  useDataset('nordic');
  useCsrfToken('csrf-123');
  const answer = await sendJson<{ revision: number }>(
    'POST',
    '/api/relations',
    { id: 'a' },
    { idempotencyKey: 'key-1', ifMatch: '"v0"' },
  );
  t.same(answer, { data: { revision: 7, results: [] }, etag: '"relation-v1"', revision: 7 });
  t.equal(seen[0]!.url, '/api/relations?dataset=nordic');
  t.equal(seen[0]!.init.method, 'POST');
  t.equal(seen[0]!.init.body, '{"id":"a"}');
  t.match(seen[0]!.init.headers, {
    'content-type': 'application/json',
    'x-csrf-token': 'csrf-123',
    'if-match': '"v0"',
    'idempotency-key': 'key-1',
  });
  await sendJson('POST', '/api/auth/logout', undefined, { unscoped: true });
  t.equal(seen[1]!.url, '/api/auth/logout', 'unscoped routes carry no dataset');
  t.equal(seen[1]!.init.body, undefined);
  t.notOk('content-type' in (seen[1]!.init.headers as Record<string, string>), 'no body, no content type');
  useCsrfToken(null);
  await sendJson('DELETE', '/api/actors/x');
  t.notOk('x-csrf-token' in (seen[2]!.init.headers as Record<string, string>), 'signed out: no token sent');
  t.equal(answer.revision, 7);
});

t.test('a refused write is a WriteError with the status, every field issue and what to do next', async (t) => {
  let answer = json(422, {
    statusCode: 422,
    code: 'INVALID_RECORD',
    error: 'Unprocessable Entity',
    message: 'refused: 2 issue(s)',
    field: 'source',
    issues: [
      { field: 'source', code: 'UNKNOWN_ACTOR', message: 'unknown actor "narnia"' },
      { field: 'evidence[0].quote', code: 'QUOTE_NOT_FOUND', message: 'quote not found in source "mini"' },
      { field: 7, message: 'not an issue' },
    ],
  });
  stubFetch(t, () => answer);
  const refused = await sendJson('POST', '/api/relations', {}).catch((e: unknown) => e);
  t.ok(refused instanceof WriteError && refused instanceof ApiError, 'a WriteError is an ApiError');
  const error = refused as WriteError;
  t.equal(error.status, 422);
  t.equal(error.code, 'INVALID_RECORD');
  t.same(
    error.issues.map((i) => i.field),
    ['source', 'evidence[0].quote'],
    'malformed issues are left out',
  );
  t.same(
    error.issuesFor('evidence').map((i) => i.code),
    ['QUOTE_NOT_FOUND'],
  );
  t.same(error.issuesFor('evid'), [], 'a prefix of a name is not its field');
  t.equal(error.advice, 'Correct the fields marked, then save again.');

  answer = json(412, {
    statusCode: 412,
    code: 'PRECONDITION_FAILED',
    error: 'Precondition Failed',
    message: 'relation "a" changed since you read it (now version 3); read it again and retry',
    field: 'if-match',
  });
  const stale = (await sendJson('PUT', '/api/relations/a', {}).catch((e: unknown) => e)) as WriteError;
  t.equal(stale.status, 412);
  t.same(stale.issues, [{ field: 'if-match', message: stale.message }], 'a single refusal names its field');
  t.match(describeWriteError(stale), /reload to see their version\.$/);

  answer = new Response('<html>proxy error</html>', { status: 502, statusText: 'Bad Gateway' });
  const proxy = (await sendJson('POST', '/api/actors', {}).catch((e: unknown) => e)) as WriteError;
  t.equal(proxy.message, '502 Bad Gateway', 'a body that is not JSON still gives a message');
  t.same(proxy.issues, []);
});

t.test('no answer at all is a WriteError with status 0; an abort stays an abort', async (t) => {
  stubFetch(t, () => Promise.reject(new TypeError('Failed to fetch')));
  const error = (await sendJson('POST', '/api/actors', {}).catch((e: unknown) => e)) as WriteError;
  t.equal(error.status, 0);
  t.match(error.advice, /check the connection/);
  const controller = new AbortController();
  controller.abort();
  const aborted = await sendJson('POST', '/api/actors', {}, { signal: controller.signal }).catch((e: unknown) => e);
  t.notOk(aborted instanceof WriteError);
});

t.test('every refusal status has its own next step', async (t) => {
  t.match(adviceFor(401), /Sign in/);
  t.match(adviceFor(403), /editor role/);
  t.match(adviceFor(412), /someone changed this since you opened it/i);
  t.match(adviceFor(409, 'ID_TAKEN'), /id is taken/);
  t.match(adviceFor(409, 'IN_USE'), /depend on it/);
  t.equal(adviceFor(409, 'OWN_ADMIN_ROLE'), 'Nothing was changed.', 'the message says who must do it');
  t.equal(adviceFor(409, 'LAST_ADMIN'), 'Nothing was changed.');
  t.match(adviceFor(428), /reload it/);
  t.match(adviceFor(500), /try again/);
  const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
  t.equal(keys.size, 50, 'idempotency keys do not repeat');
});

t.test('readForEdit answers the record with its ETag, always from the server', async (t) => {
  const seen = stubFetch(t, () => json(200, { id: 'turkey' }, { etag: '"actor-v2"', 'x-revision': '4' }));
  useDataset('mini');
  t.same(await readForEdit('/api/actors/turkey'), { data: { id: 'turkey' }, etag: '"actor-v2"', revision: 4 });
  t.equal(seen[0]!.url, '/api/actors/turkey?dataset=mini');
  t.equal(seen[0]!.init.cache, 'no-store');
});
