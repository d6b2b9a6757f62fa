// Tests for /api/metrics: validation, degree counted by hand on the fixture, paging of actor rows.
import t from 'tap';
import { fixtureDataset } from '../graph/query/server-fixture.js';
import { getJson, testApp } from './helpers.js';

t.test('metrics refuse bad input with the field named', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, string]> = [
    ['/api/metrics?metrics=pagerank', 'metrics'],
    ['/api/metrics?asOf=20', 'asOf'],
    ['/api/metrics?limit=0', 'limit'],
    ['/api/metrics?minStrength=x', 'minStrength'],
  ];
  for (const [url, field] of cases) {
    const response = await getJson(app, url);
    t.equal(response.status, 400, url);
    t.equal(response.body?.field, field, `${url} names ${field}`);
  }
});

t.test('degree per actor equals the relations at either end (brute force), rows paged', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/metrics?metrics=degree');
  t.equal(status, 200);
  t.same(body?.computed, ['degree']);
  t.equal(body?.total, fixtureDataset.actors.length);
  for (const row of body?.actors ?? []) {
    const expected = fixtureDataset.relations.filter((r) => r.source === row.id || r.target === row.id).length;
    t.equal(row.degree, expected, row.id);
  }
  const page = await getJson(app, '/api/metrics?metrics=degree&limit=2&offset=1');
  t.same(
    page.body?.actors.map((row: any) => row.id),
    body?.actors.slice(1, 3).map((row: any) => row.id),
  );
  const all = await getJson(app, '/api/metrics?asOf=2016');
  t.ok(all.body?.computed.includes('communities'));
});
