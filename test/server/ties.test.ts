// Tests for /api/ties: the tie card of a pair; missing, unknown and identical actors.
import t from 'tap';
import { getJson, testApp } from './helpers.js';

t.test('ties refuse missing, unknown and identical actors', async (t) => {
  const app = await testApp(t);
  const missing = await getJson(app, '/api/ties?a=israel');
  t.equal(missing.status, 400);
  t.equal(missing.body?.field, 'b');
  t.match(missing.body?.message, /b is required/);
  const unknown = await getJson(app, '/api/ties?a=israel&b=azerbaijn');
  t.equal(unknown.status, 404);
  t.equal(unknown.body?.field, 'b');
  t.ok(unknown.body?.suggestions.includes('azerbaijan'));
  const same = await getJson(app, '/api/ties?a=israel&b=israel');
  t.equal(same.status, 400);
  t.equal(same.body?.code, 'BAD_QUERY');
  const empty = await getJson(app, '/api/ties?a=&b=israel');
  t.equal(empty.status, 400);
  t.equal(empty.body?.field, 'a');
});

t.test("the tie card groups the pair's relations by kind (fixture, by hand)", async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/ties?a=israel&b=azerbaijan');
  t.equal(status, 200);
  t.equal(body?.total, 1, 'one relation joins Israel and Azerbaijan directly');
  t.equal(body?.byKind[0].kind, 'arms-transfer');
  t.equal(body?.byKind[0].relations[0].direction, 'a-to-b');
  t.same(
    body?.profile.domains.map((row: any) => row.facts),
    [0, 1, 0, 0, 0],
    'one fact of material cooperation',
  );
  t.same(body?.profile.index, { cooperation: body?.profile.domains[1].strongest.weight / 2, conflict: 0 });
  t.match(body?.reading, /^Israel–Azerbaijan: material cooperation \(1 fact, strongest: arms transfer/);
  const before = await getJson(app, '/api/ties?a=israel&b=azerbaijan&asOf=2015');
  t.equal(before.body?.total, 0);
  t.equal(before.body?.hidden, 1, 'the 2016 transfer is hidden as of 2015');
  const reversed = await getJson(app, '/api/ties?a=azerbaijan&b=israel');
  t.equal(reversed.body?.byKind[0].relations[0].direction, 'b-to-a');
});

t.test('rollup=state counts a firm’s acts towards its state; a bad value is refused naming rollup', async (t) => {
  const app = await testApp(t);
  const plain = await getJson(app, '/api/ties?a=israel&b=azerbaijan');
  const rolled = await getJson(app, '/api/ties?a=israel&b=azerbaijan&rollup=state');
  t.equal(rolled.status, 200);
  t.equal(rolled.body?.rollup, 'state');
  t.ok(rolled.body?.total > plain.body?.total, 'the IAI drones join the card');
  const iai = rolled.body?.byKind
    .flatMap((entry: any) => entry.relations)
    .find((entry: any) => entry.relation.id === 'iai-drones-azerbaijan');
  t.same(iai?.via, ['israel-aerospace-industries']);
  t.match(rolled.body?.reading, /^Israel–Azerbaijan \(rolled up\): /);
  const bad = await getJson(app, '/api/ties?a=israel&b=azerbaijan&rollup=firm');
  t.equal(bad.status, 400);
  t.equal(bad.body?.field, 'rollup');
});
