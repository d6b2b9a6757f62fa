// A small write in few statements on both backends: the relation row and its old evidence in one, every new row in one, the revision, NOTIFY and idempotency key in one — and the rows come out as before; an API token costs one lookup.
import { sql } from 'kysely';
import { PgliteDatabase } from '../../../server/store/pglite-thread.js';
import t from 'tap';
import type { Test } from 'tap';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import type { Relation } from '../../../graph/model/schema.js';
import { applyChanges, type WriteResult } from '../../../server/store/change-set.js';
import { CHANGE_CHANNEL } from '../../../server/store/change-listener.js';
import { importDataset } from '../../../server/store/dataset-records.js';
import { recordEtag } from '../../../server/store/record-etag.js';
import { FIXTURE } from '../helpers.js';
import { freshLocation, testBackends } from './backends.js';
import { openStoreDatabase } from '../../../server/store/database.js';
import { NEW_RELATION, storeApp } from './store-app.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { createAccount, findAccount } from '../../../server/accounts/account-store.js';
import { createApiToken } from '../../../server/accounts/api-tokens.js';

// Stores on both backends on a shared 2-core machine.
t.setTimeout(240_000);

const { dataset, texts } = await loadDatasetFile(FIXTURE);

for (const backend of testBackends()) {
  t.test(`${backend}: a relation's create and update, each in few statements, leave the same rows`, async (t) => {
    const location = await freshLocation(t, backend);
    const connection = await openStoreDatabase(location);
    t.teardown(() => connection.close());
    await importDataset(connection.db, dataset, texts);
    // Counts the statements sent to the database, BEGIN, COPY and COMMIT included: each is a round trip (most with the
    // dataset row locked, which the other editors wait for), and each costs the event loop a turn under readers.
    let statements: string[] = [];
    const { default: pg } = await countStatements(t, backend, (statement) => statements.push(statement));
    const { db } = connection;
    const notified: string[] = [];
    if (backend === 'postgres') {
      const listener = new pg.Client({ connectionString: location.databaseUrl });
      await listener.connect();
      t.teardown(() => listener.end());
      listener.on('notification', (message) => notified.push(message.payload ?? ''));
      await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
    }

    statements = [];
    const respond = (result: WriteResult) => ({ status: 201, body: { revision: result.revision } });
    const created = await applyChanges(
      db,
      dataset.id,
      [{ type: 'relation', op: 'create', record: NEW_RELATION as Relation, field: '' }],
      { who: 'tester', idempotency: { key: 'k-1', requestHash: 'h-1', respond } },
    );
    t.match(created, { revision: 2, results: [{ id: NEW_RELATION.id, op: 'create', version: 1 }] });
    t.ok(statements.length <= 11, `a create with an Idempotency-Key: ${statements.length} statements (15 before)`);
    const key = await db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'k-1').executeTakeFirstOrThrow();
    t.match(key, { who: 'tester', request_hash: 'h-1', status: 201, response: { revision: 2 } }, 'the key is stored');
    const replay = await applyChanges(
      db,
      dataset.id,
      [{ type: 'relation', op: 'create', record: NEW_RELATION as Relation, field: '' }],
      { who: 'tester', idempotency: { key: 'k-1', requestHash: 'h-1', respond } },
    );
    t.same(replay, { replayed: { status: 201, body: { revision: 2 } } }, 'the same key replays the first answer');

    // The update replaces the evidence: two quotes instead of one.
    const updated: Relation = {
      ...(NEW_RELATION as Relation),
      strengthNote: 'two quotes',
      evidence: [
        { source: 'mini', quote: 'Turkey supports Azerbaijan' },
        { source: 'mini', quote: 'Israel sold drones to Azerbaijan in 2016' },
      ],
    };
    statements = [];
    const update = await applyChanges(
      db,
      dataset.id,
      [
        {
          type: 'relation',
          op: 'update',
          record: updated,
          ifMatch: recordEtag('relation', NEW_RELATION),
          field: '',
        },
      ],
      { who: 'tester' },
    );
    t.match(update, { revision: 3, results: [{ op: 'update', version: 2 }] });
    t.ok(
      statements.length <= 9,
      `an update (BEGIN, lock, 3 lookups, row, new rows, revision, COMMIT): ${statements.length} statements (12 before)`,
    );
    const evidence = await db
      .selectFrom('evidence')
      .select(['position', 'quote'])
      .where('relation_id', '=', NEW_RELATION.id)
      .orderBy('position')
      .execute();
    t.same(
      evidence,
      [
        { position: 0, quote: 'Turkey supports Azerbaijan' },
        { position: 1, quote: 'Israel sold drones to Azerbaijan in 2016' },
      ],
      'the old evidence row is gone, the new ones are in',
    );
    const changes = await db
      .selectFrom('changes')
      .select(['revision', 'op', 'who', 'before', 'after'])
      .where('record_id', '=', NEW_RELATION.id)
      .orderBy('revision')
      .execute();
    t.match(changes, [
      { revision: 2, op: 'create', who: 'tester', before: null, after: { strengthNote: 'stated support' } },
      { revision: 3, op: 'update', before: { strengthNote: 'stated support' }, after: { strengthNote: 'two quotes' } },
    ]);
    const head = await db.selectFrom('datasets').select('revision').where('id', '=', dataset.id).executeTakeFirst();
    t.equal(head?.revision, 3, "the dataset's revision moved with each write");
    if (backend === 'postgres') {
      // Notifications are delivered at commit; a round trip on the listener's connection lets them arrive.
      await sql`SELECT 1`.execute(db);
      for (let wait = 0; wait < 50 && notified.length < 2; wait++) await new Promise((done) => setTimeout(done, 20));
      t.same(notified, [`2 ${dataset.id}`, `3 ${dataset.id}`], 'each commit notified its revision once');
    }
  });
}

