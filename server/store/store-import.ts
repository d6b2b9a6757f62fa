// An import through the explorer (`POST /api/import`, dryRun=false) over a store: a new dataset in the store, logged as its importer's load, the importer its admin, served at once.
import type { Kysely } from 'kysely';
import type { Dataset } from '../../graph/model/schema.js';
import type { Writer } from '../accounts/authorize.js';
import type { Datasets } from '../datasets.js';
import { HttpError } from '../errors.js';
import { importDataset, storedDatasetIds } from './dataset-records.js';
import { storeFile } from './store-loader.js';
import type { StoreDatabase } from './tables.js';

/** PostgreSQL's unique_violation: another process stored the same id between our check and our insert. */
const UNIQUE_VIOLATION = '23505';

/** The 409 of an id the store already holds. */
function taken(id: string): HttpError {
  return new HttpError(409, 'CONFLICT', `a dataset with id "${id}" is already in the store: give another id`, 'id');
}

/**
 * Stores a validated import as revision 1 of a new dataset in one transaction — its records, the change log's `load`
 * row with the importer as `who` (`admin` for the ADMIN_TOKEN, as on every write), and the importing account's admin
 * role on it — then serves it (`store:<id>`); 409 naming `id` when the store holds that id already. Returns the pseudo file.
 */
export async function storeImport(
  db: Kysely<StoreDatabase>,
  datasets: Datasets,
  imported: { dataset: Dataset; texts: ReadonlyMap<string, string> },
  importer: Writer,
): Promise<string> {
  const { dataset, texts } = imported;
  if ((await storedDatasetIds(db)).includes(dataset.id)) throw taken(dataset.id);
  const who = importer.via === 'admin-token' ? 'admin' : importer.name;
  try {
    await importDataset(db, dataset, texts, who, async (trx) => {
      if (importer.accountId === null) return; // the ADMIN_TOKEN is no account: it may do everything already
      await trx
        .insertInto('dataset_roles')
        .values({ account_id: importer.accountId, dataset: dataset.id, role: 'admin' })
        .onConflict((conflict) => conflict.columns(['account_id', 'dataset']).doUpdateSet({ role: 'admin' }))
        .execute();
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === UNIQUE_VIOLATION) throw taken(dataset.id);
    throw error;
  }
  const file = storeFile(dataset.id);
  await datasets.add(file);
  return file;
}
