// A new relation between stored actors that cite other sources or name a country: the write checks the relation, not the ends' own references (issue 15's walkthrough found the refusal).
import t from 'tap';
import { send, storeApp } from './store-app.js';

t.setTimeout(120_000);

t.test('a relation citing a new source, between actors with evidence elsewhere and a country', async (t) => {
  const app = await storeApp(t, 'pglite');
  const notes = {
    id: 'notes',
    title: 'Notes',
    author: 'T',
    publisher: 'P',
    published: '2021',
    text: 'Georgia bought drones from Israel Aerospace Industries in 2021.',
  };
  t.equal((await send(app, 'POST', '/api/sources', notes)).status, 201);
  // An actor whose evidence cites the bundled source, not the new one.
  const georgia = {
    id: 'georgia',
    name: 'Georgia',
    kind: 'state',
    aliases: [],
    evidence: [{ source: 'mini', quote: 'Turkey supports Azerbaijan.' }],
  };
  const actor = await send(app, 'POST', '/api/actors', georgia);
  t.equal(actor.status, 201, JSON.stringify(actor.body));
  const relation = {
    id: 'iai-georgia-arms-transfer-2021',
    kind: 'arms-transfer',
    source: 'israel-aerospace-industries', // its country is israel, which this write does not name
    target: 'georgia',
    valence: 'cooperative',
    strength: 0.5,
    strengthBasis: 'rubric',
    strengthNote: 'moderate: the size is not stated',
    confidence: 0.95,
    stance: 'asserted',
    evidence: [{ source: 'notes', quote: notes.text }],
  };
  const created = await send(app, 'POST', '/api/relations', relation);
  t.equal(created.status, 201, JSON.stringify(created.body));
  const stored = await send(app, 'GET', '/api/relations/iai-georgia-arms-transfer-2021');
  t.equal(stored.body!.target, 'georgia');

  // The ends still have to exist.
  const unknown = await send(app, 'POST', '/api/relations', { ...relation, id: 'x-georgia', source: 'atlantis' });
  t.equal(unknown.status, 422);
  t.match(JSON.stringify(unknown.body!.issues), /source/);
});
