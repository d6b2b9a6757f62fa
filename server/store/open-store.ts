// Start-up with the store: open and migrate it, seed an empty one from the dataset files (validated by the file loader), list what to serve.
import { loadDatasetFile } from '../../graph/load/load-dataset.js';
import type { Settings } from '../config.js';
import type { StoreLogger } from '../dataset-store.js';
import { Datasets } from '../datasets.js';
import { importDataset, storedDatasetIds } from './dataset-records.js';
import { openStoreDatabase, type StoreConnection, type StoreLocation } from './database.js';
import { storeFile, storeLoader, type StoreLoaded } from './store-loader.js';
import type { DatasetLoader } from '../dataset-store.js';

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
  opening?: Promise<StoreConnection>,
): Promise<OpenedStore> {
  const connection = await (opening ?? openStoreDatabase(location));
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

/** Relations (graph edges) a read must have brought for the PGlite thread to be recycled after it. */
export const RECYCLE_MIN_RELATIONS = 100_000;

/**
 * `load`, and after each read of a large dataset a recycle of the PGlite thread (`connection.recycle`): the read
 * leaves the thread ~100–250 MB larger for good at 1M relations (its WASM pages, heap and allocator arenas), a fresh
 * thread holds only what a database at rest needs. It starts at once and runs while the snapshot (index, search
 * tables) is built; the store's later calls wait for it. `recycled` settles when the last one started does (a
 * failed one is logged: the store then answers 503, the graph stays served).
 */
export function recyclingLoader(
  connection: StoreConnection,
  load: DatasetLoader<StoreLoaded>,
  logger: StoreLogger,
  minRelations = RECYCLE_MIN_RELATIONS,
): { loader: DatasetLoader<StoreLoaded>; recycled: () => Promise<void> } {
  let last: Promise<void> = Promise.resolve();
  const loader: DatasetLoader<StoreLoaded> = async (file) => {
    const loaded = await load(file);
    if (connection.recycle && loaded.graph.size >= minRelations)
      last = recycleLogged(connection, logger, { file }, 'PGlite thread recycled after the read');
    return loaded;
  };
  return { loader, recycled: () => last };
}

/**
 * Recycles the PGlite thread (`connection.recycle`, which must exist) and logs it with `fields`: `done` and the
 * milliseconds it took, or the failed reopen (the store then answers 503, the graph stays served). Never rejects.
 */
export function recycleLogged(
  connection: StoreConnection,
  logger: StoreLogger,
  fields: object,
  done: string,
): Promise<void> {
  const started = Date.now();
  return connection.recycle!().then(
    () => logger.info({ ...fields, ms: Date.now() - started }, done),
    (error: Error) => logger.error({ ...fields, err: error }, 'PGlite could not be reopened: the store is unavailable'),
  );
}

/** The served datasets of a store-backed server and the store they come from (the caller closes both). */
export async function openStoreDatasets(
  settings: Settings,
  logger: StoreLogger,
  opening?: Promise<StoreConnection>,
): Promise<{ datasets: Datasets; connection: StoreConnection }> {
  const location = {
    dataDir: settings.dataDir,
    ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
  };
  const { connection, files } = await openStore(location, settings.dataFiles, logger, opening);
  try {
    const { loader, recycled } = recyclingLoader(connection, storeLoader(connection.db), logger);
    const datasets = await Datasets.open(files, loader, settings, logger);
    await recycled(); // ready means the store answers at once
    return { datasets, connection };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
