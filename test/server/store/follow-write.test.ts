// A committed write is followed in memory (graph changed in place, index updated, search tables when actors change): visible at once in paths, ties, search and neighbourhoods, and equal to a fresh load from the store.
import t, { type Test } from 'tap';
import type { FastifyInstance } from 'fastify';
import { buildRelationIndex, isLive } from '../../../graph/relation-index/relation-index.js';
import { closeActorIds } from '../../../graph/query/close-matches.js';
import { actorSearchTable, rankActors } from '../../../graph/query/search-actors.js';
import { patchSearchTable } from '../../../graph/query/search-table-patch.js';
import { attachSearchTable } from '../../../graph/query/shared-search-table.js';
import { readDataset } from '../../../server/store/dataset-records.js';
import { loadedFromStored } from '../../../server/store/store-loader.js';
import { testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

t.setTimeout(360_000);

const NEW_ACTOR = { id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Sakartvelo'] };
/** Georgia (a new actor) tied to Turkey: the quote is in the mini source. */
const GEORGIA_TURKEY = {
  ...NEW_RELATION,
  id: 'georgia-turkey',
  source: 'georgia',
  target: 'turkey',
  evidence: [{ source: 'mini', quote: 'Turkey supports Azerbaijan.' }],
};

/** The served graph's relations and actors, and its index's, compared with a graph and index built from the store. */
async function sameAsStore(t: Test, app: FastifyInstance): Promise<void> {
  const served = app.datasets.default.store.current;
  const stored = (await readDataset(app.storeConnection!.db, served.loaded.dataset.id))!;
  const fresh = await loadedFromStored(served.loaded.dataset.id, stored);
  const freshIndex = buildRelationIndex(fresh.graph);
  t.equal((served.loaded as { revision?: number }).revision, stored.revision, 'served at the head revision');
  // Deep equality (jsonb gives the records back with their keys in another order).
  const byId = (list: Array<[string, ...unknown[]]>) => list.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  const edges = (graph: typeof fresh.graph) =>
    byId(graph.mapEdges((id, relation, source, target): [string, ...unknown[]] => [id, source, target, relation]));
  const nodes = (graph: typeof fresh.graph) => byId(graph.mapNodes((id, actor): [string, ...unknown[]] => [id, actor]));
  t.same(edges(served.graph), edges(fresh.graph), 'the graph holds what the store holds');
  t.same(nodes(served.graph), nodes(fresh.graph), 'and the same actors');
  const records = (list: readonly { id: string }[]) =>
    byId(list.map((record): [string, unknown] => [record.id, record]));
  t.same(records(served.loaded.dataset.relations), records(stored.dataset.relations), "the snapshot's dataset too");
  t.same(records(served.loaded.dataset.actors), records(stored.dataset.actors));
  const ties = (index: typeof freshIndex) => {
    const rows: string[] = [];
    for (let r = 0; r < index.relationCount; r++) {
      if (!isLive(index, r)) continue; // retired by a write: its record is a past version's
      rows.push(
        [
          index.relationIds[r],
          index.nodeIds[index.relationSource[r]!],
          index.nodeIds[index.relationTarget[r]!],
          index.kind[r],
          index.strength[r],
          index.activeFrom[r],
          index.activeTo[r],
        ].join(' '),
      );
    }
    return rows.sort();
  };
  t.same(ties(served.index), ties(freshIndex), 'the index holds the same relations, ends and spans');
  let slots = 0;
  for (let v = 0; v < served.index.nodeCount; v++) slots += served.index.slotEnd[v]! - served.index.slotStart[v]!;
  t.equal(slots, 2 * served.graph.size, 'two slots per relation');
  // The search tables followed the writes row by row: the same as built from the store, on both threads.
  const table = actorSearchTable(fresh.graph);
  t.same(actorSearchTable(served.graph), table, "the search table is a fresh build's");
  const base = attachSearchTable(served.searchTable);
  const worker = served.searchPatch ? patchSearchTable(base, served.searchPatch.shared) : base;
  t.same(worker, table, "and so is the workers' (shared table and patch)");
  for (const q of ['', 'sakartvelo', 'tur', 'republic', 'a'])
    t.same(rankActors(worker, { q, limit: 50 }), rankActors(table, { q, limit: 50 }), `search ${q}`);
  for (const text of ['georgia', 'sakartvelo', 'turky', 'iran', 'armenai'])
    t.same(closeActorIds(served.graph, text, 5), closeActorIds(fresh.graph, text, 5), `close to ${text}`);
}

for (const backend of testBackends()) {
  t.test(
    `${backend}: a new actor and its relation are visible at once in search, paths, ties and neighbourhoods`,
    async (t) => {
      const app = await storeApp(t, backend);
      const graph = app.datasets.default.store.current.graph;
      const actor = await send(app, 'POST', '/api/actors', NEW_ACTOR);
      t.equal(actor.status, 201, JSON.stringify(actor.body));
      const created = await send(app, 'POST', '/api/relations', GEORGIA_TURKEY);
      t.equal(created.status, 201, JSON.stringify(created.body));
      const revision = String(created.body?.revision);
      t.equal(app.datasets.default.store.current.graph, graph, 'followed in memory: the same graph, not a rebuilt one');

      const search = await send(app, 'GET', '/api/actors?q=sakartvelo');
      t.equal(search.body?.items[0]?.actor.id, 'georgia', 'search finds the new actor by its alias');
      t.equal(search.headers['x-revision'], revision);
      const paths = await send(app, 'GET', '/api/paths?from=georgia&to=azerbaijan');
      t.equal(paths.body?.outcome, 'found');
      t.same(paths.body?.paths[0].relations.map((r: { id: string }) => r.id)[0], 'georgia-turkey');
      t.equal(paths.headers['x-revision'], revision);
      const ties = await send(app, 'GET', '/api/ties?a=georgia&b=turkey');
      t.equal(ties.status, 200);
      t.equal(ties.body?.total, 1, 'the tie card lists the new relation');
      t.equal(ties.headers['x-revision'], revision);
      const neighbours = await send(app, 'GET', '/api/actors/turkey/neighbors?depth=1');
      t.ok(
        neighbours.body?.actors.some((entry: { actor: { id: string } }) => entry.actor.id === 'georgia'),
        'the neighbourhood of Turkey holds Georgia',
      );
      t.equal(neighbours.headers['x-revision'], revision);
      // On PostgreSQL the write's own NOTIFY has arrived by now: it must not have made a second, full reload.
      await new Promise((done) => setTimeout(done, 300));
      t.equal(app.datasets.default.store.current.graph, graph, 'still the same graph: no reload after the NOTIFY');
      await sameAsStore(t, app);
    },
  );

  t.test(`${backend}: concurrent writes of one process are followed in memory, revision after revision`, async (t) => {
    const app = await storeApp(t, backend);
    const graph = app.datasets.default.store.current.graph;
    const pairs = [
      ['turkey', 'iran'],
      ['iran', 'armenia'],
      ['israel', 'turkey'],
      ['armenia', 'turkey'],
      ['azerbaijan', 'iran'],
    ] as const;
    const answers = await Promise.all(
      pairs.map(([source, target], i) =>
        send(app, 'POST', '/api/relations', { ...NEW_RELATION, id: `concurrent-${i}`, source, target }),
      ),
    );
    t.same(
      answers.map((answer) => answer.status),
      [201, 201, 201, 201, 201],
    );
    t.same(answers.map((answer) => answer.body?.revision).sort(), [2, 3, 4, 5, 6], 'revisions are dense');
    t.equal(app.datasets.default.store.current.graph, graph, 'every one followed in memory');
    for (const [i, answer] of answers.entries()) {
      const [source, target] = pairs[i]!;
      const paths = await send(app, 'GET', `/api/paths?from=${source}&to=${target}&maxHops=1&k=5`);
      t.ok(
        paths.body?.paths.some(
          (path: { steps: Array<{ relation: string }> }) => path.steps[0]?.relation === `concurrent-${i}`,
        ),
        `write ${answer.body?.revision} is on the path from ${source} to ${target}`,
      );
    }
    await sameAsStore(t, app);
  });

  t.test(`${backend}: an update that moves a relation and a delete are followed; revisions count up`, async (t) => {
    const app = await storeApp(t, backend);
    const read = await send(app, 'GET', '/api/relations/turkey-supports-azerbaijan');
    const moved = { ...read.body!, source: 'armenia' };
    const updated = await send(app, 'PUT', '/api/relations/turkey-supports-azerbaijan', moved, {
      'if-match': read.headers.etag as string,
    });
    t.equal(updated.status, 200, JSON.stringify(updated.body));
    t.equal(updated.headers['x-revision'], '2');
    const before = await send(app, 'GET', '/api/ties?a=azerbaijan&b=turkey');
    t.equal(before.body?.total, 0, 'the old pair has lost the tie');
    const after = await send(app, 'GET', '/api/ties?a=armenia&b=turkey');
    t.equal(after.body?.total, 1, 'the new pair has it');
    t.equal(after.headers['x-revision'], '2');
    const paths = await send(app, 'GET', '/api/paths?from=turkey&to=armenia&maxHops=1');
    t.equal(paths.body?.outcome, 'found', 'the path query walks the moved tie');

    const current = await send(app, 'GET', '/api/relations/iran-wary-israel');
    const deleted = await send(app, 'DELETE', '/api/relations/iran-wary-israel', undefined, {
      'if-match': current.headers.etag as string,
    });
    t.equal(deleted.status, 200, JSON.stringify(deleted.body));
    t.equal(deleted.headers['x-revision'], '3');
    t.equal((await send(app, 'GET', '/api/relations/iran-wary-israel')).status, 404);
    const gone = await send(app, 'GET', '/api/paths?from=iran&to=israel');
    t.equal(gone.body?.outcome, 'no-path', 'Iran is cut off once its only tie is deleted');
    t.equal(gone.headers['x-revision'], '3');
    const neighbours = await send(app, 'GET', '/api/actors/iran/neighbors?depth=2');
    t.same(neighbours.body?.relations, [], 'no relation left at Iran');
    await sameAsStore(t, app);
  });

  t.test(
    `${backend}: an actor's new name reaches the search table; deleting an unused actor is followed`,
    async (t) => {
      const app = await storeApp(t, backend);
      t.equal((await send(app, 'POST', '/api/actors', NEW_ACTOR)).status, 201);
      const read = await send(app, 'GET', '/api/actors/georgia');
      const renamed = await send(
        app,
        'PUT',
        '/api/actors/georgia',
        { ...NEW_ACTOR, name: 'Sakartvelo Republic', aliases: [] },
        { 'if-match': read.headers.etag as string },
      );
      t.equal(renamed.status, 200, JSON.stringify(renamed.body));
      t.equal((await send(app, 'GET', '/api/actors?q=republic')).body?.items[0]?.actor.id, 'georgia');
      const etag = (await send(app, 'GET', '/api/actors/georgia')).headers.etag as string;
      const dropped = await send(app, 'DELETE', '/api/actors/georgia', undefined, { 'if-match': etag });
      t.equal(dropped.status, 200, JSON.stringify(dropped.body));
      t.equal((await send(app, 'GET', '/api/actors?q=republic')).body?.total, 0, 'the deleted actor is not found');
      t.equal((await send(app, 'GET', '/api/actors/georgia')).status, 404);
      await sameAsStore(t, app);
    },
  );

  t.test(
    `${backend}: a series of actor creates, renames, alias changes and deletes leaves fresh-build tables`,
    async (t) => {
      const app = await storeApp(t, backend);
      const { store } = app.datasets.default;
      const sharedBefore = store.current.searchTable;
      const etag = async (id: string) => (await send(app, 'GET', `/api/actors/${id}`)).headers.etag as string;
      t.equal((await send(app, 'POST', '/api/actors', NEW_ACTOR)).status, 201);
      const abkhazia = { id: 'abkhazia', name: 'Abkhazia', kind: 'state', aliases: ['Apsny'] };
      t.equal((await send(app, 'POST', '/api/actors', abkhazia)).status, 201);
      const turkey = (await send(app, 'GET', '/api/actors/turkey')).body!.actor;
      const renamed = { ...turkey, name: 'Türkiye', aliases: [...(turkey.aliases as string[]), 'Turkey'] };
      const put = await send(app, 'PUT', '/api/actors/turkey', renamed, { 'if-match': await etag('turkey') });
      t.equal(put.status, 200, JSON.stringify(put.body));
      const aliased = { ...NEW_ACTOR, aliases: ['Georgia Republic', 'Sakartvelo'] };
      t.equal(
        (await send(app, 'PUT', '/api/actors/georgia', aliased, { 'if-match': await etag('georgia') })).status,
        200,
      );
      t.equal(
        (await send(app, 'DELETE', '/api/actors/abkhazia', undefined, { 'if-match': await etag('abkhazia') })).status,
        200,
      );
      t.equal((await send(app, 'GET', '/api/actors?q=turkiye')).body?.items[0]?.actor.id, 'turkey');
      t.equal((await send(app, 'GET', '/api/actors?q=apsny')).body?.total, 0);
      t.equal(store.current.searchTable, sharedBefore, 'the shared table was not encoded again');
      t.ok(store.current.searchPatch, 'the changed rows went beside it');
      await sameAsStore(t, app);
    },
  );
}
