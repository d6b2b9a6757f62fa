// Benchmark helper for bench:concurrency: the store to run on (a generated dataset loaded into a fresh one, or an existing store) and its editors' API tokens.
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { SYNTHETIC_SOURCE_ID } from '../../../graph/generate/synthetic-records.js';
import type { Relation } from '../../../graph/model/schema.js';
import { createAccount, requireAccount, type AccountsDb } from '../../../server/accounts/account-store.js';
import { createApiToken } from '../../../server/accounts/api-tokens.js';
import { importDataset, storedDatasetIds } from '../../../server/store/dataset-records.js';
import { openStoreDatabase, type StoreLocation } from '../../../server/store/database.js';

/** What the bench needs from the store before the server opens it. */
export interface ConcurrencySetup {
  datasetId: string;
  /** The relations the editors update, as stored now (id order), with their versions. */
  hot: Array<{ id: string; version: number; record: Relation }>;
  /** One API token per editor account (editor of the dataset). */
  tokens: string[];
}

/**
 * Prepares `where` for a run: with `generate`, loads a seeded scale-free dataset of that size first (an empty store);
 * without, uses the store's first dataset as it stands (a copy of a 1M store, say). Editor accounts are named after
 * `run`, so a store can be benched again. The connection is closed at the end: PGlite is one process's database.
 */
export async function prepareStore(
  where: StoreLocation,
  options: { editors: number; hot: number; run: string; generate?: { actors: number; relations: number } },
): Promise<ConcurrencySetup> {
  const connection = await openStoreDatabase(where);
  try {
    if (options.generate) {
      const { dataset, sourceText } = generateDataset({ ...options.generate, seed: 1723 });
      const started = performance.now();
      await importDataset(connection.db, dataset, new Map([[SYNTHETIC_SOURCE_ID, sourceText]]));
      const { actors, relations } = options.generate;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`${connection.backend}: ${actors} actors / ${relations} relations loaded in ${seconds} s`);
    }
    const [datasetId] = await storedDatasetIds(connection.db);
    if (datasetId === undefined) throw new Error('the store holds no dataset');
    const hot = await connection.db
      .selectFrom('relations')
      .select(['id', 'version', 'record'])
      .where('dataset_id', '=', datasetId)
      .orderBy('id')
      .limit(options.hot)
      .execute();
    const accounts = connection.db as unknown as AccountsDb;
    const tokens: string[] = [];
    for (let e = 0; e < options.editors; e++) {
      const name = `bench-${options.run}-editor-${e}`;
      await createAccount(accounts, { name, roles: [{ dataset: datasetId, role: 'editor' }] });
      tokens.push((await createApiToken(accounts, (await requireAccount(accounts, name)).id, 'bench')).token);
    }
    return {
      datasetId,
      hot: hot.map((row) => ({ id: row.id, version: row.version, record: row.record as Relation })),
      tokens,
    };
  } finally {
    await connection.close();
  }
}
