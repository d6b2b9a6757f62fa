// Benchmark helper: a start from an existing store, whole (buildApp to ready) or phase by phase (read, graph, index, search tables, GC).
import { resolve } from 'node:path';
import { buildApp } from '../../../server/app.js';
import { collectGarbage } from '../../../server/collect-garbage.js';
import { readDataset, storedDatasetIds } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type StoreLocation } from '../../../server/store/database.js';
import { loadedFromStored } from '../../../server/store/store-loader.js';
import { relationIndexSteps } from '../../../graph/relation-index/relation-index.js';
import { runInSlices } from '../../../graph/shared/slices.js';
import { prepareCloseMatches } from '../../../graph/query/close-matches.js';
import { actorSearchTable, prepareActorSearch } from '../../../graph/query/search-actors.js';
import { shareSearchTableSteps } from '../../../graph/query/shared-search-table.js';

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const residentMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

/** Time to ready (`buildApp`, store on, silent, then the server's compacting GC), this process's CPU seconds meanwhile, and resident MB 1 s later. */
export async function timeStart(where: StoreLocation, adminToken: string) {
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const app = await buildApp({
    store: 'on',
    dataDir: where.dataDir,
    databaseUrl: where.databaseUrl ?? '',
    adminToken,
    logLevel: 'silent',
    rateLimitMax: 0,
    clientDir: resolve('no-client'),
    workerMinRelations: 1_000_000_000,
  });
  collectGarbage(); // as server/main.ts does before it listens: part of the start
  const ready = seconds(started);
  const used = process.cpuUsage(cpu);
  // V8 gives the pages a collection freed back to the system from a background task, within a second or so.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return { app, ready, cpu: (used.user + used.system) / 1e6, resident: residentMb() };
}

/**
 * The start's steps one after another on the store's first dataset: wall and CPU seconds of this process (a
 * PostgreSQL server's work is in its own processes; a loaded machine inflates wall time, less so CPU time) and the
 * resident MB after each:
 * opening (migrations), reading the records, the graph, the relation index, the search tables, a full GC.
 */
export async function startPhases(
  where: StoreLocation,
): Promise<Array<[step: string, s: number, cpu: number, mb: number]>> {
  const steps: Array<[string, number, number, number]> = [];
  let started = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  const step = (name: string) => {
    const used = process.cpuUsage(cpu);
    steps.push([name, seconds(started), (used.user + used.system) / 1e6, residentMb()]);
    started = process.hrtime.bigint();
    cpu = process.cpuUsage();
  };
  const connection = await openStoreDatabase(where);
  try {
    const [id] = await storedDatasetIds(connection.db);
    if (id === undefined) throw new Error('the store holds no dataset');
    step('open and migrate');
    const stored = await readDataset(connection.db, id);
    step(`read ${stored!.dataset.actors.length} actors, ${stored!.dataset.relations.length} relations`);
    const loaded = await loadedFromStored(id, stored!);
    step('graph');
    await runInSlices(relationIndexSteps(loaded.graph));
    step('relation index');
    prepareActorSearch(loaded.graph);
    prepareCloseMatches(loaded.graph);
    await runInSlices(shareSearchTableSteps(actorSearchTable(loaded.graph)));
    step('search and close-match tables');
    collectGarbage();
    step('full compacting GC');
  } finally {
    await connection.close();
  }
  return steps;
}
