// The embedded store in its own thread: PostgreSQL errors keep their fields, rows and transactions come back intact, a long statement leaves the event loop free, and a dead thread means 503.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import t from 'tap';
import { StoreQueryError } from '../../../server/store/pglite-protocol.js';
import { PgliteDatabase } from '../../../server/store/pglite-thread.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { importDataset } from '../../../server/store/dataset-records.js';
import { recyclingLoader } from '../../../server/store/open-store.js';
import { RECYCLE_MIN_WRITTEN } from '../../../server/store/recycle-after-write.js';
import { storeLoader } from '../../../server/store/store-loader.js';
import { FIXTURE } from '../helpers.js';
import { freshLocation, freshStore } from './backends.js';
import { postJson, startServer } from './server-process.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

// PGlite stores open in seconds on a shared 2-core machine; the file opens three.
t.setTimeout(360_000);

const pending = async (promise: Promise<unknown>) => {
  let settled = false;
  void promise.finally(() => (settled = true)).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  return !settled;
};

t.test('a folder PGlite cannot open is refused with its path', async (t) => {
  const file = join(t.testdir(), 'not-a-folder');
  writeFileSync(file, 'plain text');
  await t.rejects(PgliteDatabase.open(file), { message: new RegExp(`store: PGlite could not open ${file}`) });
});

t.test('statements in the PGlite thread', async (t) => {
  const { db } = await freshStore(t, 'pglite');
  const row = { id: 'dup', title: 'first', description: null, revision: 1 };
  await db.insertInto('datasets').values(row).execute();

  await t.test('PostgreSQL errors keep their code and constraint (the routes map them to 409/422)', async (t) => {
    const error = await db
      .insertInto('datasets')
      .values(row)
      .execute()
      .catch((caught: unknown) => caught);
    t.type(error, StoreQueryError);
    t.match(error, { code: '23505', constraint: 'datasets_pkey', message: /duplicate key/ });
    t.match(await sql`SELEC 1`.execute(db).catch((caught: unknown) => caught), { code: '42601', position: '1' });
  });

  await t.test('rows come back with their types: jsonb, timestamps, nulls, large text as is', async (t) => {
    const text = 'Ω quote — '.repeat(100_000);
    const { rows } = await sql<{ record: unknown; at: Date; none: null; text: string; n: number }>`
      SELECT ${JSON.stringify({ a: [1, { b: 'ü' }] })}::jsonb AS record, created_at AS at, NULL AS none,
             ${text}::text AS text, revision AS n FROM datasets WHERE id = 'dup'`.execute(db);
    t.same(rows[0]!.record, { a: [1, { b: 'ü' }] });
    t.type(rows[0]!.at, Date);
    t.equal(rows[0]!.none, null);
    t.equal(rows[0]!.text, text, `${text.length} characters intact`);
    t.equal(rows[0]!.n, 1);
    const updated = await db
      .updateTable('datasets')
      .set({ title: 'second' })
      .where('id', '=', 'dup')
      .executeTakeFirst();
    t.equal(updated.numUpdatedRows, 1n, 'affected-row counts reach Kysely');
  });

  await t.test("a transaction holds the session: another caller's statements wait, a failure rolls back", async (t) => {
    const failed = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('datasets')
        .values({ ...row, id: 'rolled-back' })
        .execute();
      await sql`SELECT pg_sleep(0.3)`.execute(trx);
      throw new Error('refused');
    });
    const other = db
      .insertInto('datasets')
      .values({ ...row, id: 'kept' })
      .execute();
    await t.rejects(failed, { message: 'refused' });
    await other;
    const ids = (await db.selectFrom('datasets').select('id').orderBy('id').execute()).map((r) => r.id);
    t.same(ids, ['dup', 'kept']);
  });

  await t.test('a long statement leaves the event loop free (timers fire while it runs)', async (t) => {
    const sleeping = sql`SELECT pg_sleep(1)`.execute(db);
    await new Promise((resolve) => setTimeout(resolve, 200));
    t.ok(await pending(sleeping), 'a 200 ms timer fired while the 1 s statement was still running');
    await sleeping;
  });
});

