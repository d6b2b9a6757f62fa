// Two server processes on one PostgreSQL: a write through one is served by the other (LISTEN/NOTIFY catch-up), a dataset imported or deleted anywhere is served or dropped by both, and a process killed mid-bulk-write leaves the store as before.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import t from 'tap';
import { freshLocation, testBackends } from './backends.js';
import { postJson as json, startServer } from './server-process.js';
import { NEW_RELATION, TOKEN } from './store-app.js';

/** Polls `url` until it answers `status` (10 s at most); the last answer's status and the milliseconds waited. */
async function waitFor(url: string, status: number): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  let seen = 0;
  while (Date.now() - started < 10_000) {
    seen = (await fetch(url)).status;
    if (seen === status) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { status: seen, ms: Date.now() - started };
}

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

  t.test(
    'postgres: a dataset imported through one process is served by the other, and dropped by both once deleted',
    async (t) => {
      const location = await freshLocation(t, 'postgres');
      const env = { DATABASE_URL: location.databaseUrl!, DATA_DIR: location.dataDir, PUBLIC_DATASETS: '*' };
      const [first, second] = [await startServer(t, env), await startServer(t, env)];
      const sipri = readFileSync(
        resolve(import.meta.dirname, '../../fixtures/interop/presets/sipri-trade-register.csv'),
      );
      const imported = await fetch(`${first.url}/api/import?name=sipri.csv&preset=sipri&dryRun=false`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/octet-stream' },
        body: sipri,
      });
      t.equal(imported.status, 200, 'imported through the first process');
      const harop = '/api/relations/sipri-israel-azerbaijan-2016-harop?dataset=sipri';
      const served = await waitFor(`${second.url}${harop}`, 200);
      t.equal(served.status, 200, `the second process serves it (after ${served.ms} ms)`);
      const listed = (await (await fetch(`${second.url}/api/datasets`)).json()) as { datasets: Array<{ id: string }> };
      t.ok(
        listed.datasets.some((dataset) => dataset.id === 'sipri'),
        'and lists it',
      );
      const tie = await fetch(`${first.url}${harop}`);
      const edited = await fetch(`${first.url}${harop}`, {
        ...json({ ...((await tie.json()) as object), confidence: 0.5 }),
        method: 'PUT',
        headers: { ...json(null).headers, 'if-match': tie.headers.get('etag')! },
      });
      t.equal(edited.status, 200, 'a write to it through the first process');
      for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 25)))
        if ((await fetch(`${second.url}${harop}`)).headers.get('x-revision') === '2') break;
      t.equal((await fetch(`${second.url}${harop}`)).headers.get('x-revision'), '2', 'is followed by the second');

      const { default: pg } = await import('pg');
      const admin = new pg.Client({ connectionString: location.databaseUrl });
      await admin.connect();
      await admin.query(`DELETE FROM datasets WHERE id = 'sipri'`); // as an operator would; its rows cascade
      await admin.end();
      for (const server of [first, second]) {
        const dropped = await waitFor(`${server.url}${harop}`, 404);
        t.equal(dropped.status, 404, `deleted: no longer served (after ${dropped.ms} ms)`);
      }
      t.equal((await fetch(`${second.url}/api/actors/turkey`)).status, 200, 'the first dataset still is');
    },
  );

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
