// The dataset the server answers from: one immutable snapshot, replaced atomically by a reload that validated the new file fully first.
import { relationIndexSteps, type RelationIndex } from '../graph/relation-index/relation-index.js';
import { nextTurn, runInSlices } from '../graph/shared/slices.js';
import type { ActorGraph } from '../graph/model/actor-graph.js';
import type { LoadedDataset } from '../graph/load/load-dataset.js';
import { prepareCloseMatches } from '../graph/query/close-matches.js';
import { actorSearchTable, prepareActorSearch } from '../graph/query/search-actors.js';
import { shareSearchTableSteps } from '../graph/query/shared-search-table.js';
import type { SearchPatch } from '../graph/query/search-table-patch.js';

/** What a dataset loader yields (graph/load's LoadedDataset: file, dataset, graph and source texts). */
export type LoadedData = LoadedDataset;

/** Reads, validates and builds a dataset file; throws (DatasetLoadError with `issues`) when the file is bad. */
export type DatasetLoader<L extends LoadedData = LoadedData> = (file: string) => Promise<L>;

/** Everything derived from one loaded dataset; requests take one snapshot and use only it, so a swap never shows half a graph. */
export interface Snapshot<L extends LoadedData = LoadedData> {
  readonly loaded: L;
  readonly graph: ActorGraph;
  /** The compact adjacency paths and neighbourhoods run on, built before the snapshot is published; its typed arrays are shared with the index workers. */
  readonly index: RelationIndex;
  /** The actor search table as UTF-8 JSON on shared memory, for the index workers of a large dataset (shared-search-table.ts). */
  readonly searchTable: SharedArrayBuffer;
  /** The actors changed since `searchTable` was encoded (search-table-patch.ts); absent until an actor write. */
  readonly searchPatch?: { readonly rows: SearchPatch; readonly shared: SharedArrayBuffer };
  /** Hash of the dataset's content, for ETags and health. */
  readonly hash: string;
  readonly loadedAt: string;
  /** Per-snapshot memo of derived values (graph views, metrics); dropped with the snapshot. */
  readonly memo: Map<string, unknown>;
}

/** Minimal logger interface (pino's / Fastify's). */
export interface StoreLogger {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Outcome of a reload: `ok` with the new snapshot's hash, or the issues that kept the old data in place. */
export type ReloadResult = { ok: true; hash: string } | { ok: false; issues: string[] };

/** The issue lines of a loader error: `file:/json/path: reason` each, or the error's message. */
export function describeLoadError(error: unknown): string[] {
  const issues = (error as { issues?: unknown })?.issues;
  if (Array.isArray(issues) && issues.length > 0) return issues.map((issue) => String(issue));
  return [error instanceof Error ? error.message : String(error)];
}

/** Holds the current snapshot and swaps it on reload; reloads run one at a time. */
export class DatasetStore<L extends LoadedData = LoadedData> {
  #current: Snapshot<L>;
  #pending: Promise<ReloadResult> = Promise.resolve({ ok: true, hash: '' });
  readonly #listeners: Array<(snapshot: Snapshot<L>, previous: Snapshot<L>) => void> = [];

  private constructor(
    private readonly loader: DatasetLoader<L>,
    private readonly logger: StoreLogger,
    first: Snapshot<L>,
  ) {
    this.#current = first;
  }

  /** Loads the first dataset; throws the loader's error if it is bad (a server must not start without data). */
  static async open<L extends LoadedData>(
    file: string,
    loader: DatasetLoader<L>,
    logger: StoreLogger,
  ): Promise<DatasetStore<L>> {
    const store = new DatasetStore(loader, logger, await makeSnapshot(await loader(file)));
    logger.info(store.summary(), 'dataset loaded');
    return store;
  }

  /** The snapshot to answer one request from. */
  get current(): Snapshot<L> {
    return this.#current;
  }

  /** Calls `listener` after each swap with the new and the retired snapshot (to start or stop per-snapshot work). */
  onSwap(listener: (snapshot: Snapshot<L>, previous: Snapshot<L>) => void): void {
    this.#listeners.push(listener);
  }

