// The write API over the store (PGlite and PostgreSQL): create, update and delete with the loader's checks, ETag/If-Match, Idempotency-Key, change log, and reads that follow.
import t from 'tap';
import { readDataset } from '../../../server/store/dataset-records.js';
import { storeLoader } from '../../../server/store/store-loader.js';
import { testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

for (const backend of testBackends()) {
  t.test(`${backend}: create a relation; the graph follows; the change log holds it`, async (t) => {
    const app = await storeApp(t, backend);
    const created = await send(app, 'POST', '/api/relations', NEW_RELATION);
    t.equal(created.status, 201, JSON.stringify(created.body));
    t.equal(created.body?.revision, 2);
    t.match(created.body?.results, [{ type: 'relation', id: NEW_RELATION.id, op: 'create', version: 1 }]);
    t.equal(created.headers['x-revision'], '2');
    const read = await send(app, 'GET', `/api/relations/${NEW_RELATION.id}`);
    t.equal(read.status, 200, 'visible to reads once the write has answered');
    t.equal(read.headers['x-revision'], '2');
    t.equal(read.headers.etag, created.headers.etag, 'the ETag of the read is the one the write gave');
    const paths = await send(app, 'GET', '/api/paths?from=turkey&to=azerbaijan');
    t.equal(paths.body?.outcome, 'found', 'path queries see the new tie');
  });

  t.test(`${backend}: every problem is listed with its field, nothing written`, async (t) => {
    const app = await storeApp(t, backend);
    const bad = {
      ...NEW_RELATION,
      source: 'narnia',
      strength: 1.5,
      valence: 'hostile',
      evidence: [{ source: 'mini', quote: 'Turkey loves Azerbaijan.' }],
    };
    const refused = await send(app, 'POST', '/api/relations', bad);
    t.equal(refused.status, 422);
    t.equal(refused.body?.code, 'INVALID_RECORD');
    const fields = (refused.body?.issues as Array<{ field: string }>).map((issue) => issue.field).sort();
    t.same(fields, ['strength'], 'schema errors first: the value out of range');
    const semantic = await send(app, 'POST', '/api/relations', { ...bad, strength: 0.5 });
    t.equal(semantic.status, 422);
    t.same(
      (semantic.body?.issues as Array<{ field: string }>).map((issue) => issue.field).sort(),
      ['evidence[0].quote', 'source', 'valence'],
      'unknown actor, a valence the kind forbids, a quote not in the source: each named',
    );
    t.equal((await send(app, 'GET', `/api/relations/${NEW_RELATION.id}`)).status, 404);
    t.equal(
      (await send(app, 'GET', '/api/health')).headers['x-revision'],
      undefined,
      'health names no dataset snapshot',
    );
    t.equal((await send(app, 'GET', '/api/actors/turkey')).headers['x-revision'], '1', 'no revision was made');
  });

  t.test(`${backend}: updates need the current ETag; a stale one gets 412`, async (t) => {
    const app = await storeApp(t, backend);
    const read = await send(app, 'GET', '/api/actors/turkey');
    const etag = read.headers.etag as string;
    t.ok(etag, 'reads return an ETag');
    const actor = { id: 'turkey', name: 'Türkiye', kind: 'state', aliases: ['Ankara', 'Turkey'] };
    t.equal((await send(app, 'PUT', '/api/actors/turkey', actor)).status, 428, 'no If-Match: 428');
    const first = await send(app, 'PUT', '/api/actors/turkey', actor, { 'if-match': etag });
    t.equal(first.status, 200, JSON.stringify(first.body));
    t.equal(first.body?.results[0].version, 2);
    const stale = await send(
      app,
      'PUT',
      '/api/actors/turkey',
      { ...actor, name: 'Turkey again' },
      { 'if-match': etag },
    );
    t.equal(stale.status, 412, 'the second writer with the old ETag loses, nothing is overwritten');
    t.equal(stale.body?.field, 'if-match');
    const search = await send(app, 'GET', '/api/actors?q=turkiye');
    t.equal(search.body?.items[0]?.actor.id, 'turkey', 'the search tables follow the write');
    t.equal(
      (await send(app, 'PUT', '/api/actors/iran', actor, { 'if-match': etag })).status,
      400,
      'the body names another id',
    );
  });

  t.test(`${backend}: deletes refuse records still in use; relations go first`, async (t) => {
    const app = await storeApp(t, backend);
    const actor = await send(app, 'GET', '/api/actors/turkey');
    const inUse = await send(app, 'DELETE', '/api/actors/turkey', undefined, {
      'if-match': actor.headers.etag as string,
    });
    t.equal(inUse.status, 409);
    t.equal(inUse.body?.code, 'IN_USE');
    const source = await send(app, 'GET', '/api/sources/mini');
    t.equal(
      (await send(app, 'DELETE', '/api/sources/mini', undefined, { 'if-match': source.headers.etag as string })).status,
      409,
      'a cited source stays',
    );
    const relations = await send(app, 'GET', '/api/relations?actor=turkey');
    for (const relation of relations.body?.items ?? []) {
      const one = await send(app, 'GET', `/api/relations/${relation.id}`);
      t.equal(
        (
          await send(app, 'DELETE', `/api/relations/${relation.id}`, undefined, {
            'if-match': one.headers.etag as string,
          })
        ).status,
        200,
      );
    }
    const again = await send(app, 'GET', '/api/actors/turkey');
    const deleted = await send(app, 'DELETE', '/api/actors/turkey', undefined, {
      'if-match': again.headers.etag as string,
    });
    t.equal(deleted.status, 200, JSON.stringify(deleted.body));
    t.equal((await send(app, 'GET', '/api/actors/turkey')).status, 404);
    // The served dataset, built in memory write after write, is what the store holds.
    const stored = await readDataset(app.storeConnection!.db, 'server-mini');
    const served = app.datasets.default.store.current.loaded;
    const sorted = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    t.same(sorted(served.dataset.relations), stored?.dataset.relations);
    t.same(sorted(served.dataset.actors), stored?.dataset.actors);
    t.equal(
      app.datasets.default.store.current.hash,
      (await storeLoader(app.storeConnection!.db)('store:server-mini')).hash,
      'same content hash as a load from the store',
    );
  });

  t.test(`${backend}: sources: upload with text, quotes checked against it, edits keep cited quotes`, async (t) => {
    const app = await storeApp(t, backend);
    const upload = {
      id: 'news-1',
      title: 'A news item',
      author: 'A. Reporter',
      publisher: 'Daily',
      published: '2021-03-01',
      text: 'Iran and Turkey signed a gas deal in 2021.',
    };
    const created = await send(app, 'POST', '/api/sources', upload);
    t.equal(created.status, 201, JSON.stringify(created.body));
    const text = await app.inject({ url: '/api/sources/news-1/text', headers: { accept: 'text/plain' } });
    t.equal(text.body, upload.text, 'the uploaded text is served');
    const relation = {
      ...NEW_RELATION,
      id: 'iran-turkey-gas',
      kind: 'energy-supply',
      source: 'iran',
      target: 'turkey',
      evidence: [{ source: 'news-1', quote: 'Iran and Turkey signed a gas deal' }],
    };
    const tie = await send(app, 'POST', '/api/relations', relation);
    t.equal(tie.status, 201, JSON.stringify(tie.body));
    const edit = await send(
      app,
      'PUT',
      '/api/sources/news-1',
      { ...upload, text: 'Nothing happened.' },
      { 'if-match': created.headers.etag as string },
    );
    t.equal(edit.status, 422, 'an edit dropping a cited quote is refused');
    t.equal(edit.body?.issues[0].field, 'text');
    t.match(edit.body?.issues[0].message, /iran-turkey-gas/);
    const noText = await send(app, 'POST', '/api/sources', { ...upload, id: 'news-2', text: '' });
    t.equal(noText.status, 422);
    t.equal(noText.body?.issues.at(-1).field, 'text');
    const taken = await send(app, 'POST', '/api/sources', { ...upload, id: 'turkey' });
    t.equal(taken.status, 409, 'ids are shared between sources, actors and relations');
  });

  t.test(`${backend}: Idempotency-Key replays a create instead of writing twice`, async (t) => {
    const app = await storeApp(t, backend);
    const headers = { 'idempotency-key': 'create-turkey-tie-1' };
    const first = await send(app, 'POST', '/api/relations', NEW_RELATION, headers);
    t.equal(first.status, 201);
    const again = await send(app, 'POST', '/api/relations', NEW_RELATION, headers);
    t.equal(again.status, 201);
    t.same(again.body, first.body, 'the same answer');
    t.equal(again.headers['idempotent-replayed'], 'true');
    const other = await send(app, 'POST', '/api/relations', { ...NEW_RELATION, id: 'other-id' }, headers);
    t.equal(other.status, 422);
    t.equal(other.body?.code, 'IDEMPOTENCY_KEY_REUSED');
    const without = await send(app, 'POST', '/api/relations', NEW_RELATION);
    t.equal(without.status, 409, 'without the key the second create is a conflict');
  });

  t.test(`${backend}: bulk: many relations in one transaction, all or none`, async (t) => {
    const app = await storeApp(t, backend);
    const many = ['iran', 'israel', 'armenia'].map((source, i) => ({
      ...NEW_RELATION,
      id: `bulk-${i}`,
      source,
      target: 'turkey',
      evidence: [{ source: 'mini', quote: 'Turkey supports Azerbaijan.' }],
    }));
    const bad = [...many, { ...NEW_RELATION, id: 'bulk-bad', evidence: [{ source: 'mini', quote: 'not there' }] }];
    const refused = await send(app, 'POST', '/api/relations/bulk', { relations: bad });
    t.equal(refused.status, 422);
    t.same(
      refused.body?.issues.map((i: { field: string }) => i.field),
      ['relations[3].evidence[0].quote'],
    );
    t.equal((await send(app, 'GET', '/api/relations/bulk-0')).status, 404, 'none of the batch was written');
    const done = await send(app, 'POST', '/api/relations/bulk', { relations: many });
    t.equal(done.status, 201, JSON.stringify(done.body));
    t.equal(done.body?.results.length, 3);
    t.equal(done.body?.revision, 2, 'one revision for the batch');
    t.equal((await send(app, 'GET', '/api/relations/bulk-2')).status, 200);
  });

  t.test(`${backend}: writes need a credential: 401 without or with a wrong one`, async (t) => {
    const app = await storeApp(t, backend);
    t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION, { authorization: '' })).status, 401);
    t.equal(
      (await send(app, 'POST', '/api/relations', NEW_RELATION, { authorization: 'Bearer wrong-token-wrong-token' }))
        .status,
      401,
      'a token that proves nobody (accounts: server/accounts/)',
    );
    t.equal((await send(app, 'POST', '/api/relations?dataset=nope', NEW_RELATION)).status, 404, 'unknown dataset');
    const closed = await storeApp(t, backend, { adminToken: '' });
    t.equal(
      (await send(closed, 'POST', '/api/relations', NEW_RELATION)).status,
      401,
      'no ADMIN_TOKEN: the old token proves nobody, writes closed',
    );
  });
}