/** Calls `count` with each statement sent to `backend`'s driver until the test ends; returns the `pg` module. */
async function countStatements(t: Test, backend: string, count: (statement: string) => void) {
  const pgModule = await import('pg');
  const driver = backend === 'pglite' ? PgliteDatabase.prototype : pgModule.default.Client.prototype;
  const query = driver.query as (...args: unknown[]) => unknown;
  driver.query = function (this: unknown, ...args: unknown[]) {
    count(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text));
    return query.apply(this, args);
  } as never;
  t.teardown(() => void (driver.query = query as never));
  return pgModule;
}

for (const backend of testBackends()) {
  t.test(
    `${backend}: a write through an API token looks the token up once, outside the write's transaction`,
    async (t) => {
      const app = await storeApp(t, backend);
      const db = app.accounts.db as AccountsDb;
      await createAccount(db, { name: 'robot', roles: [{ dataset: '*', role: 'editor' }] });
      const { token, id } = await createApiToken(db, (await findAccount(db, 'robot'))!.id, 'nightly');
      const headers = { authorization: `Bearer ${token}` };
      const lastUsed = async () =>
        (await db.selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow())
          .last_used_at;
      let statements: string[] = [];
      await countStatements(t, backend, (statement) => statements.push(statement));
      const write = async (n: number) => {
        statements = [];
        const response = await app.inject({
          method: 'POST',
          url: '/api/relations',
          headers,
          payload: { ...NEW_RELATION, id: `token-write-${n}` },
        });
        t.equal(response.statusCode, 201, response.body);
        const begin = statements.findIndex((statement) => /^\s*begin/i.test(statement));
        t.ok(begin >= 0, 'the write ran in a transaction');
        return { before: statements.slice(0, begin), inside: statements.slice(begin) };
      };

      // A token never used: the one lookup also records its use (the same statement), before the transaction.
      t.equal(await lastUsed(), null);
      const first = await write(1);
      t.equal(
        first.before.length,
        1,
        `one statement before the write's transaction (3 before): ${first.before.join(' | ')}`,
      );
      t.match(first.before[0], /api_tokens/);
      t.notOk(
        first.inside.some((statement) => /api_tokens|dataset_roles/.test(statement)),
        'no token or role statement inside the transaction',
      );
      const used = await lastUsed();
      t.ok(used, 'the first use is recorded');

      // A burst within the minute: one lookup each, and the recorded time stays (no write of the token row).
      for (const n of [2, 3]) t.equal((await write(n)).before.length, 1, `write ${n}: one lookup`);
      t.same(await lastUsed(), used, 'a burst of writes within the minute records the use once');

      // Over a minute later, the next use moves it, and listing the tokens shows it.
      const earlier = new Date(Date.now() - 5 * 60_000);
      await db.updateTable('api_tokens').set({ last_used_at: earlier }).where('id', '=', id).execute();
      t.equal((await write(4)).before.length, 1, 'the lookup that records a stale use is still one statement');
      const listed = await app.inject({ url: '/api/auth/tokens', headers });
      const [view] = (listed.json() as { tokens: { id: number; lastUsedAt: string | null }[] }).tokens;
      t.equal(view?.id, id);
      t.ok(
        view?.lastUsedAt && Date.parse(view.lastUsedAt) > earlier.getTime() + 60_000,
        `lastUsedAt moved on from ${earlier.toISOString()}: ${view?.lastUsedAt}`,
      );

      // Roles still come with the one lookup: a viewer's token is refused (403), a revoked one is nobody (401).
      await db.updateTable('dataset_roles').set({ role: 'viewer' }).execute();
      statements = [];
      const viewer = await app.inject({ method: 'POST', url: '/api/relations', headers, payload: NEW_RELATION });
      t.equal(viewer.statusCode, 403, 'a viewer may not write');
      await db.deleteFrom('api_tokens').where('id', '=', id).execute();
      const revoked = await app.inject({ method: 'POST', url: '/api/relations', headers, payload: NEW_RELATION });
      t.equal(revoked.statusCode, 401, 'a revoked token is refused');
    },
  );
}
