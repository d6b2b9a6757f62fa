// Heavy queries for the API: on small graphs in the request, on large ones in worker threads (one pool per dataset, each job naming its snapshot); every answer within a time budget.
import { BudgetError } from '../../graph/errors.js';
import { shareIndex } from '../../graph/relation-index/index-core.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import { findPaths } from '../../graph/relation-index/paths/find-paths.js';
import { materialisePaths } from '../../graph/relation-index/paths/materialise-paths.js';
import type { PathQuery, PathResult } from '../../graph/relation-index/path-query.js';
import { preparePathQuery, type PreparedPathQuery } from '../../graph/relation-index/paths/prepare-path-query.js';
import { relaxedQuery } from '../../graph/relation-index/paths/explain-no-path.js';
import { Deadline } from '../../graph/shared/deadline.js';
import { shareJsonSteps } from '../../graph/shared/shared-json.js';
import { runInSlices } from '../../graph/shared/slices.js';
import type { RelationFilter } from '../../graph/shared/filter.js';
import type { NeighbourhoodOptions } from '../../graph/query/neighbourhood.js';
import {
  materialiseNeighbourhood,
  neighbourhoodOnIndex,
  prepareNeighbourhood,
} from '../../graph/relation-index/neighbourhood-on-index.js';
import type { NeighbourhoodResult } from '../../graph/query/results.js';
import {
  materialiseActorSearch,
  searchActors,
  type ActorSearch,
  type ActorSearchResult,
} from '../../graph/query/search-actors.js';
import type { Settings } from '../config.js';
import { remember, type DatasetStore, type Snapshot, type StoreLogger } from '../dataset-store.js';
import { JsonText } from '../json-text.js';
import { DEFAULT_QUERY_WORKERS, IndexQueryPool } from './index-query-pool.js';
import { MetricsComputer } from './metrics-computer.js';
import type { Answer, IndexJobName, Job, SnapshotData } from './query-protocol.js';

/** Distinct metric requests a worker may hold; more are refused at once rather than queued for minutes. */
export const METRICS_QUEUE_LIMIT = 4;
/** Path, neighbourhood and search requests the index workers may hold together before refusing more. */
export const QUERY_QUEUE_LIMIT = 256;

/** The settings the service reads; `queryWorkers` (index workers per large snapshot) defaults to DEFAULT_QUERY_WORKERS. */
type Budgets = Pick<Settings, 'metricsTimeBudget' | 'pathTimeBudget' | 'workerMinRelations'> & {
  queryWorkers?: number;
};

/**
 * Answers metric, path, neighbourhood and actor search queries. A large dataset gets a pool of index workers: they
 * attach to the snapshot's shared index (no copy of the data), so they are ready in milliseconds, and each job names
 * the snapshot it runs on (a new index after every write, the same workers). The event loop validates and resolves
 * ids (cheap, and 404s name close matches) and turns the ints a worker returns into records of the same snapshot.
 * Metrics need a graphology graph: their worker, per snapshot, loads the file on first use.
 * Paths, neighbourhoods and searches answer as JsonText whether computed inline or in a worker: one typed answer,
 * serialised once by JSON.stringify (faster than the schema serialiser for these shapes; see server/json-text.ts).
 */
export class QueryService {
  /** Started by the first metrics request of a large snapshot: it loads its own copy of the dataset. */
  readonly #metrics = new Map<Snapshot, MetricsComputer>();
  /** A stored snapshot's records for its metrics worker, while they are being encoded. */
  readonly #records = new Map<Snapshot, Promise<SharedArrayBuffer>>();
  /** Paths, neighbourhoods and actor search of every large snapshot of this dataset, on the snapshot's shared index. */
  #pool: IndexQueryPool | undefined;
  /** Generation numbers of indexes and search tables, so workers attach each once. */
  readonly #generations = new WeakMap<object, number>();
  #nextGeneration = 1;

  constructor(
    store: DatasetStore,
    private readonly budgets: Budgets,
    private readonly logger: StoreLogger,
  ) {
    this.#poolFor(store.current);
    store.onSwap((_next, previous) => this.retire(previous));
  }

  /** Stops a snapshot's workers once their queries are answered: it was replaced, or a past revision left its cache. */
  retire(snapshot: Snapshot): void {
    // The index workers are the dataset's and serve every snapshot; only the snapshot's metrics worker stops.
    this.#metrics.get(snapshot)?.retire();
    this.#metrics.delete(snapshot);
    this.#records.delete(snapshot);
  }

