// Planner statistics on both backends: a large first load leaves them fresh, a large write on a store never analyzed takes them first.
import { sql, type Kysely } from 'kysely';
import t from 'tap';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import { applyChanges, type Intent } from '../../../server/store/change-set.js';
import { importDataset, insertRecords } from '../../../server/store/dataset-records.js';
import { analyzeMissing, ANALYZE_MIN_RECORDS, RECORD_TABLES } from '../../../server/store/table-stats.js';
import type { StoreDatabase } from '../../../server/store/tables.js';
import { freshStore, testBackends } from './backends.js';

// Stores on both backends on a shared 2-core machine.
t.setTimeout(360_000);

/** The record tables never analyzed (`reltuples` -1). */
async function unanalyzed(db: Kysely<StoreDatabase>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT relname AS name FROM pg_class WHERE oid = ANY(${[...RECORD_TABLES]}::regclass[]) AND reltuples < 0
    ORDER BY relname`.execute(db);
  return rows.map((row) => row.name);
}

const { dataset, sourceText } = generateDataset({ actors: 300, relations: ANALYZE_MIN_RECORDS + 100, seed: 7 });
const texts = new Map([[SYNTHETIC_SOURCE_ID, sourceText]]);

for (const backend of testBackends()) {
  t.test(
    `${backend}: a first load of ${ANALYZE_MIN_RECORDS}+ records leaves every record table analyzed`,
    async (t) => {
      const { db } = await freshStore(t, backend);
      if (backend === 'pglite') t.ok((await unanalyzed(db)).includes('relations'), 'a new store has no statistics');
      await importDataset(db, dataset, texts);
      t.same(await unanalyzed(db), [], 'none left without statistics');
      const { rows } = await sql<{
        n: number;
      }>`SELECT reltuples AS n FROM pg_class WHERE oid = 'relations'::regclass`.execute(db);
      t.equal(Number(rows[0]!.n), dataset.relations.length, 'the planner knows how many relations there are');
      t.same(await analyzeMissing(db), [], 'nothing to do afterwards');
    },
  );

  t.test(
    `${backend}: a write of ${ANALYZE_MIN_RECORDS}+ records analyzes a store loaded without statistics`,
    async (t) => {
      const { db } = await freshStore(t, backend);
      // A store loaded the old way (rows only, no ANALYZE), as stores made before statistics were taken.
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('datasets')
          .values({ id: dataset.id, title: 't', description: null, revision: 1 })
          .execute();
        await insertRecords(trx, dataset.id, { ...dataset, relations: dataset.relations.slice(0, 10) }, texts);
      });
      if (backend === 'pglite') t.ok((await unanalyzed(db)).includes('relations'), 'no statistics before the write');
      const intents: Intent[] = dataset.relations.slice(10).map((record, i) => ({
        type: 'relation',
        op: 'create',
        record,
        field: `relations[${i}]`,
      }));
      const small = await applyChanges(db, dataset.id, intents.slice(0, 5), { who: 't' });
      t.match(small, { revision: 2 });
      if (backend === 'pglite') t.ok((await unanalyzed(db)).includes('relations'), 'a small write takes none');
      const large = intents.slice(5);
      t.ok(large.length >= ANALYZE_MIN_RECORDS, 'the second write is large');
      t.match(await applyChanges(db, dataset.id, large, { who: 't' }), { revision: 3 });
      t.same(await unanalyzed(db), [], 'the large write analyzed them first');
    },
  );
}
