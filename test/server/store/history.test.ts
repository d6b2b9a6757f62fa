// The change log and the second time axis: history per record, author and revision; revert as a new change; reads at `revision=` and `recordedAsOf=`.
import t from 'tap';
import { testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

for (const backend of testBackends()) {
  t.test(`${backend}: history lists changes with before and after; revert undoes one as a new revision`, async (t) => {
    const app = await storeApp(t, backend);
    const created = await send(app, 'POST', '/api/relations', NEW_RELATION); // revision 2
    t.equal(created.status, 201);
    const edited = { ...NEW_RELATION, strength: 0.8 };
    const updated = await send(app, 'PUT', `/api/relations/${NEW_RELATION.id}`, edited, {
      'if-match': created.headers.etag as string,
    }); // revision 3
    t.equal(updated.status, 200);

    const record = await send(app, 'GET', `/api/history?type=relation&id=${NEW_RELATION.id}`);
    t.equal(record.status, 200);
    t.equal(record.body?.total, 2);
    t.match(record.body?.items, [
      { revision: 3, op: 'update', who: 'admin', before: { strength: 0.6 }, after: { strength: 0.8 } },
      { revision: 2, op: 'create', before: null, after: { id: NEW_RELATION.id } },
    ]);
    const all = await send(app, 'GET', '/api/history?limit=1&offset=2');
    t.equal(all.body?.total, 3, 'the first load is a change too');
    t.match(all.body?.items, [{ revision: 1, op: 'load', who: 'system' }]);
    t.equal((await send(app, 'GET', '/api/history?who=nobody')).body?.total, 0, 'per account');
    t.equal((await send(app, 'GET', '/api/history?type=planet')).status, 400);

    const revert = await send(app, 'POST', '/api/history/3/revert');
    t.equal(revert.status, 201, JSON.stringify(revert.body));
    t.equal(revert.body?.revision, 4);
    t.equal((await send(app, 'GET', `/api/relations/${NEW_RELATION.id}`)).body?.strength, 0.6, 'the update is undone');
    t.match((await send(app, 'GET', '/api/history?revision=4')).body?.items, [
      { op: 'update', reverts: 3, after: { strength: 0.6 } },
    ]);
    const stale = await send(app, 'POST', '/api/history/3/revert');
    t.equal(stale.status, 412, 'reverting again: the record is no longer what revision 3 left');
    t.equal((await send(app, 'POST', '/api/history/1/revert')).status, 400, 'the load cannot be reverted');
    t.equal((await send(app, 'POST', '/api/history/99/revert')).status, 400);
    t.equal(
      (await send(app, 'POST', '/api/history/2/revert', undefined, { authorization: '' })).status,
      401,
      'revert is a write: the guard applies',
    );
  });

  t.test(`${backend}: reads at revision= and recordedAsOf= answer as the dataset stood then`, async (t) => {
    const app = await storeApp(t, backend);
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const created = await send(app, 'POST', '/api/relations', NEW_RELATION); // revision 2
    t.equal(created.status, 201);
    const now = await send(app, 'GET', `/api/relations/${NEW_RELATION.id}`);
    t.equal(now.status, 200);
    const past = await send(app, 'GET', `/api/relations/${NEW_RELATION.id}?revision=1`);
    t.equal(past.status, 404, 'at revision 1 the relation did not exist');
    t.equal(past.headers['x-revision'], '1');
    const ties = await send(app, 'GET', '/api/ties?a=turkey&b=azerbaijan&revision=1');
    const tiesNow = await send(app, 'GET', '/api/ties?a=turkey&b=azerbaijan');
    t.equal(ties.headers['x-revision'], '1');
    t.equal(tiesNow.headers['x-revision'], '2');
    t.not(JSON.stringify(ties.body), JSON.stringify(tiesNow.body), 'the tie card differs between the revisions');
    const asOfTime = await send(
      app,
      'GET',
      `/api/relations/${NEW_RELATION.id}?recordedAsOf=${encodeURIComponent(before)}`,
    );
    t.equal(asOfTime.status, 404, 'recordedAsOf: a time before the write');
    t.equal(asOfTime.headers['x-revision'], '1');
    const both = await send(app, 'GET', `/api/paths?from=turkey&to=azerbaijan&revision=1&asOf=2020`);
    t.equal(both.status, 200, 'both time axes combine');
    t.equal((await send(app, 'GET', '/api/actors/turkey?revision=7')).status, 400, 'no such revision');
    t.equal((await send(app, 'GET', '/api/actors/turkey?revision=abc')).body?.field, 'revision');
    t.equal((await send(app, 'GET', '/api/actors/turkey?recordedAsOf=yesterday')).body?.field, 'recordedAsOf');
    t.equal(
      (await send(app, 'GET', '/api/actors/turkey?recordedAsOf=1999-01-01')).status,
      400,
      'before the dataset was stored',
    );
    t.equal(
      (await send(app, 'GET', '/api/actors/turkey?revision=1&recordedAsOf=2020-01-01')).status,
      400,
      'one or the other',
    );
  });
}
