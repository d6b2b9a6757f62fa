// Hostile and malformed input to the write routes: always a 4xx JSON error naming the field, never a 500, nothing written; the routes are in the OpenAPI document.
import t from 'tap';
import { NEW_RELATION, send, storeApp, TOKEN } from './store-app.js';

t.setTimeout(360_000); // a PGlite store takes seconds to open on a loaded 2-core machine

t.test('malformed bodies, headers and parameters get a 4xx naming what was wrong', async (t) => {
  const app = await storeApp(t, 'pglite');
  const raw = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: string, headers: Record<string, string> = {}) =>
    app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
    });
  const cases: Array<[string, Awaited<ReturnType<typeof raw>>, number, string | undefined]> = [
    ['an array body', await raw('POST', '/api/relations', '[]'), 400, 'body'],
    ['a string body', await raw('POST', '/api/actors', '"x"'), 400, 'body'],
    ['invalid JSON', await raw('POST', '/api/relations', '{"id": '), 400, undefined],
    [
      'an unknown query parameter',
      await raw('POST', '/api/relations?colour=red', JSON.stringify(NEW_RELATION)),
      400,
      'colour',
    ],
    ['bulk without relations', await raw('POST', '/api/relations/bulk', '{"relations": []}'), 400, 'relations'],
    [
      'bulk of junk',
      await raw('POST', '/api/relations/bulk', '{"relations": [1, null, "x", {"id": "Bad Id"}]}'),
      422,
      'relations[0]',
    ],
    [
      'an id with SQL in it',
      await raw(
        'POST',
        '/api/actors',
        JSON.stringify({ id: "x'; drop table actors; --", name: 'X', kind: 'state', aliases: [] }),
      ),
      422,
      'id',
    ],
    [
      'a huge body',
      await raw(
        'POST',
        '/api/actors',
        JSON.stringify({ id: 'x', name: 'x'.repeat(300_000), kind: 'state', aliases: [] }),
      ),
      413,
      undefined,
    ],
    [
      'a delete of nothing',
      await raw('DELETE', '/api/relations/no-such-relation', '', { 'if-match': '"x"', 'content-type': 'text/plain' }),
      404,
      'id',
    ],
    [
      'a garbage If-Match',
      await raw('PUT', '/api/actors/turkey', JSON.stringify({ id: 'turkey', name: 'T', kind: 'state', aliases: [] }), {
        'if-match': 'garbage',
      }),
      412,
      'if-match',
    ],
    ['a negative revision to revert', await raw('POST', '/api/history/-1/revert', ''), 400, undefined],
  ];
  for (const [name, response, status, field] of cases) {
    t.equal(response.statusCode, status, `${name}: ${response.body.slice(0, 200)}`);
    const body = JSON.parse(response.body) as { code?: string; field?: string; message?: string };
    t.ok(body.code && body.message, `${name}: a JSON error`);
    if (field) t.equal(body.field, field, `${name}: names ${field}`);
  }
  const history = await send(app, 'GET', '/api/history');
  t.equal(history.body?.total, 1, 'nothing was written');
});

t.test('the write and history routes are in the OpenAPI document', async (t) => {
  const app = await storeApp(t, 'pglite');
  const { paths } = JSON.parse((await app.inject({ url: '/docs/json' })).body) as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const [path, method] of [
    ['/api/relations', 'post'],
    ['/api/relations/bulk', 'post'],
    ['/api/relations/{id}', 'put'],
    ['/api/actors/{id}', 'delete'],
    ['/api/sources', 'post'],
    ['/api/history', 'get'],
    ['/api/history/{revision}/revert', 'post'],
  ] as const) {
    t.ok(paths[path]?.[method], `${method.toUpperCase()} ${path}`);
  }
});
