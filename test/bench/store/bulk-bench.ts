// `npm run bench:store:bulk -- (--file F.json | --data-dir D | --template-db NAME) [--bulk N] [--serve]`: a bulk write's steps on an existing or freshly loaded store.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import { makeSnapshot } from '../../../server/dataset-store.js';
import { applyChanges, type Intent } from '../../../server/store/change-set.js';
import { importDataset, readDataset } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type StoreLocation } from '../../../server/store/database.js';
import { followWrite } from '../../../server/store/follow-write.js';
import type { StepTimes } from '../../../server/store/step-times.js';
import { loadedFromStored } from '../../../server/store/store-loader.js';
import { benchLocation } from './store-location.js';

// Why a separate bench: a 1M-relation store takes minutes to load, so this one reuses a loaded store (a copy of a
// PGlite folder, or a database made from a template) and times the bulk write's steps without starting an app.
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    'data-dir': { type: 'string' },
    'template-db': { type: 'string' },
    backend: { type: 'string', default: 'pglite' },
    dataset: { type: 'string' },
    bulk: { type: 'string', default: '100000' },
    serve: { type: 'boolean', default: false },
  },
});
const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(1);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(', ');

/** The store to write into, and how to drop it afterwards: a copy, a database from a template, or a fresh one. */
async function location(): Promise<{ where: StoreLocation; drop: () => Promise<void> }> {
  if (values['data-dir']) {
    const dataDir = mkdtempSync(join(tmpdir(), 'age-bulk-'));
    cpSync(values['data-dir'], dataDir, { recursive: true });
    return { where: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (values['template-db']) return benchLocation('postgres', { template: values['template-db'] });
  return benchLocation(values.backend === 'postgres' ? 'postgres' : 'pglite');
}

const { where, drop } = await location();
try {
  let started = performance.now();
  const connection = await openStoreDatabase(where);
  console.log(`opened ${connection.backend} in ${seconds(started)} s (load ${load()})`);
  let id = values.dataset;
  if (values.file) {
    const { dataset, texts } = await loadDatasetFile(values.file);
    started = performance.now();
    await importDataset(connection.db, dataset, texts);
    console.log(
      `first load of ${dataset.relations.length} relations into ${connection.backend}: ${seconds(started)} s (load ${load()})`,
    );
    id = dataset.id;
  }
  id ??= (await connection.db.selectFrom('datasets').select('id').executeTakeFirstOrThrow()).id;
  const actors = (await connection.db.selectFrom('actors').select('id').where('dataset_id', '=', id).execute()).map(
    (row) => row.id,
  );
  const template = (
    await connection.db.selectFrom('relations').select('record').where('dataset_id', '=', id).limit(1).execute()
  )[0]!.record;
  let served;
  if (values.serve) {
    started = performance.now();
    served = await makeSnapshot(await loadedFromStored(id, (await readDataset(connection.db, id))!));
    console.log(`snapshot to follow the write built in ${seconds(started)} s`);
  }
  const records = Array.from({ length: Number(values.bulk) }, (_, i) => ({
    ...template,
    id: `bench-bulk-${i}`,
    source: actors[(i * 31) % actors.length]!,
    target: actors[(i * 37 + 5) % actors.length]!,
  })).filter((record) => record.source !== record.target);
  const intents: Intent[] = records.map((record, i) => ({
    type: 'relation',
    op: 'create',
    field: `relations[${i}]`,
    record,
  }));
  const timings: StepTimes = {};
  started = performance.now();
  const outcome = await applyChanges(connection.db, id, intents, { who: 'bench', timings });
  if ('replayed' in outcome) throw new Error('replayed');
  console.log(`bulk of ${intents.length} relations on ${connection.backend}: committed in ${seconds(started)} s`);
  for (const [step, ms] of Object.entries(timings)) console.log(`  ${step.padEnd(48)} ${(ms / 1000).toFixed(2)} s`);
  if (served) {
    started = performance.now();
    followWrite(served, intents, outcome.revision);
    console.log(`  served (followWrite)                             ${seconds(started)} s`);
  }
  console.log(`load average (1, 5, 15 min): ${load()}`);
  await connection.close();
} finally {
  await drop();
}
