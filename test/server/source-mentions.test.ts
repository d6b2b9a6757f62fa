// GET /api/sources/:id/mentions through app.inject: every mention in order with offsets into the text, counts per actor, a clear 404 and 400.
import t from 'tap';
import { FIXTURE, getJson, NORDIC, testApp } from './helpers.js';

t.test('the mentions of the fixture source, each offset naming its actor', async (t) => {
  const app = await testApp(t);
  const text = (await app.inject({ url: '/api/sources/mini/text', headers: { accept: 'text/plain' } })).body;
  const { status, body } = await getJson(app, '/api/sources/mini/mentions');
  t.equal(status, 200);
  t.equal(body?.source, 'mini');
  const named = (body?.mentions as Array<{ start: number; end: number; actors: Array<{ id: string }> }>).map(
    (m) => `${text.slice(m.start, m.end)}=${m.actors.map((a) => a.id).join('|')}`,
  );
  t.same(named.slice(0, 5), [
    'Israel=israel',
    'Azerbaijan=azerbaijan',
    'Israel Aerospace Industries=israel-aerospace-industries',
    'IAI=israel-aerospace-industries',
    'Armenia=armenia',
  ]);
  t.ok(named.includes('Turkey=turkey'), 'an alias names its actor (Türkiye)');
  t.ok(named.includes('Nagorno-Karabakh=nagorno-karabakh'), 'a hyphenated name is one mention');
  t.match(body?.actors[0], { id: 'israel', name: 'Israel', count: 3 }, 'the most mentioned actor first');
});

t.test('an unknown source is a 404 naming close ids; another dataset has its own names', async (t) => {
  const app = await testApp(t);
  const missing = await getJson(app, '/api/sources/minii/mentions');
  t.equal(missing.status, 404);
  t.match(missing.body, { code: 'NOT_FOUND', field: 'id', suggestions: ['mini'] });
  const tooLong = await getJson(app, `/api/sources/${'x'.repeat(201)}/mentions`);
  t.equal(tooLong.status, 400);
  t.equal(tooLong.body?.field, 'id');
});

t.test('with two datasets, dataset= chooses whose actors are looked for', async (t) => {
  const app = await testApp(t, { dataFiles: [FIXTURE, NORDIC] });
  const nordic = await getJson(app, '/api/sources/nordic/mentions?dataset=server-nordic');
  t.equal(nordic.status, 200, JSON.stringify(nordic.body));
  t.ok((nordic.body?.actors as Array<{ id: string }>).some((a) => a.id === 'norway'));
});
