// Two server processes on one PostgreSQL: a write through one is served by the other (LISTEN/NOTIFY catch-up), and a process killed mid-bulk-write leaves the store as before.
import t from 'tap';
import { freshLocation, testBackends } from './backends.js';
import { postJson as json, startServer } from './server-process.js';
import { NEW_RELATION } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

if (testBackends().includes('postgres')) {
  t.test('postgres: a write through one process is served by the other', async (t) => {
    const location = await freshLocation(t, 'postgres');
    const env = { DATABASE_URL: location.databaseUrl!, DATA_DIR: location.dataDir };
    const first = await startServer(t, env);
    const second = await startServer(t, env);
    const written = await fetch(`${first.url}/api/relations`, json(NEW_RELATION));
    t.equal(written.status, 201);
    const committed = Date.now();
    let seen: Response | undefined;
    while (Date.now() - committed < 10_000) {
      seen = await fetch(`${second.url}/api/relations/${NEW_RELATION.id}`);
      if (seen.status === 200) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    t.equal(seen?.status, 200, `the other process serves the write (after ${Date.now() - committed} ms)`);
    t.equal(seen?.headers.get('x-revision'), '2');
  });

  t.test('postgres: a process killed in the middle of a bulk write leaves the store as before', async (t) => {
    const location = await freshLocation(t, 'postgres');
    const env = { DATABASE_URL: location.databaseUrl!, DATA_DIR: location.dataDir };
    const server = await startServer(t, env);
    const relations = Array.from({ length: 20_000 }, (_, i) => ({ ...NEW_RELATION, id: `crash-${i}` }));
    const pending = fetch(`${server.url}/api/relations/bulk`, json({ relations })).catch(() => undefined);
    // Kill once the write's transaction has copied rows in, before it can commit: watched from PostgreSQL's own activity
    // view (its relations and then evidence go in by COPY; the change log's COPY and the commit still follow).
    const { default: pg } = await import('pg');
    const watcher = new pg.Client({ connectionString: location.databaseUrl });
    await watcher.connect();
    let inserting = false;
    for (const started = Date.now(); !inserting && Date.now() - started < 60_000;) {
      const { rows } = await watcher.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND (query ILIKE 'copy "relations"%' OR query ILIKE 'copy "evidence"%')`,
      );
      inserting = rows.length > 0;
    }
    await watcher.end();
    t.ok(inserting, 'the bulk write was copying rows in when the process was killed');
    server.child.kill('SIGKILL');
    await pending;
    const again = await startServer(t, env);
    const history = (await (await fetch(`${again.url}/api/history`)).json()) as { total: number };
    t.equal(history.total, 1, 'only the first load: no revision of the killed write');
    t.equal((await fetch(`${again.url}/api/relations/crash-0`)).status, 404, 'none of its relations');
    t.equal(
      (await fetch(`${again.url}/api/relations/bulk`, json({ relations: relations.slice(0, 3) }))).status,
      201,
      'the store takes writes again',
    );
  });
} else {
  t.pass('TEST_DATABASE_URL not set: the two-process tests need a PostgreSQL server');
}
