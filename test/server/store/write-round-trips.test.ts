// A small write in few statements on both backends: the relation row and its old evidence in one, every new row in one, the revision, NOTIFY and idempotency key in one — and the rows come out as before.
import { sql } from 'kysely';
import { PgliteDatabase } from '../../../server/store/pglite-thread.js';
import t from 'tap';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import type { Relation } from '../../../graph/model/schema.js';
import { applyChanges, type WriteResult } from '../../../server/store/change-set.js';
import { CHANGE_CHANNEL } from '../../../server/store/change-listener.js';
import { importDataset } from '../../../server/store/dataset-records.js';
import { recordEtag } from '../../../server/store/record-etag.js';
import { FIXTURE } from '../helpers.js';
import { freshLocation, testBackends } from './backends.js';
import { openStoreDatabase } from '../../../server/store/database.js';
import { NEW_RELATION } from './store-app.js';

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
    const { default: pg } = await import('pg');
    const driver = backend === 'pglite' ? PgliteDatabase.prototype : pg.Client.prototype;
    const query = driver.query as (...args: unknown[]) => unknown;
    driver.query = function (this: unknown, ...args: unknown[]) {
      statements.push(typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string }).text));
      return query.apply(this, args);
    } as never;
    t.teardown(() => void (driver.query = query as never));
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
