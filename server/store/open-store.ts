// Start-up with the store: open and migrate it, seed an empty one from the dataset files (validated by the file loader), list what to serve.
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import type { Settings } from '../config.js';
import type { StoreLogger } from '../dataset-store.js';
import { Datasets } from '../datasets.js';
import { importDataset, storedDatasetIds } from './dataset-records.js';
import { openStoreDatabase, type StoreConnection, type StoreLocation } from './database.js';
import { storeFile, storeLoader } from './store-loader.js';

/** The open store and the pseudo files (`store:<id>`) of the datasets to serve, the oldest (the default) first. */
export interface OpenedStore {
  connection: StoreConnection;
  files: string[];
}

/**
 * Opens the store at `location`; when it holds no dataset yet, loads each of `seedFiles` (each validated in full
 * first; a bad file stops the start with its issues, and nothing of it is written). Closes the store on failure.
 */
export async function openStore(
  location: StoreLocation,
  seedFiles: readonly string[],
  logger: StoreLogger,
): Promise<OpenedStore> {
  const connection = await openStoreDatabase(location);
  try {
    let ids = await storedDatasetIds(connection.db);
    if (ids.length === 0) {
      for (const file of seedFiles) {
        const started = Date.now();
        const { dataset, texts } = await loadDatasetFile(file);
        await importDataset(connection.db, dataset, texts);
        logger.info(
          {
            file,
            dataset: dataset.id,
            actors: dataset.actors.length,
            relations: dataset.relations.length,
            ms: Date.now() - started,
          },
          'empty store loaded from file',
        );
      }
      ids = await storedDatasetIds(connection.db);
    }
    logger.info({ backend: connection.backend, datasets: ids }, 'store open');
    return { connection, files: ids.map(storeFile) };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** The served datasets of a store-backed server and the store they come from (the caller closes both). */
export async function openStoreDatasets(
  settings: Settings,
  logger: StoreLogger,
): Promise<{ datasets: Datasets; connection: StoreConnection }> {
  const location = {
    dataDir: settings.dataDir,
    ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
  };
  const { connection, files } = await openStore(location, settings.dataFiles, logger);
  try {
    const datasets = await Datasets.open(files, storeLoader(connection.db), settings, logger);
    return { datasets, connection };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
