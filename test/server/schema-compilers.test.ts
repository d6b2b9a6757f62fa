// Tests for server/schema-compilers.ts: a schema is compiled once per process and the shared functions still validate and serialise right.
import t from 'tap';
import { Type } from 'typebox';
import { sharedSchemaController } from '../../server/schema-compilers.js';
import { buildApp } from '../../server/app.js';
import { FIXTURE } from './helpers.js';

const { buildValidator, buildSerializer } = sharedSchemaController.compilersFactory;
const AJV = { customOptions: { coerceTypes: 'array' as const } };
const Query = Type.Object({ limit: Type.Integer({ minimum: 1 }) });
const Answer = Type.Object({ id: Type.String(), count: Type.Integer() });
const route = (schema: object) => ({ schema, method: 'GET', url: '/x', httpPart: 'querystring', httpStatus: '200' });

t.test('a validator is compiled once per schema content, across factories built for different apps', async (t) => {
  const first = buildValidator({}, AJV)(route(Query));
  const second = buildValidator({}, AJV)(route(Query));
  t.equal(first, second, 'the second app gets the first app’s function');
  const copy = buildValidator({}, AJV)(route(structuredClone(Query)));
  t.equal(
    copy,
    first,
    'a new object with the same content (a schema written inline in a route plugin): the same function',
  );
  t.ok(copy({ limit: '3' }), 'it validates alike (coerced)');
  t.notOk(first({ limit: 0 }), 'and the shared function still refuses');
  const other = buildValidator({}, AJV)(route(Type.Object({ limit: Type.Integer({ minimum: 5 }) })));
  t.not(other, first, 'other content: compiled again');
  t.notOk(other({ limit: 3 }), 'with its own rule');
  t.ok(first({ limit: 3 }));
});

t.test(
  'a serializer is compiled once per schema content and options, and writes only the schema’s fields',
  async (t) => {
    const first = buildSerializer({}, {})(route(Answer));
    t.equal(buildSerializer({}, {})(route(Answer)), first, 'the same schema object: the same function');
    t.not(buildSerializer({}, { rounding: 'floor' })(route(Answer)), first, 'other options: compiled again');
    t.equal(buildSerializer({}, {})(route(structuredClone(Answer))), first, 'a new object, the same content: kept');
    const other = buildSerializer({}, {})(route(Type.Object({ id: Type.String() })));
    t.not(other, first, 'other content: compiled again');
    t.equal(other({ id: 'AZE', count: 2 }), '{"id":"AZE"}');
    t.equal(first({ id: 'AZE', count: 2, secret: 'x' }), '{"id":"AZE","count":2}');
  },
);

t.test('two apps in one process answer alike with the shared compilers', async (t) => {
  const apps = [await buildApp({ dataFiles: [FIXTURE] }), await buildApp({ dataFiles: [FIXTURE] })];
  t.teardown(() => Promise.all(apps.map((app) => app.close())));
  const bodies = [];
  for (const app of apps) {
    const bad = await app.inject({ url: '/api/actors?limit=0' });
    t.equal(bad.statusCode, 400, 'a bad query is refused by the shared validator');
    const good = await app.inject({ url: '/api/actors?limit=2' });
    t.equal(good.statusCode, 200);
    bodies.push(good.json());
  }
  t.same(bodies[0], bodies[1]);
});
