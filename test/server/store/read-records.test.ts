// Chunked read-back of a table (read-records.ts), on PGlite and on PostgreSQL: every record once, in id order, one dataset only, the planner setting restored.
import t from 'tap';
import { sql } from 'kysely';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import type { Relation } from '../../../graph/model/schema.js';
import { importDataset, readDataset } from '../../../server/store/dataset-records.js';
import { readRecordChunks } from '../../../server/store/read-records.js';
import { loadedFromStored, readLoaded } from '../../../server/store/store-loader.js';
import { ARTICLE } from '../helpers.js';
import { freshStore, testBackends } from './backends.js';

t.setTimeout(360_000);

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

for (const backend of testBackends()) {
  t.test(`${backend}: chunks of a dataset's records`, async (t) => {
    const { db } = await freshStore(t, backend);
    const { dataset, texts } = await loadDatasetFile(ARTICLE);
    await importDataset(db, dataset, texts);
    // A second dataset with the same record ids: its rows sort among the first's and must never be read with them.
    await importDataset(db, { ...dataset, id: 'other-copy', relations: dataset.relations.slice(0, 5) }, texts);
    t.ok(dataset.relations.length > 7, 'enough relations for several chunks');

    const chunks: Relation[][] = [];
    const sorting = await db.transaction().execute(async (trx) => {
      await readRecordChunks<Relation>(trx, 'relations', dataset.id, (chunk) => chunks.push(chunk), { chunk: 3 });
      return (await sql<{ sort: string }>`SELECT current_setting('enable_sort') AS sort`.execute(trx)).rows[0]?.sort;
    });
    t.same(chunks.flat(), byId(dataset.relations), 'every relation once, in id order, as stored');
    t.same(
      chunks.map((chunk) => chunk.length),
      [...Array(Math.ceil(dataset.relations.length / 3)).keys()].map((i) =>
        Math.min(3, dataset.relations.length - i * 3),
      ),
      'full chunks of 3, the last one the rest',
    );
    t.equal(sorting, 'on', "the planner's sorts are back on after the read");

    const actors: unknown[] = [];
    await db
      .transaction()
      .execute((trx) => readRecordChunks(trx, 'actors', dataset.id, (chunk) => actors.push(...chunk), { chunk: 1000 }));
    t.same(actors, byId(dataset.actors), 'one chunk when the table fits');

    let calls = 0;
    await db
      .transaction()
      .execute((trx) => readRecordChunks(trx, 'relations', 'no-such-dataset', () => calls++, { chunk: 3 }));
    t.equal(calls, 0, 'nothing handed over for a dataset without records');
  });

  t.test(`${backend}: the graph built as the chunks arrive is the graph built after the read`, async (t) => {
    const { db } = await freshStore(t, backend);
    const { dataset, texts } = await loadDatasetFile(ARTICLE);
    await importDataset(db, dataset, texts);
    const [streamed, after] = [await readLoaded(db, dataset.id), await readDataset(db, dataset.id)];
    const built = await loadedFromStored(dataset.id, after!);
    t.same(streamed!.graph.export(), built.graph.export(), 'same nodes, edges, attributes and order');
    t.same(streamed!.dataset, built.dataset);
    t.equal(streamed!.hash, built.hash);
    t.equal(streamed!.revision, 1);
    t.equal(streamed!.graph.size, dataset.relations.length);
    t.equal(await readLoaded(db, 'no-such-dataset'), undefined, 'no dataset: nothing built');
  });

  t.test(`${backend}: a failing consumer stops the read and leaves the transaction usable`, async (t) => {
    const { db } = await freshStore(t, backend);
    const { dataset, texts } = await loadDatasetFile(ARTICLE);
    await importDataset(db, dataset, texts);
    let seen = 0;
    const after = await db.transaction().execute(async (trx) => {
      await t.rejects(
        readRecordChunks(
          trx,
          'relations',
          dataset.id,
          () => {
            if (++seen === 2) throw new Error('consumer failed');
          },
          { chunk: 2 },
        ),
        { message: 'consumer failed' },
      );
      return (await sql<{ sort: string }>`SELECT current_setting('enable_sort') AS sort`.execute(trx)).rows[0]?.sort;
    });
    t.equal(seen, 2, 'no chunk handed over after the failure');
    t.equal(after, 'on', 'the setting restored and the transaction still answers');
  });
}

t.test("pglite: PostgreSQL's page cache is 32 MB (it stays resident in WASM memory)", async (t) => {
  const { db } = await freshStore(t, 'pglite');
  const { rows } = await sql<{ shared_buffers: string }>`SHOW shared_buffers`.execute(db);
  t.equal(rows[0]?.shared_buffers, '32MB');
});
