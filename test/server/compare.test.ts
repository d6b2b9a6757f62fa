// Tests for /api/compare: pairs side by side, actors side by side, and their bad inputs.
import t from 'tap';
import { DOMAINS } from '../../graph/model/vocabulary.js';
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
  t.same(
    body?.pairs.map((card: any) => [card.a.id, card.b.id]),
    [
      ['israel', 'azerbaijan'],
      ['israel', 'armenia'],
    ],
  );
  const facts = (card: any) => card.profile.domains.map((row: any) => `${row.domain}:${row.facts}`);
  t.same(
    facts(body?.pairs[0]),
    ['verbal-cooperation:0', 'material-cooperation:1', 'verbal-conflict:0', 'material-conflict:0', 'structural:0'],
    'the drone sale',
  );
  t.same(
    facts(body?.pairs[1]),
    ['verbal-cooperation:1', 'material-cooperation:0', 'verbal-conflict:0', 'material-conflict:0', 'structural:0'],
    'the diplomatic relations',
  );
  t.same(body?.rows.kinds, ['diplomatic-relations', 'arms-transfer'], 'every kind of either pair, in vocabulary order');
  t.same(
    body?.pairs.map((card: any) => card.profile.kinds.map((row: any) => `${row.kind}:${row.facts}`)),
    [
      ['diplomatic-relations:0', 'arms-transfer:1'],
      ['diplomatic-relations:1', 'arms-transfer:0'],
    ],
    'the same rows on both sides, absent = 0 facts',
  );
  const strongest = body?.pairs[0].profile.domains[1].strongest;
  t.equal(strongest.relation, 'israel-drones-azerbaijan');
  t.ok(strongest.evidence.quote.length > 0, 'the strongest evidence comes with its quote');
  t.match(
    body?.reading,
    /^Israel–Azerbaijan: material cooperation \(1 fact, strongest: arms transfer[^)]*\); Israel–Armenia: verbal cooperation \(1 fact, strongest: diplomatic relations[^)]*\)\.$/,
  );
});

t.test('actors side by side with common and exclusive partners (fixture, by hand)', async (t) => {
  const app = await testApp(t);
  const { status, body } = await getJson(app, '/api/compare?actors=israel,turkey');
  t.equal(status, 200);
  t.same(
    body?.profiles.map((p: any) => p.actor.id),
    ['israel', 'turkey'],
  );
  // Israel: Iran, Armenia, Azerbaijan, IAI; Turkey: Azerbaijan → Azerbaijan is common.
  t.same(body?.commonPartners, ['azerbaijan']);
  t.same(body?.partnersOnlyOf.turkey, []);
  t.same(
    body?.profiles.map((p: any) => p.profile.domains.map((row: any) => row.domain)),
    [[...DOMAINS], [...DOMAINS]],
    'actors use the same domains',
  );
  t.same(
    body?.profiles[1].profile.kinds.map((row: any) => row.kind),
    body?.rows.kinds,
    'and the same kind rows',
  );
  t.match(body?.reading, /^Israel: .+; Türkiye: verbal cooperation \(1 fact, strongest: strategic partnership\)\.$/);
});

t.test('compare takes rollup=state with pairs and refuses it with actors', async (t) => {
  const app = await testApp(t);
  const rolled = await getJson(app, '/api/compare?pairs=israel:azerbaijan,israel:armenia&rollup=state');
  t.equal(rolled.status, 200);
  t.same(
    rolled.body?.pairs.map((card: any) => card.rollup),
    ['state', 'state'],
  );
  const refused = await getJson(app, '/api/compare?actors=israel,turkey&rollup=state');
  t.equal(refused.status, 400);
  t.equal(refused.body?.field, 'rollup');
});