  /** Loads `file` (default: the current one) and swaps it in only if it loads cleanly; logs every issue otherwise. */
  reload(file: string = this.#current.loaded.file): Promise<ReloadResult> {
    this.#pending = this.#pending.then(() => this.#reload(file));
    return this.#pending;
  }

  /**
   * Swaps in the snapshot `follow` makes from the current one (a committed write followed in memory), queued after
   * any reload in progress; `follow` runs synchronously up to the swap, so no request sees a half-made snapshot.
   * Undefined from `follow` (it no longer fits the current snapshot) or a throw keeps the current one: `ok: false`.
   */
  advance(follow: (current: Snapshot<L>) => Snapshot<L> | undefined): Promise<ReloadResult> {
    const run = (): ReloadResult => {
      let next: Snapshot<L> | undefined;
      try {
        next = follow(this.#current);
      } catch (error) {
        const issues = describeLoadError(error);
        this.logger.error({ file: this.#current.loaded.file, issues }, 'following a write in memory failed');
        return { ok: false, issues };
      }
      if (!next) return { ok: false, issues: ['the served snapshot moved on before the write could be followed'] };
      const previous = this.#current;
      this.#current = next;
      for (const listener of this.#listeners) listener(next, previous);
      return { ok: true, hash: next.hash };
    };
    this.#pending = this.#pending.then(run);
    return this.#pending;
  }

  async #reload(file: string): Promise<ReloadResult> {
    let next: Snapshot<L>;
    try {
      next = await makeSnapshot(await this.loader(file));
    } catch (error) {
      const issues = describeLoadError(error);
      this.logger.error(
        { file, issues },
        `dataset reload refused (${issues.length} issue(s)); still serving ${this.#current.loaded.dataset.id}`,
      );
      return { ok: false, issues };
    }
    const previous = this.#current;
    this.#current = next; // the swap: one assignment, after the new snapshot is complete
    this.logger.info(this.summary(), 'dataset reloaded');
    for (const listener of this.#listeners) listener(next, previous);
    return { ok: true, hash: next.hash };
  }

  /** Id, counts and hash of the current dataset, for logs and health. */
  summary(): { dataset: string; file: string; actors: number; relations: number; hash: string } {
    const { loaded, graph, hash } = this.#current;
    return { dataset: loaded.dataset.id, file: loaded.file, actors: graph.order, relations: graph.size, hash };
  }
}

/**
 * A snapshot of freshly loaded data; its content hash is the loader's, taken from the file's bytes as they were read.
 * Built in slices with turns in between: at once, the index, the search and close-match tables and the shared search
 * table held a reloading server's event loop for 1 s and then 0.86 s at 1M relations.
 */
export async function makeSnapshot<L extends LoadedData>(loaded: L): Promise<Snapshot<L>> {
  const { graph } = loaded;
  // The loader's: serialising a 500 MB dataset again to hash it took 10 s and a transient copy of it.
  const hash = loaded.hash;
  const index = await runInSlices(relationIndexSteps(graph));
  await nextTurn();
  prepareActorSearch(graph);
  await nextTurn();
  prepareCloseMatches(graph); // a 404 for an unknown id then costs milliseconds
  const searchTable = await runInSlices(shareSearchTableSteps(actorSearchTable(graph)));
  return { loaded, graph, index, searchTable, hash, loadedAt: new Date().toISOString(), memo: new Map() };
}

/** Entries a snapshot's memo keeps before dropping its oldest; views of a big graph are large, so few. */
const MEMO_LIMIT = 8;

/** The memoised value under `key` in this snapshot, computed on first use; kept only if `keep` allows (default: always). */
export function remember<T>(
  snapshot: Snapshot,
  key: string,
  compute: () => T,
  keep: (value: T) => boolean = () => true,
): T {
  if (snapshot.memo.has(key)) return snapshot.memo.get(key) as T;
  const value = compute();
  if (!keep(value)) return value;
  if (snapshot.memo.size >= MEMO_LIMIT) snapshot.memo.delete(snapshot.memo.keys().next().value!);
  snapshot.memo.set(key, value);
  return value;
}
