// The DatasetLoader of store-backed datasets: reads a dataset from the store and builds its graph, as the file loader does from a file.
import type { Kysely } from 'kysely';
import { actorGraphSteps, addRelationEdge } from '../../graph/load/build-graph.js';
import { createActorGraph, type ActorGraph } from '../../graph/model/actor-graph.js';
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
  return storeLoaded(id, stored, await runInSlices(actorGraphSteps(stored.dataset)));
}

/**
 * Reads the dataset `id` and builds its graph as the records arrive, chunk by chunk (the same graph as
 * loadedFromStored): on a PostgreSQL server the next chunk is prepared while this one's edges are added, and the
 * event loop gets a turn between chunks. Undefined when the store has no such dataset.
 */
export async function readLoaded(db: Kysely<StoreDatabase>, id: string): Promise<StoreLoaded | undefined> {
  let graph: ActorGraph | undefined;
  const stored = await readDataset(db, id, {
    head: ({ title, sources }) => (graph = createActorGraph({ id, title, sources })),
    actors: (chunk) => chunk.forEach((actor) => graph!.addNode(actor.id, actor)),
    relations: (chunk) => chunk.forEach((relation) => addRelationEdge(graph!, relation)),
  });
  return stored && storeLoaded(id, stored, graph!);
}

/** The LoadedDataset of a stored dataset and its graph. */
function storeLoaded(id: string, stored: StoredDataset, graph: ActorGraph): StoreLoaded {
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
    const loaded = await readLoaded(db, id);
    if (!loaded)
      throw Object.assign(new Error(`store: no dataset "${id}"`), {
        issues: [`${file}: no dataset "${id}" in the store`],
      });
    return loaded;
  };
}
