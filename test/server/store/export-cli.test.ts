// `npm run export` from the store: the canonical file of `npm run format:data`, byte for byte; export → import into a fresh store gives the same records; `--from-file` still converts files.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { formatDataset } from '../../../graph/load/canonical-json.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { readDataset } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type StoreLocation } from '../../../server/store/database.js';
import { runExportCli } from '../../../server/store/export-cli.js';
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

t.test('usage, and the file → file export behind --from-file', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'age-export-'));
  t.teardown(() => rmSync(folder, { recursive: true, force: true }));
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  t.equal(await runExportCli([], {}, log), 2, 'no --out: usage');
  t.match(lines.join('\n'), /--from-file/, 'the usage names the file export');
  t.equal(await runExportCli(['--bogus'], {}, log), 2);
  const gexf = join(folder, 'mini.gexf');
  t.equal(await runExportCli(['--from-file', '--format', 'gexf', '--data', FIXTURE, '--out', gexf], {}, log), 0);
  t.match(readFileSync(gexf, 'utf8'), /<gexf/);
  t.equal(await runExportCli(['--from-file', '--format', 'pdf'], {}, log), 2, "the file export's own usage");
});

for (const backend of testBackends()) {
  t.test(`${backend}: export from the store, import into a fresh store: the same records`, async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'age-export-'));
    t.teardown(() => rmSync(folder, { recursive: true, force: true }));
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const location = await freshLocation(t, backend);
    const app = await storeApp(t, backend, {}, location); // seeded from FIXTURE, then one write
    t.equal((await send(app, 'POST', '/api/relations', NEW_RELATION)).status, 201);
    await app.close(); // PGlite is one process's database: the CLI opens it after the server let go

    const file = join(folder, 'out', 'mini.json');
    t.equal(await runExportCli(['--dataset', 'nope', '--out', file], envOf(location), log), 1, 'unknown dataset');
    t.match(lines.at(-1), /no dataset "nope"/);
    t.equal(await runExportCli(['--out', file], envOf(location), log), 0, lines.join('\n'));
    t.match(lines.at(-1), /dataset "server-mini" at revision 2 \(7 actors, 8 relations, 1 source text/);
    const text = readFileSync(file, 'utf8');
    const loaded = await loadDatasetFile(file); // passes the loader, source texts included
    t.equal(text, formatDataset(loaded.dataset), 'byte-identical to what npm run format:data writes');
    t.ok(
      loaded.dataset.relations.some((r) => r.id === NEW_RELATION.id),
      'the written relation is in it',
    );

    const target = await freshLocation(t, backend);
    t.equal(await runStoreCli(['import', file], envOf(target), log), 0, lines.join('\n'));
    const [source, copy] = [await openStoreDatabase(location), await openStoreDatabase(target)];
    t.teardown(async () => {
      await source.close();
      await copy.close();
    });
    const [a, b] = [await readDataset(source.db, 'server-mini'), await readDataset(copy.db, 'server-mini')];
    t.same(b?.dataset, a?.dataset, 'the same sources, actors and relations');
    t.same([...(b?.texts ?? [])], [...(a?.texts ?? [])], 'the same source texts');
  });
}
