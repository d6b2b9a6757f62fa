// Nothing lost on the embedded store: a server process killed (SIGKILL) in the middle of a bulk write restarts on the same DATA_DIR with the store as before it, and serves.
import { resolve } from 'node:path';
import t from 'tap';
import { freshLocation } from './backends.js';
import { postJson, startServer } from './server-process.js';
import { STALLED } from './stall-bulk-insert.js';
import { NEW_RELATION } from './store-app.js';

// Three server starts (the hooked one from TypeScript sources) and a PGlite recovery on a shared 2-core machine.
t.setTimeout(360_000);

const HOOK = resolve(import.meta.dirname, 'stall-bulk-insert.ts');

t.test('pglite: a process killed mid-bulk-write restarts with the store as before the write', async (t) => {
  const location = await freshLocation(t, 'pglite');
  const env = { DATA_DIR: location.dataDir };
  const server = await startServer(t, env, ['--import', HOOK]);
  const before = (await (await fetch(`${server.url}/api/health`)).json()) as { relations: number };
  const relations = Array.from({ length: 20_000 }, (_, i) => ({ ...NEW_RELATION, id: `crash-${i}` }));
  const pending = fetch(`${server.url}/api/relations/bulk`, postJson({ relations })).catch(() => 'no answer');
  for (const started = Date.now(); !server.output().includes(STALLED) && Date.now() - started < 120_000;)
    await new Promise((r) => setTimeout(r, 25));
  t.ok(server.output().includes(STALLED), 'the bulk write had copied its relation rows in when the process was killed');
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGKILL');
  t.equal(await exited, null, 'killed, not exited');
  t.equal(await pending, 'no answer', 'the write was never answered');

  const again = await startServer(t, env); // same DATA_DIR, no hook: PostgreSQL's recovery inside PGlite
  const health = (await (await fetch(`${again.url}/api/health`)).json()) as { relations: number };
  t.equal(health.relations, before.relations, 'the served relations are those before the write');
  const history = (await (await fetch(`${again.url}/api/history`)).json()) as { total: number };
  t.equal(history.total, 1, 'only the first load: no revision of the killed write');
  t.equal((await fetch(`${again.url}/api/relations/crash-0`)).status, 404, 'none of its relations');
  const written = await fetch(`${again.url}/api/relations/bulk`, postJson({ relations: relations.slice(0, 3) }));
  t.equal(written.status, 201, 'the store takes writes again');
  t.equal(((await written.json()) as { revision: number }).revision, 2, 'as revision 2: the killed write took none');
  t.equal((await fetch(`${again.url}/api/relations/crash-2`)).status, 200, 'and serves them');
});
