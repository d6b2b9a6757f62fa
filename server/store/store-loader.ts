// The DatasetLoader of store-backed datasets: reads a dataset from the store and builds its graph, as the file loader does from a file.
import type { Kysely } from 'kysely';
import { actorGraphSteps } from '../../graph/load/build-graph.js';
import { contentHash, type LoadedDataset } from '../../graph/load/load-dataset.js';
import { runInSlices } from '../../graph/shared/slices.js';
import type { DatasetLoader, Snapshot } from '../dataset-store.js';
import { readDataset, type StoredDataset } from './dataset-records.js';
import type { StoreDatabase } from './tables.js';

/** A dataset loaded from the store: the file loader's result plus the revision it stands at. */
export interface StoreLoaded extends LoadedDataset {
  readonly revision: number;
  /** When the dataset entered the store (part of its content hash). */
  readonly createdAt: Date;
}

const PREFIX = 'store:';

/** The pseudo file name of a stored dataset (`store:<id>`): what DatasetStore reloads, and what logs and issues name. */
export function storeFile(id: string): string {
  return `${PREFIX}${id}`;
}

/** The revision a snapshot answers from, or undefined for a dataset served from a file. */
export function snapshotRevision(snapshot: Snapshot): number | undefined {
  const revision = (snapshot.loaded as Partial<StoreLoaded>).revision;
  return typeof revision === 'number' ? revision : undefined;
}

/** The content hash of a stored dataset at a revision: content is fixed by (dataset, revision) within one store; the creation time tells two stores' revision 1 apart. */
export function storedHash(id: string, revision: number, createdAt: Date): string {
  return contentHash(`${id}\n${revision}\n${createdAt.toISOString()}`);
}

/** Builds the LoadedDataset of a stored dataset (graph in slices, so a serving process keeps answering meanwhile). */
export async function loadedFromStored(id: string, stored: StoredDataset): Promise<StoreLoaded> {
  const graph = await runInSlices(actorGraphSteps(stored.dataset));
  const hash = storedHash(id, stored.revision, stored.createdAt);
  return {
    file: storeFile(id),
    dataset: stored.dataset,
    graph,
    texts: stored.texts,
    hash,
    revision: stored.revision,
    createdAt: stored.createdAt,
  };
}

/** A loader reading `store:<id>` from `db`; records were validated when written, so only the graph is built. */
export function storeLoader(db: Kysely<StoreDatabase>): DatasetLoader<StoreLoaded> {
  return async (file) => {
    if (!file.startsWith(PREFIX))
      throw new Error(`store: ${JSON.stringify(file)} is not a stored dataset (expecting ${PREFIX}<id>)`);
    const id = file.slice(PREFIX.length);
    const stored = await readDataset(db, id);
    if (!stored)
      throw Object.assign(new Error(`store: no dataset "${id}"`), {
        issues: [`${file}: no dataset "${id}" in the store`],
      });
    return loadedFromStored(id, stored);
  };
}
