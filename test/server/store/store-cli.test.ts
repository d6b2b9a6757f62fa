// `npm run store` / backup / restore: a dataset file into the store and back out in canonical form; a backup restores the same records and change log.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { formatDataset } from '../../../graph/load/canonical-json.js';
import { readDataset } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type StoreLocation } from '../../../server/store/database.js';
import { runStoreCli } from '../../../server/store/store-cli.js';
import { FIXTURE } from '../helpers.js';
import { freshLocation, testBackends } from './backends.js';
import { NEW_RELATION, send, storeApp } from './store-app.js';

// PGlite and PostgreSQL on a shared 2-core machine: each store takes seconds to open, so the file needs more than tap's 120 s.
t.setTimeout(360_000);

const envOf = (location: StoreLocation) => ({
  DATA_DIR: location.dataDir,
  ...(location.databaseUrl ? { DATABASE_URL: location.databaseUrl } : {}),
});

for (const backend of testBackends()) {
  t.test(`${backend}: import, export, backup, restore round trip`, async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'age-cli-'));
    t.teardown(() => rmSync(folder, { recursive: true, force: true }));
    const location = await freshLocation(t, backend);
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    t.equal(await runStoreCli(['nonsense'], envOf(location), log), 2, 'usage');
    t.equal(await runStoreCli(['import', FIXTURE], envOf(location), log), 0, lines.join('\n'));
    t.equal(await runStoreCli(['import', FIXTURE], envOf(location), log), 1, 'a dataset id already stored is refused');

    // A write through the API, so the backup has a change log worth keeping.
    const app = await storeApp(t, backend, {}, location);
    t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION)).status, 201);
    await app.close();

    const exported = join(folder, 'export', 'mini.json');
    t.equal(await runStoreCli(['export', '--out', exported], envOf(location), log), 0, lines.join('\n'));
    const reloaded = await loadDatasetFile(exported); // the exported file passes the loader, source texts included
    t.ok(
      reloaded.dataset.relations.some((r) => r.id === NEW_RELATION.id),
      'the export holds the written relation',
    );
    t.equal(readFileSync(exported, 'utf8'), formatDataset(reloaded.dataset), 'canonical form');

    const dump = join(folder, 'store.jsonl');
    t.equal(await runStoreCli(['backup', '--out', dump], envOf(location), log), 0, lines.join('\n'));
    const target = await freshLocation(t, backend);
    t.equal(await runStoreCli(['restore', dump], envOf(target), log), 0, lines.join('\n'));
    t.equal(await runStoreCli(['restore', dump], envOf(target), log), 1, 'restore refuses a store that holds data');
    t.equal(await runStoreCli(['restore', FIXTURE], envOf(await freshLocation(t, backend)), log), 1, 'not a backup');

    const [source, restored] = [await openStoreDatabase(location), await openStoreDatabase(target)];
    t.teardown(() => source.close());
    t.same(
      await readDataset(restored.db, 'server-mini'),
      await readDataset(source.db, 'server-mini'),
      'same records and revision',
    );
    const log1 = await source.db.selectFrom('changes').selectAll().orderBy('id').execute();
    const log2 = await restored.db.selectFrom('changes').selectAll().orderBy('id').execute();
    t.same(log2, log1, 'same change log');
    await restored.close(); // the server below opens it next: an embedded store opens in one place at a time
    // The restored store goes on: a new change gets the next id.
    const app2 = await storeApp(t, backend, {}, target);
    t.equal((await send(app2, 'GET', `/api/relations/${NEW_RELATION.id}`)).status, 200);
    const revert = await send(app2, 'POST', '/api/history/2/revert');
    t.equal(revert.status, 201, JSON.stringify(revert.body));
    t.equal(revert.body?.revision, 3);
  });
}