  /** False while a large snapshot's index workers are still starting (readiness waits for them, not for metrics). */
  ready(snapshot: Snapshot): boolean {
    const pool = this.#poolFor(snapshot);
    return !pool || pool.ready;
  }

  /** The metrics of `snapshot` under `filter`; BudgetError('metrics') when not ready within the budget (the work goes on and is memoised). */
  async metrics(snapshot: Snapshot, filter: RelationFilter, metrics: MetricId[] | undefined): Promise<MetricsResult> {
    const key = `metrics:${JSON.stringify([filter, metrics])}`;
    if (snapshot.memo.has(key)) return snapshot.memo.get(key) as MetricsResult;
    if (!this.#large(snapshot))
      return remember(snapshot, key, () => computeMetrics(snapshot.graph, { filter, metrics }));
    let runner = this.#metrics.get(snapshot);
    if (!runner) {
      // A stored dataset (`store:<id>`, past revisions included) has no file: its worker gets the records, encoded in slices.
      const stored = snapshot.loaded.file.startsWith('store:');
      let records: Promise<SharedArrayBuffer> | undefined;
      if (stored) {
        records =
          this.#records.get(snapshot) ?? runInSlices(shareJsonSteps(snapshot.loaded.dataset, ['actors', 'relations']));
        this.#records.set(snapshot, records);
      }
      const encoded = records && (await records);
      runner = this.#metrics.get(snapshot); // another request may have started it while this one awaited
      if (!runner) {
        runner = new MetricsComputer(snapshot.loaded.file, snapshot.hash, this.#onFailure(snapshot), encoded);
        this.#metrics.set(snapshot, runner);
      }
      this.#records.delete(snapshot); // the worker holds the shared memory now
    }
    if (!runner.has(key) && runner.pending >= METRICS_QUEUE_LIMIT) {
      throw new BudgetError(
        'metrics',
        `${runner.pending} metric queries are already being computed on this dataset of ${snapshot.graph.size} relations; retry later`,
      );
    }
    const work = runner
      .run(key, { job: 'compute-metrics', filter, metrics })
      .then((result) => remember(snapshot, key, () => result));
    return withinBudget(
      work,
      this.budgets.metricsTimeBudget,
      () =>
        new BudgetError(
          'metrics',
          `not computed within the ${this.budgets.metricsTimeBudget} ms time budget on this dataset of ${snapshot.graph.size} relations; it goes on in the background: retry in a while, or narrow the filter (kinds, asOf, minStrength) or name fewer metrics`,
        ),
    );
  }

  /** The k best paths; the engine stops at the time budget with BudgetError('k'). */
  async paths(snapshot: Snapshot, query: PathQuery): Promise<JsonText<PathResult>> {
    const budgetMs = this.budgets.pathTimeBudget;
    const pool = this.#poolFor(snapshot);
    if (!pool) return JsonText.of(findPaths(snapshot.index, query, new Deadline(budgetMs, 'k')));
    const prepared = preparePathQuery(snapshot.index, query); // bad input fails here, before any queue
    const found = await this.#searchPaths(pool, snapshot, prepared, budgetMs);
    // No path under a valence filter: the same search without it says which links the filter ruled out. The answer
    // stands without it, so a busy or closing pool only makes the reason generic.
    const relaxed = found.length === 0 ? relaxedQuery(prepared) : undefined;
    const best = relaxed && (await this.#searchPaths(pool, snapshot, relaxed, budgetMs).catch(() => undefined));
    return JsonText.of(materialisePaths(snapshot.index, prepared, found, best));
  }

  #searchPaths(pool: IndexQueryPool, snapshot: Snapshot, prepared: PreparedPathQuery, budgetMs: number) {
    const work = this.#queue(
      pool,
      snapshot,
      `paths:${JSON.stringify({ ...prepared, folds: undefined })}`,
      { job: 'find-paths', prepared, budgetMs },
      'k',
    );
    // The engine's own deadline starts when a worker takes the query; waiting in the queue gets as long again, twice over.
    return withinBudget(
      work,
      3 * budgetMs,
      () =>
        new BudgetError(
          'k',
          `no answer within ${3 * budgetMs} ms: the server is busy with other path queries; retry, or ask for fewer paths`,
        ),
    );
  }

  /** The neighbourhood of `id` on the relation index (the same answer inline or from a worker). */
  async neighbours(
    snapshot: Snapshot,
    id: string,
    options: NeighbourhoodOptions,
  ): Promise<JsonText<NeighbourhoodResult>> {
    const pool = this.#poolFor(snapshot);
    if (!pool) return JsonText.of(neighbourhoodOnIndex(snapshot.index, id, options));
    const prepared = prepareNeighbourhood(snapshot.index, id, options);
    const work = this.#queue(
      pool,
      snapshot,
      `neighbours:${JSON.stringify([id, options])}`,
      { job: 'search-neighbourhood', prepared },
      'depth',
    );
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    const found = await withinBudget(
      work,
      budgetMs,
      () => new BudgetError('depth', `no answer within ${budgetMs} ms; ask for fewer hops (depth) or a lower limit`),
    );
    return JsonText.of(materialiseNeighbourhood(snapshot.index, prepared, found));
  }

