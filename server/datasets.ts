// The datasets one server serves, each chosen by its own id: per dataset its DatasetStore and QueryService; the first is the default.
import { NotFoundError } from '../graph/errors.js';
import { editDistance } from '../graph/query/require-actor.js';
import {
  DatasetStore,
  type DatasetLoader,
  type ReloadResult,
  type Snapshot,
  type StoreLogger,
} from './dataset-store.js';
import { QueryService } from './workers/query-service.js';
import { pinSnapshot } from './store/revision-pin.js';

/** One served dataset: its store (reloadable) and the query service bound to it. */
export interface DatasetEntry {
  readonly store: DatasetStore;
  readonly queries: QueryService;
}

/** What a request works with: the dataset's id, the snapshot taken once for the whole request, and its query service. */
export interface ResolvedDataset {
  readonly id: string;
  readonly store: DatasetStore;
  readonly snapshot: Snapshot;
  readonly queries: QueryService;
}

/** A reload's outcome for one dataset, named by the id it had when the reload was asked for. */
export type DatasetReload = ReloadResult & { dataset: string };

type Budgets = ConstructorParameters<typeof QueryService>[1];

/** The dataset id of a store's current snapshot (a reload may change it; lookups always use the current one). */
const idOf = (store: DatasetStore): string => store.current.loaded.dataset.id;

/** Holds every served dataset in start order; `resolve(id)` is how a route finds the dataset a request names. */
export class Datasets {
  #pending: Promise<unknown> = Promise.resolve();
  readonly #entries: DatasetEntry[];
  /** How `open` loaded its files, so `add` can load one more the same way (absent for `of`). */
  readonly #opener?: { loader: DatasetLoader; budgets: Budgets; logger: StoreLogger };

  private constructor(
    entries: DatasetEntry[],
    opener?: { loader: DatasetLoader; budgets: Budgets; logger: StoreLogger },
  ) {
    this.#entries = entries;
    this.#opener = opener;
  }

  /** Every served dataset, default first, then in the order they were opened or added. */
  get entries(): readonly DatasetEntry[] {
    return this.#entries;
  }

  /**
   * Loads every file in order (the first is the default) and starts each one's query service; throws the
   * loader's error for a bad file, or an Error naming both files when two datasets share an id.
   */
  static async open(
    files: readonly string[],
    loader: DatasetLoader,
    budgets: Budgets,
    logger: StoreLogger,
  ): Promise<Datasets> {
    const stores: DatasetStore[] = [];
    for (const file of files) {
      let store: DatasetStore | undefined; // unset during the first load: every earlier store is then another
      // Neither the first load nor a reload may take an id another dataset holds, or `?dataset=` would name two.
      const guarded: DatasetLoader = async (path) => {
        const loaded = await loader(path);
        const clash = stores.find((other) => other !== store && idOf(other) === loaded.dataset.id);
        if (clash) throw duplicateIdError(loaded.dataset.id, clash.current.loaded.file, path);
        return loaded;
      };
      store = await DatasetStore.open(file, guarded, logger);
      stores.push(store);
    }
    // Query services start only once every file has loaded, so a refused start leaves no worker threads behind.
    return new Datasets(
      stores.map((store) => ({ store, queries: new QueryService(store, budgets, logger) })),
      { loader, budgets, logger },
    );
  }

