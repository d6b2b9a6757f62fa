// The store's first load and read-back, on PGlite and on PostgreSQL: the same dataset comes back, one revision, one change row.
import t from 'tap';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { importDataset, readDataset, storedDatasetIds } from '../../../server/store/dataset-records.js';
import { openStoreDatabase } from '../../../server/store/database.js';
import { ARTICLE, FIXTURE } from '../helpers.js';
import { freshLocation, freshStore, testBackends } from './backends.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

for (const backend of testBackends()) {
  t.test(`${backend}: a loaded dataset reads back equal, at revision 1`, async (t) => {
    const { db } = await freshStore(t, backend);
    const { dataset, texts } = await loadDatasetFile(ARTICLE);
    t.same(await storedDatasetIds(db), []);
    t.equal(await readDataset(db, dataset.id), undefined, 'no dataset yet');
    await importDataset(db, dataset, texts);
    const stored = await readDataset(db, dataset.id);
    t.equal(stored?.revision, 1);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    t.same(stored?.dataset.actors, byId(dataset.actors));
    t.same(stored?.dataset.relations, byId(dataset.relations));
    t.same(stored?.dataset.sources, byId(dataset.sources));
    t.equal(stored?.texts.get('besa-1723'), texts.get('besa-1723'));
    const evidence = await db
      .selectFrom('evidence')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    t.equal(
      Number(evidence.n),
      dataset.relations.reduce((sum, r) => sum + r.evidence.length, 0),
      'one evidence row per quote',
    );
    const changes = await db.selectFrom('changes').selectAll().execute();
    t.equal(changes.length, 1);
    t.match(changes[0], {
      op: 'load',
      revision: 1,
      who: 'system',
      after: { actors: dataset.actors.length, relations: dataset.relations.length },
    });
  });

  t.test(`${backend}: a load is all or nothing`, async (t) => {
    const { db } = await freshStore(t, backend);
    const { dataset, texts } = await loadDatasetFile(FIXTURE);
    const broken = { ...dataset, relations: [...dataset.relations, dataset.relations[0]!] }; // a duplicate key fails mid-load
    await t.rejects(importDataset(db, broken, texts));
    t.same(await storedDatasetIds(db), [], 'nothing of the failed load remains');
    await importDataset(db, dataset, texts);
    t.same(await storedDatasetIds(db), [dataset.id]);
  });

  t.test(`${backend}: migrations run once; reopening keeps the data`, async (t) => {
    const location = await freshLocation(t, backend);
    const first = await openStoreDatabase(location);
    const { dataset, texts } = await loadDatasetFile(FIXTURE);
    await importDataset(first.db, dataset, texts);
    await first.close();
    const second = await openStoreDatabase(location);
    t.teardown(() => second.close());
    t.equal(second.backend, backend);
    t.same(await storedDatasetIds(second.db), [dataset.id]);
    t.equal((await readDataset(second.db, dataset.id))?.dataset.relations.length, dataset.relations.length);
  });
}