  /** An actor search: a scan of every actor's names, so in a worker on a large graph. */
  async search(snapshot: Snapshot, search: ActorSearch): Promise<JsonText<ActorSearchResult>> {
    const pool = this.#poolFor(snapshot);
    if (!pool) return JsonText.of(searchActors(snapshot.graph, search));
    const work = this.#queue(pool, snapshot, `search:${JSON.stringify(search)}`, { job: 'rank-actors', search }, 'q');
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    const ranked = await withinBudget(
      work,
      budgetMs,
      () =>
        new BudgetError('q', `no answer within ${budgetMs} ms; the server is busy: retry, or search for a longer text`),
    );
    return JsonText.of(materialiseActorSearch(snapshot.graph, ranked));
  }

  /** Stops every worker (server shutdown): in-flight path, neighbourhood and search queries finish; metric work stops (it may run for minutes). */
  async close(): Promise<void> {
    const all = [...this.#metrics.values()].map((runner) => runner.close(false));
    this.#metrics.clear();
    all.push(this.#pool?.close() ?? Promise.resolve());
    this.#pool = undefined;
    await Promise.all(all);
  }

  #queue<N extends IndexJobName>(
    pool: IndexQueryPool,
    snapshot: Snapshot,
    key: string,
    job: Job<N>,
    field: string,
  ): Promise<Answer<N>> {
    // Twins share an answer only on one index: the same query on the next snapshot may find other ints.
    const keyed = `${this.#generation(snapshot.index)}:${key}`;
    if (!pool.has(keyed) && pool.pending >= QUERY_QUEUE_LIMIT)
      throw new BudgetError(field, `${pool.pending} queries are waiting; retry later`);
    return pool.run<N>(keyed, { ...job, on: this.#snapshotData(snapshot) });
  }

  #generation(of: object): number {
    let generation = this.#generations.get(of);
    if (generation === undefined) this.#generations.set(of, (generation = this.#nextGeneration++));
    return generation;
  }

  #snapshotData(snapshot: Snapshot): SnapshotData {
    return {
      indexGeneration: this.#generation(snapshot.index),
      index: shareIndex(snapshot.index),
      tableGeneration: this.#generation(snapshot.searchTable),
      table: snapshot.searchTable,
      ...(snapshot.searchPatch
        ? { patch: { generation: this.#generation(snapshot.searchPatch.shared), shared: snapshot.searchPatch.shared } }
        : {}),
    };
  }

  #onFailure(snapshot: Snapshot): (message: string) => void {
    return (message) => this.logger.error({ file: snapshot.loaded.file }, `query worker failed: ${message}`);
  }

  #large(snapshot: Snapshot): boolean {
    return snapshot.graph.size >= this.budgets.workerMinRelations;
  }

  /** The index workers, started with the first large snapshot; undefined (answer inline) for a small one. */
  #poolFor(snapshot: Snapshot): IndexQueryPool | undefined {
    if (!this.#large(snapshot)) return undefined;
    if (!this.#pool) {
      const data = { index: shareIndex(snapshot.index), table: snapshot.searchTable };
      this.#pool = new IndexQueryPool(
        this.budgets.queryWorkers ?? DEFAULT_QUERY_WORKERS,
        data,
        this.#onFailure(snapshot),
      );
    }
    return this.#pool;
  }
}

/**
 * The work's result, or the error `expired()` makes once `budgetMs` has passed (the work itself goes on). A factory,
 * not an error: an Error captures its stack when made, and almost every answer comes in time.
 */
function withinBudget<T>(work: Promise<T>, budgetMs: number, expired: () => BudgetError): Promise<T> {
  work.catch(() => undefined); // a failure after the budget expired has nobody left to tell
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(expired()), budgetMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