t.test('reads of the in-memory graph answer while a long write holds the store', async (t) => {
  const app = await storeApp(t, 'pglite');
  const { db } = app.storeConnection!;
  const write = db.transaction().execute(async (trx) => {
    await trx.updateTable('datasets').set({ title: 'being written' }).execute();
    await sql`SELECT pg_sleep(5)`.execute(trx);
  });
  const queued = send(app, 'POST', '/api/relations', NEW_RELATION); // waits for the session
  const started = performance.now();
  const paths = await send(app, 'GET', '/api/paths?from=turkey&to=azerbaijan');
  const ties = await send(app, 'GET', '/api/ties?a=turkey&b=azerbaijan');
  t.equal(paths.status, 200);
  t.equal(ties.status, 200);
  t.ok(await pending(write), `both reads answered (${(performance.now() - started).toFixed(0)} ms) during the write`);
  await write;
  t.equal((await queued).status, 201, 'the write that waited for the session then went through');
});

t.test('a dead PGlite thread fails store calls with 503; the in-memory graph still answers', async (t) => {
  const app = await storeApp(t, 'pglite');
  await app.storeConnection!.pglite!.thread.terminate();
  const refused = await send(app, 'POST', '/api/relations', NEW_RELATION);
  t.equal(refused.status, 503);
  t.match(refused.body, { code: 'STORE_UNAVAILABLE', message: /the store is unavailable/ });
  t.equal((await send(app, 'GET', '/api/actors/turkey')).status, 200, 'reads served from memory');
  const again = await freshStore(t, 'pglite');
  t.same(await again.db.selectFrom('datasets').select('id').execute(), [], 'the next store opens a new thread');
});

t.test(
  'SIGTERM: a server on PGlite closes its database and thread, exits 0, and its write is there after',
  async (t) => {
    const env = { DATA_DIR: (await freshLocation(t, 'pglite')).dataDir };
    const server = await startServer(t, env);
    t.equal((await fetch(`${server.url}/api/relations`, postJson(NEW_RELATION))).status, 201);
    const exited = new Promise((done) => server.child.once('exit', done));
    server.child.kill('SIGTERM');
    t.equal(await exited, 0, 'exited 0: the idle PGlite thread does not hold the process');
    const again = await startServer(t, env);
    t.equal((await fetch(`${again.url}/api/relations/${NEW_RELATION.id}`)).status, 200, 'the write was kept');
  },
);

/** Resolves with the exit code once `worker` has stopped (at once if it has). */
const exited = (worker: { threadId: number; once(event: 'exit', listener: (code: number) => void): unknown }) =>
  new Promise<number>((done) => (worker.threadId === -1 ? done(1) : worker.once('exit', done)));

t.test('a recycle reopens the database in a fresh thread; nothing is lost, statements wait for it', async (t) => {
  const connection = await freshStore(t, 'pglite');
  const { db } = connection;
  const row = { id: 'kept', title: 'written before', description: null, revision: 1 };
  await db.insertInto('datasets').values(row).execute();
  const old = connection.pglite!.thread;
  // A transaction in flight: the recycle waits for it, and a statement sent during the recycle waits for the reopen.
  const writing = db.transaction().execute(async (trx) => {
    await trx
      .insertInto('datasets')
      .values({ ...row, id: 'in-flight' })
      .execute();
    await sql`SELECT pg_sleep(0.3)`.execute(trx);
  });
  const recycled = connection.recycle!();
  const during = db
    .insertInto('datasets')
    .values({ ...row, id: 'during' })
    .execute();
  await Promise.all([writing, recycled, during]);
  t.not(connection.pglite!.thread, old, 'the database runs in a new thread');
  await exited(old);
  t.equal(old.threadId, -1, 'the old thread ended (no other database was left in it)');
  const ids = (await db.selectFrom('datasets').select('id').orderBy('id').execute()).map((r) => r.id);
  t.same(ids, ['during', 'in-flight', 'kept'], 'the rows written before, during and after the recycle are all there');
  t.match(
    await db
      .insertInto('datasets')
      .values(row)
      .execute()
      .catch((caught: unknown) => caught),
    { code: '23505' },
    'PostgreSQL errors keep their code after it',
  );
  const memory = await connection.pglite!.memory();
  t.ok(memory.wasm > 0 && memory.heap > 0, `the fresh thread reports its memory (WASM ${memory.wasm} bytes)`);
  const other = await freshStore(t, 'pglite');
  t.equal(other.pglite!.thread, connection.pglite!.thread, 'the next database opened joins the fresh thread');
});