  /**
   * Loads one more dataset file (one imported through `POST /api/import`) and serves it after the others; refuses
   * (the loader's error, or an Error naming both files) a bad file or an id another dataset holds. A file served
   * already is not loaded again: its entry is returned (an import and another process's notice of it may race).
   */
  add(file: string): Promise<DatasetEntry> {
    const opener = this.#opener;
    if (!opener)
      return Promise.reject(new Error('datasets: this server was not opened from files, so it cannot add one'));
    return this.#serial(async () => {
      const served = this.#entries.find((entry) => entry.store.current.loaded.file === file);
      if (served) return served;
      let store: DatasetStore | undefined;
      const guarded: DatasetLoader = async (path) => {
        const loaded = await opener.loader(path);
        const clash = this.#entries.find((other) => other.store !== store && idOf(other.store) === loaded.dataset.id);
        if (clash) throw duplicateIdError(loaded.dataset.id, clash.store.current.loaded.file, path);
        return loaded;
      };
      store = await DatasetStore.open(file, guarded, opener.logger);
      const entry = { store, queries: new QueryService(store, opener.budgets, opener.logger) };
      this.#entries.push(entry);
      return entry;
    });
  }

  /**
   * Stops serving dataset `id` (deleted from the store by another process) and stops its query workers; false when it
   * is not served, or is the only one (a server always serves a dataset: that one stays until restart).
   */
  remove(id: string): Promise<boolean> {
    return this.#serial(async () => {
      const index = this.#entries.findIndex((entry) => idOf(entry.store) === id);
      if (index < 0 || this.#entries.length === 1) return false;
      const [entry] = this.#entries.splice(index, 1);
      await entry!.queries.close();
      return true;
    });
  }

  /** Wraps already open stores (tests, embedding); checks their ids are distinct. */
  static of(stores: readonly DatasetStore[], budgets: Budgets, logger: StoreLogger): Datasets {
    stores.forEach((store, index) => {
      const clash = stores.findIndex((other) => idOf(other) === idOf(store));
      if (clash !== index)
        throw duplicateIdError(idOf(store), stores[clash]!.current.loaded.file, store.current.loaded.file);
    });
    return new Datasets(stores.map((store) => ({ store, queries: new QueryService(store, budgets, logger) })));
  }

  /** The default dataset (the first file given). */
  get default(): DatasetEntry {
    return this.entries[0]!;
  }

  /** The ids currently served, default first. */
  ids(): string[] {
    return this.entries.map((entry) => idOf(entry.store));
  }

  /** The entry serving `id`, or NotFoundError naming the field `dataset` with close ids (or all of them when none is close). */
  entry(id: string | undefined): DatasetEntry {
    if (id === undefined) return this.default;
    const found = this.entries.find((entry) => idOf(entry.store) === id);
    if (found) return found;
    const ids = this.ids();
    const close = ids.filter((candidate) => editDistance(id.toLowerCase().slice(0, 120), candidate, 3) <= 3);
    throw new NotFoundError('dataset', id, (close.length > 0 ? close : ids).slice(0, 10), 'dataset');
  }

  /** The dataset a request names (`?dataset=`; absent: the default), with one snapshot for the whole request. */
  resolve(id: string | undefined): ResolvedDataset {
    const { store, queries } = this.entry(id);
    const current = store.current;
    // The request's past revision (`revision=`) when it asked for one; remembered for its revision header either way.
    const snapshot = pinSnapshot(current.loaded.dataset.id, current);
    return { id: current.loaded.dataset.id, store, snapshot, queries };
  }

  /** True when every dataset's query workers are ready. */
  ready(): boolean {
    return this.entries.every(({ store, queries }) => queries.ready(store.current));
  }

  /** Reloads one dataset (default: the default one) from its file; a refused file keeps that dataset's last good data and touches no other. */
  reload(id?: string): Promise<DatasetReload> {
    const entry = this.entry(id);
    return this.#serial(async () => ({ dataset: idOf(entry.store), ...(await entry.store.reload()) }));
  }

  /** Reloads every dataset in turn (SIGHUP); each one's outcome, in start order. */
  reloadAll(): Promise<DatasetReload[]> {
    return this.#serial(async () => {
      const results: DatasetReload[] = [];
      for (const { store } of this.entries) results.push({ dataset: idOf(store), ...(await store.reload()) });
      return results;
    });
  }

  /** Stops every dataset's query workers (server shutdown). */
  async close(): Promise<void> {
    await Promise.all(this.entries.map(({ queries }) => queries.close()));
  }

  // Reloads run one at a time across datasets, so the id-clash check of one cannot race another's swap.
  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#pending.then(work, work);
    this.#pending = next.catch(() => undefined);
    return next;
  }
}

/** The start/reload refusal for two datasets with one id; names both files, as the loader's issues do. */
function duplicateIdError(id: string, first: string, second: string): Error {
  const error = new Error(
    `datasets: ${JSON.stringify(id)} is the id of both ${first} and ${second}; each dataset served needs its own id`,
  );
  return Object.assign(error, {
    issues: [`${second}:/id: dataset id ${JSON.stringify(id)} is already served from ${first}`],
  });
}
