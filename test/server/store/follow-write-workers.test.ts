// With index workers (a large dataset's), a write is followed without new workers: each job names the snapshot it runs on, so paths, neighbourhoods and search answer from the new index at once.
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { searchActors } from '../../../graph/query/search-actors.js';
import { testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

t.setTimeout(360_000);

const NEW_ACTOR = { id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Sakartvelo'] };
const GEORGIA_TURKEY = { ...NEW_RELATION, id: 'georgia-turkey', source: 'georgia', target: 'turkey' };

/** Waits until the index workers have started (from TypeScript sources they boot in seconds). */
async function whenReady(t: Test, app: FastifyInstance): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if ((await app.inject({ url: '/api/health/ready' })).statusCode === 200) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  t.fail('workers never became ready');
}

for (const backend of testBackends()) {
  t.test(`${backend}: paths, neighbourhoods and search answer from the new index, from the same workers`, async (t) => {
    const app = await storeApp(t, backend, { workerMinRelations: 0, queryWorkers: 1 });
    await whenReady(t, app);
    const before = await send(app, 'GET', '/api/paths?from=turkey&to=armenia');
    t.equal(before.body?.outcome, 'found', 'the workers answer on the first snapshot');
    t.equal((await send(app, 'GET', '/api/actors?q=sakartvelo')).body?.total, 0);
    t.equal((await send(app, 'POST', '/api/actors', NEW_ACTOR)).status, 201);
    t.equal((await send(app, 'POST', '/api/relations', GEORGIA_TURKEY)).status, 201);
    t.equal((await app.inject({ url: '/api/health/ready' })).statusCode, 200, 'no new workers to wait for');
    const paths = await send(app, 'GET', '/api/paths?from=georgia&to=azerbaijan');
    t.equal(paths.body?.outcome, 'found', JSON.stringify(paths.body));
    t.equal(paths.body?.paths[0].relations[0].id, 'georgia-turkey');
    t.equal(paths.headers['x-revision'], '3');
    const neighbours = await send(app, 'GET', '/api/actors/georgia/neighbors?depth=1');
    t.same(neighbours.body?.actors.map((entry: { actor: { id: string } }) => entry.actor.id).sort(), [
      'georgia',
      'turkey',
    ]);
    t.equal((await send(app, 'GET', '/api/actors?q=sakartvelo')).body?.items[0]?.actor.id, 'georgia');
    // The same query on the old and the new snapshot must not share one answer (the ints differ).
    const read = await send(app, 'GET', '/api/relations/georgia-turkey');
    const deleted = await send(app, 'DELETE', '/api/relations/georgia-turkey', undefined, {
      'if-match': read.headers.etag as string,
    });
    t.equal(deleted.status, 200);
    t.equal((await send(app, 'GET', '/api/paths?from=georgia&to=azerbaijan')).body?.outcome, 'no-path');
    // Deleting the actor keeps its node int (no rebuild); a bulk write past the spare room moves the index to a new
    // buffer (grow-index.ts), which the same workers attach like any new index.
    const { store } = app.datasets.default;
    const georgia = await send(app, 'GET', '/api/actors/georgia');
    const gone = await send(app, 'DELETE', '/api/actors/georgia', undefined, {
      'if-match': georgia.headers.etag as string,
    });
    t.equal(gone.status, 200);
    t.equal(store.current.index.goneNodes.size, 1, 'its node int kept, without slots');
    t.equal((await send(app, 'GET', '/api/paths?from=georgia&to=azerbaijan')).status, 404);
    const buffer = store.current.index.buffer;
    const spare = store.current.index.relationCapacity - store.current.index.relationCount;
    // The last one the strongest tie of its pair, so the strongest one-hop path is it.
    const relations = Array.from({ length: spare + 1 }, (_, i) => ({
      ...NEW_RELATION,
      id: `bulk-${i}`,
      strength: i === spare ? 0.99 : 0.1,
    }));
    t.equal((await send(app, 'POST', '/api/relations/bulk', { relations })).status, 201);
    t.not(store.current.index.buffer, buffer, 'a new buffer');
    t.ok(store.current.index.version > 3, 'updated, not built afresh');
    const direct = await send(app, 'GET', '/api/paths?from=turkey&to=azerbaijan&mode=strongest&maxHops=1');
    t.ok(
      direct.body?.paths.some(
        (path: { relations: Array<{ id: string }> }) => path.relations[0]?.id === `bulk-${spare}`,
      ),
      'the workers answer from it',
    );
  });

  t.test(
    `${backend}: after actor writes the workers search the shared table plus its patch, as a fresh build does`,
    async (t) => {
      const app = await storeApp(t, backend, { workerMinRelations: 0, queryWorkers: 1 });
      await whenReady(t, app);
      const { store } = app.datasets.default;
      const shared = store.current.searchTable;
      const etag = async (id: string) => (await send(app, 'GET', `/api/actors/${id}`)).headers.etag as string;
      t.equal((await send(app, 'GET', '/api/actors?q=tur')).status, 200, 'the worker has parsed the first table');
      t.equal((await send(app, 'POST', '/api/actors', NEW_ACTOR)).status, 201);
      const iran = (await send(app, 'GET', '/api/actors/iran')).body!.actor;
      const renamed = { ...iran, name: 'Persia', aliases: ['Iran', 'Turan'] };
      t.equal((await send(app, 'PUT', '/api/actors/iran', renamed, { 'if-match': await etag('iran') })).status, 200);
      t.equal(
        (await send(app, 'DELETE', '/api/actors/georgia', undefined, { 'if-match': await etag('georgia') })).status,
        200,
      );
      t.equal(store.current.searchTable, shared, 'the shared table was kept');
      const fresh = store.current.graph.copy() as typeof store.current.graph; // its search table built afresh
      for (const q of ['', 'tur', 'persia', 'iran', 'sakartvelo', 'a']) {
        const answer = await send(app, 'GET', `/api/actors?q=${q}&limit=50`);
        t.same(answer.body, JSON.parse(JSON.stringify(searchActors(fresh, { q, limit: 50 }))), `search ${q}`);
      }
    },
  );
}