t.test('the start recycles the thread after a read of at least `minRelations`, not after a small one', async (t) => {
  const connection = await freshStore(t, 'pglite');
  const { dataset, texts } = await loadDatasetFile(FIXTURE);
  await importDataset(connection.db, dataset, texts);
  const logged: string[] = [];
  const logger = { info: (_: object, message: string) => logged.push(message), error: () => undefined };
  const size = dataset.relations.length;
  const small = recyclingLoader(connection, storeLoader(connection.db), logger, size + 1);
  const first = connection.pglite!.thread;
  await small.loader(`store:${dataset.id}`);
  await small.recycled();
  t.equal(connection.pglite!.thread, first, `${size} relations: no recycle`);
  const large = recyclingLoader(connection, storeLoader(connection.db), logger, size);
  const loaded = await large.loader(`store:${dataset.id}`);
  await large.recycled();
  t.not(connection.pglite!.thread, first, `${size} relations: the thread was recycled`);
  t.same(logged, ['PGlite thread recycled after the read']);
  t.equal(loaded.graph.size, size, 'the dataset read before the recycle is whole');
  t.equal((await storeLoader(connection.db)(`store:${dataset.id}`)).graph.size, size, 'and reads back whole after it');
});

t.test('a recycle that cannot reopen the store gives 503, not a hang; the in-memory graph still answers', async (t) => {
  const location = await freshLocation(t, 'pglite');
  const app = await storeApp(t, 'pglite', {}, location);
  t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION)).status, 201);
  const recycling = app.storeConnection!.recycle!();
  // The folder becomes a file PGlite cannot open, while the old thread closes the database.
  rmSync(location.dataDir, { recursive: true, force: true });
  writeFileSync(location.dataDir, 'not a store');
  await t.rejects(recycling, { statusCode: 503, code: 'STORE_UNAVAILABLE', message: /could not be reopened/ });
  const refused = await send(app, 'POST', '/api/relations', { ...NEW_RELATION, id: 'after-failure' });
  t.equal(refused.status, 503);
  t.match(refused.body, { code: 'STORE_UNAVAILABLE', message: /the store is unavailable/ });
  t.equal((await send(app, 'GET', `/api/relations/${NEW_RELATION.id}`)).status, 200, 'reads served from memory');
});

t.test('writes through the app after a recycle are served and stored', async (t) => {
  const location = await freshLocation(t, 'pglite');
  const app = await storeApp(t, 'pglite', {}, location);
  await app.storeConnection!.recycle!();
  t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION)).status, 201, 'a write after the recycle');
  t.equal((await send(app, 'GET', '/api/paths?from=turkey&to=azerbaijan&maxHops=1')).status, 200);
  await app.close();
  const again = await storeApp(t, 'pglite', {}, location);
  t.equal((await send(again, 'GET', `/api/relations/${NEW_RELATION.id}`)).status, 200, 'the write is in the store');
});

t.test(
  'a write of RECYCLE_MIN_WRITTEN records recycles the thread after it commits; a small one does not',
  async (t) => {
    const app = await storeApp(t, 'pglite');
    const connection = app.storeConnection!;
    const first = connection.pglite!.thread;
    const relations = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) => ({ ...NEW_RELATION, id: `${prefix}-${i}` }));

    const small = await send(app, 'POST', '/api/relations/bulk', { relations: relations(3, 'small') });
    t.equal(small.status, 201);
    await new Promise((resolve) => setTimeout(resolve, 200));
    t.equal(connection.pglite!.thread, first, 'three relations: the same thread');

    const large = await send(app, 'POST', '/api/relations/bulk', {
      relations: relations(RECYCLE_MIN_WRITTEN, 'large'),
    });
    t.equal(large.status, 201, `${RECYCLE_MIN_WRITTEN} relations written`);
    // The answer does not wait for the recycle; the store's next statement does.
    const read = await send(app, 'GET', `/api/relations/large-${RECYCLE_MIN_WRITTEN - 1}`);
    t.equal(read.status, 200, 'the last relation of the bulk reads back');
    for (let i = 0; i < 100 && connection.pglite!.thread === first; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    t.not(connection.pglite!.thread, first, 'the thread was recycled');
    const after = await send(app, 'POST', '/api/relations', { ...NEW_RELATION, id: 'after-recycle' });
    t.equal(after.status, 201, 'the store writes after the recycle');
    const { dataset } = await loadDatasetFile(FIXTURE);
    const { n } = await connection.db
      .selectFrom('relations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    t.equal(Number(n), dataset.relations.length + 3 + RECYCLE_MIN_WRITTEN + 1, 'every relation is stored, once');
  },
);
