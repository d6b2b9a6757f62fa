// `npm run bench:store:phases -- [--actors N] [--relations M] [--writes K]`: where one relation write's time goes (SQL and checks, then each step of the served graph following it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import { relationIndexSteps } from '../../../graph/relation-index/relation-index.js';
import { prepareCloseMatches } from '../../../graph/query/close-matches.js';
import { actorSearchTable, prepareActorSearch } from '../../../graph/query/search-actors.js';
import { shareSearchTable } from '../../../graph/query/shared-search-table.js';
import { runNow } from '../../../graph/shared/slices.js';
import { makeSnapshot } from '../../../server/dataset-store.js';
import { applyInMemory } from '../../../server/store/apply-in-memory.js';
import { applyChanges, type Intent } from '../../../server/store/change-set.js';
import { importDataset, readDataset } from '../../../server/store/dataset-records.js';
import { openStoreDatabase } from '../../../server/store/database.js';
import { followWrite } from '../../../server/store/follow-write.js';
import { loadedFromStored } from '../../../server/store/store-loader.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '10000' },
    relations: { type: 'string', default: '100000' },
    writes: { type: 'string', default: '5' },
    bulk: { type: 'string', default: '0' },
  },
});
const ms = (start: number) => performance.now() - start;
const dataDir = mkdtempSync(join(tmpdir(), 'age-phases-'));
try {
  const { dataset, sourceText } = generateDataset({
    actors: Number(values.actors),
    relations: Number(values.relations),
    seed: 1723,
  });
  const connection = await openStoreDatabase({ dataDir });
  await importDataset(connection.db, dataset, new Map([[SYNTHETIC_SOURCE_ID, sourceText]]));
  const id = dataset.id;
  const ids = dataset.actors.map((actor) => actor.id);
  const template = dataset.relations[0]!;
  let served = await makeSnapshot(await loadedFromStored(id, (await readDataset(connection.db, id))!));
  const rows: Record<string, number>[] = [];
  for (let i = 0; i < Number(values.writes); i++) {
    const record = {
      ...template,
      id: `phase-${i}`,
      source: ids[(i * 7919) % ids.length]!,
      target: ids[(i * 104729 + 1) % ids.length]!,
    };
    const intents: Intent[] = [{ type: 'relation', op: 'create', record, field: '' }];
    const row: Record<string, number> = {};
    let t = performance.now();
    const outcome = await applyChanges(connection.db, id, intents, { who: 'bench' });
    row['SQL + checks (applyChanges)'] = ms(t);
    if ('replayed' in outcome) throw new Error('replayed');
    // The old path, step by step (as the reload did): the dataset with the write, graph, index, search tables.
    t = performance.now();
    const stored = applyInMemory(served, intents, outcome.revision, served.loaded.createdAt);
    row['old: applyInMemory (dataset arrays)'] = ms(t);
    t = performance.now();
    const loaded = await loadedFromStored(id, stored);
    row['old: graphology graph build'] = ms(t);
    t = performance.now();
    runNow(relationIndexSteps(loaded.graph));
    row['old: relation index build'] = ms(t);
    t = performance.now();
    prepareActorSearch(loaded.graph);
    row['old: actor search table'] = ms(t);
    t = performance.now();
    prepareCloseMatches(loaded.graph);
    row['old: close-match table'] = ms(t);
    t = performance.now();
    shareSearchTable(actorSearchTable(loaded.graph));
    row['old: shared search table (JSON)'] = ms(t);
    t = performance.now();
    served = followWrite(served, intents, outcome.revision)!;
    row['new: followWrite (all of it)'] = ms(t);
    rows.push(row);
  }
  const bulkSize = Number(values.bulk);
  if (bulkSize > 0) {
    const intents: Intent[] = Array.from({ length: bulkSize }, (_, i) => ({
      type: 'relation' as const,
      op: 'create' as const,
      field: `relations[${i}]`,
      record: {
        ...template,
        id: `phase-bulk-${i}`,
        source: ids[(i * 31) % ids.length]!,
        target: ids[(i * 37 + 5) % ids.length]!,
      },
    })).filter((intent) => intent.record.source !== intent.record.target);
    let t = performance.now();
    const outcome = await applyChanges(connection.db, id, intents, { who: 'bench' });
    console.log(`bulk of ${intents.length} relations: SQL + checks ${ms(t).toFixed(0)} ms`);
    if ('replayed' in outcome) throw new Error('replayed');
    t = performance.now();
    served = followWrite(served, intents, outcome.revision)!;
    console.log(`bulk of ${intents.length} relations: followWrite ${ms(t).toFixed(0)} ms`);
  }
  const keys = Object.keys(rows[0]!);
  console.log(`${values.actors} actors / ${values.relations} relations, ${rows.length} writes, median ms per write:`);
  for (const key of keys) {
    const sorted = rows.map((row) => row[key]!).sort((a, b) => a - b);
    console.log(`  ${key.padEnd(40)} ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)}`);
  }
  await connection.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
