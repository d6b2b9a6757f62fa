// Tests for /api/compare: pairs side by side, actors side by side, and their bad inputs.
import t from 'tap';
import { getJson, testApp } from './helpers.js';

t.test('compare refuses bad input with the field named', async (t) => {
  const app = await testApp(t);
  const cases: Array<[string, number, string]> = [
    ['/api/compare', 400, 'pairs'],
    ['/api/compare?pairs=israel:azerbaijan&actors=israel,turkey', 400, 'pairs'],
    ['/api/compare?pairs=israel-azerbaijan,israel:armenia', 400, 'pairs'],
    ['/api/compare?pairs=israel:azerbaijan', 400, 'pairs'],
    ['/api/compare?pairs=israel:azerbaijan,azerbaijan:israel', 400, 'pairs[1]'],
    ['/api/compare?actors=israel', 400, 'actors'],
    ['/api/compare?actors=israel,israel', 400, 'actors'],
    ['/api/compare?actors=a,b,c,d,e,f,g', 400, 'actors'],
    ['/api/compare?actors=israel,turky', 404, 'actors[1]'],
    ['/api/compare?pairs=israel:azerbaijan,israel:armnia', 404, 'pairs[1][1]'],
    ['/api/compare?actors=israel,turkey&asOf=soon', 400, 'asOf'],
  ];
  for (const [url, status, field] of cases) {
    const response = await getJson(app, url);
    t.equal(response.status, status, url);
    t.equal(response.body?.field, field, `${url} names ${field}`);
  }
});

t.test('pairs side by side, in the order asked', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/compare?pairs=israel:azerbaijan,israel:armenia');
  t.equal(status, 200);
  t.same(body?.pairs.map((card: any) => [card.a.id, card.b.id]), [['israel', 'azerbaijan'], ['israel', 'armenia']]);
  t.equal(body?.pairs[1].aggregates.cooperative.count, 1, 'the reported diplomatic relations');
});

t.test('actors side by side with common and exclusive partners (fixture, by hand)', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/compare?actors=israel,turkey');
  t.equal(status, 200);
  t.same(body?.profiles.map((p: any) => p.actor.id), ['israel', 'turkey']);
  // Israel: Iran, Armenia, Azerbaijan, IAI; Turkey: Azerbaijan → Azerbaijan is common.
  t.same(body?.commonPartners, ['azerbaijan']);
  t.same(body?.partnersOnlyOf.turkey, []);
});
