// Tests for server/errors.ts: typed errors to status codes, validation errors naming the field, 5xx details hidden.
import t from 'tap';
import type { FastifyRequest } from 'fastify';
import { BudgetError, NotFoundError, QueryError } from '../../graph/errors.js';
import { HttpError, renameErrorField, toErrorResponse } from '../../server/errors.js';
import { getJson, testApp } from './helpers.js';

function fakeRequest(logged: unknown[] = []): FastifyRequest {
  return { log: { error: (object: unknown) => logged.push(object) }, query: {} } as unknown as FastifyRequest;
}

t.test('an unknown error becomes a generic 500 and is logged, never shown', async (t) => {
  const logged: unknown[] = [];
  const body = toErrorResponse(new Error('secret: /etc/shadow at line 3'), fakeRequest(logged));
  t.equal(body.statusCode, 500);
  t.notMatch(body.message, /secret|shadow/);
  t.equal(logged.length, 1, 'the details go to the log');
  t.same(Object.keys(body).sort(), ['code', 'error', 'message', 'statusCode']);
  const thrownString = toErrorResponse('a string', fakeRequest());
  t.equal(thrownString.statusCode, 500);
});

t.test('graph errors map to 404, 400 and 422 with field and suggestions', async (t) => {
  const notFound = toErrorResponse(new NotFoundError('actor', 'isreal', ['israel'], 'from'), fakeRequest());
  t.same(notFound, {
    statusCode: 404,
    code: 'NOT_FOUND',
    error: 'Not Found',
    message: 'unknown actor "isreal" in `from` (did you mean "israel"?)',
    field: 'from',
    suggestions: ['israel'],
  });
  const query = toErrorResponse(new QueryError('kinds', 'no kind left'), fakeRequest());
  t.equal(query.statusCode, 400);
  t.equal(query.field, 'kinds');
  const budget = toErrorResponse(new BudgetError('k', 'too many paths'), fakeRequest());
  t.equal(budget.statusCode, 422);
  t.equal(budget.code, 'OVER_BUDGET');
  const http = toErrorResponse(new HttpError(414, 'URI_TOO_LONG', 'too long'), fakeRequest());
  t.equal(http.error, 'URI Too Long');
});

t.test('renameErrorField speaks the query parameter, not the engine argument', async (t) => {
  const caught = (fn: () => never) => {
    try {
      return renameErrorField(fn, 'ids', 'actors');
    } catch (error) {
      return error as { field?: string; message: string };
    }
  };
  t.match(
    caught(() => {
      throw new QueryError('ids[2]', 'twice');
    }),
    { field: 'actors[2]', message: 'actors[2]: twice' },
  );
  t.match(
    caught(() => {
      throw new NotFoundError('actor', 'x', [], 'ids[0]');
    }),
    { field: 'actors[0]' },
  );
  t.match(
    caught(() => {
      throw new BudgetError('ids', 'big');
    }),
    { field: 'actors' },
  );
  t.match(
    caught(() => {
      throw new QueryError('asOf', 'bad');
    }),
    { field: 'asOf' },
    'other fields untouched',
  );
  t.equal(
    renameErrorField(() => 7, 'ids', 'actors'),
    7,
  );
});

t.test('through the app: a route that throws gives a JSON 500 without stack or message', async (t) => {
  const app = await testApp(t);
  app.get('/api/test-boom', async () => {
    throw new TypeError('cannot read secret of undefined');
  });
  const { status, body, raw } = await getJson(app, '/api/test-boom');
  t.equal(status, 500);
  t.equal(body?.code, 'INTERNAL');
  t.notMatch(raw, /secret|TypeError|at \//);
});

t.test('unknown /api routes and methods are JSON 404s', async (t) => {
  const app = await testApp(t);
  for (const url of ['/api', '/api/', '/api/nope', '/api/actors/israel/nope', '/api/../etc/passwd']) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 404, url);
    t.equal(body?.statusCode, 404);
    t.type(body?.message, 'string');
  }
  const del = await app.inject({ method: 'DELETE', url: '/api/actors/israel' });
  t.equal(del.statusCode, 404);
});

t.test('bad encodings, repeated and bracketed parameters are answered, never with a 5xx', async (t) => {
  const app = await testApp(t);
  const expected: Array<[string, number]> = [
    ['/api/actors?q=%', 400], // nothing to search for
    ['/api/actors/%E0%A4%A', 404], // an id that does not decode names no actor
    ['/api/actors?q=%ZZ', 200], // left as the literal text "%ZZ"
    ['/api/ties?a[]=x&b=y', 400],
    ['/api/ties?a=x&a=y&b=z', 400],
    ['/api/actors?limit=1e400', 400],
    ['/api/actors?q=__proto__&constructor=1', 400],
  ];
  for (const [url, status] of expected) {
    const response = await getJson(app, url);
    t.equal(response.status, status, url);
    if (status >= 400) t.type(response.body?.message, 'string', `${url} explains`);
  }
});

t.test('a 400 for a value outside a schema enum or a bad boolean lists what is allowed (issue 16)', async (t) => {
  const { testApp: makeApp, getJson: get } = await import('./helpers.js');
  const app = await makeApp(t);
  const cases: Array<[string, string, RegExp]> = [
    ['/api/paths?from=a&to=b&mode=bogus', 'mode', /got "bogus"; expecting one of shortest, strongest, widest$/],
    ['/api/actors/x/neighbors?direction=up', 'direction', /expecting one of out, in, both$/],
    ['/api/export?format=pdf', 'format', /expecting one of gexf, graphml, csv, json, graphology$/],
    ['/api/paths?from=a&to=b&directed=maybe', 'directed', /expecting true or false$/],
  ];
  for (const [url, field, pattern] of cases) {
    const { status, body } = await get(app, url);
    t.equal(status, 400, url);
    t.equal(body?.field, field);
    t.match(body?.message, pattern, `${url}: ${body?.message}`);
  }
});
