// Heavy queries for the API: on small graphs in the request, on large ones in worker threads per snapshot; every answer within a time budget.
import { BudgetError } from '../../graph/errors.js';
import { shareIndex } from '../../graph/relation-index/index-core.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import { findPaths } from '../../graph/relation-index/paths/find-paths.js';
import { materialisePaths } from '../../graph/relation-index/paths/materialise-paths.js';
import type { PathQuery, PathResult } from '../../graph/relation-index/path-query.js';
import { preparePathQuery } from '../../graph/relation-index/paths/prepare-path-query.js';
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
import type { Answer, IndexJobName, Job } from './query-protocol.js';

/** Distinct metric requests a worker may hold; more are refused at once rather than queued for minutes. */
export const METRICS_QUEUE_LIMIT = 4;
/** Path, neighbourhood and search requests the index workers may hold together before refusing more. */
export const QUERY_QUEUE_LIMIT = 256;

/** The settings the service reads; `queryWorkers` (index workers per large snapshot) defaults to DEFAULT_QUERY_WORKERS. */
type Budgets = Pick<Settings, 'metricsTimeBudget' | 'pathTimeBudget' | 'workerMinRelations'> & {
  queryWorkers?: number;
};

interface Workers {
  /** Paths, neighbourhoods and actor search, on the snapshot's shared index. */
  pool: IndexQueryPool;
  /** Started by the first metrics request: it loads its own copy of the dataset. */
  metrics?: MetricsComputer;
  /** A stored dataset's records for its metrics worker, being encoded. */
  records?: Promise<SharedArrayBuffer>;
}

/**
 * Answers metric, path, neighbourhood and actor search queries. A large snapshot gets a pool of index workers when
 * it is published: they attach to the snapshot's shared index (no copy of the data), so they are ready in
 * milliseconds. The event loop validates and resolves ids (cheap, and 404s name close matches) and turns the ints
 * a worker returns into records. Metrics need a graphology graph: their worker loads the file on first use.
 * Paths, neighbourhoods and searches answer as JsonText whether computed inline or in a worker: one typed answer,
 * serialised once by JSON.stringify (faster than the schema serialiser for these shapes; see server/json-text.ts).
 */
export class QueryService {
  readonly #workers = new Map<Snapshot, Workers>();

  constructor(
    store: DatasetStore,
    private readonly budgets: Budgets,
    private readonly logger: StoreLogger,
  ) {
    this.#workersFor(store.current);
    store.onSwap((next, previous) => {
      this.retire(previous);
      this.#workersFor(next);
    });
  }

  /** Stops a snapshot's workers once their queries are answered: it was replaced, or a past revision left its cache. */
  retire(snapshot: Snapshot): void {
    const retired = this.#workers.get(snapshot);
    retired?.metrics?.retire();
    retired?.pool.retire();
    this.#workers.delete(snapshot);
  }

  /** False while a large snapshot's index workers are still starting (readiness waits for them, not for metrics). */
  ready(snapshot: Snapshot): boolean {
    const workers = this.#workers.get(snapshot);
    return !workers || workers.pool.ready;
  }

  /** The metrics of `snapshot` under `filter`; BudgetError('metrics') when not ready within the budget (the work goes on and is memoised). */
  async metrics(snapshot: Snapshot, filter: RelationFilter, metrics: MetricId[] | undefined): Promise<MetricsResult> {
    const key = `metrics:${JSON.stringify([filter, metrics])}`;
    if (snapshot.memo.has(key)) return snapshot.memo.get(key) as MetricsResult;
    const workers = this.#workersFor(snapshot);
    if (!workers) return remember(snapshot, key, () => computeMetrics(snapshot.graph, { filter, metrics }));
    if (!workers.metrics) {
      // A stored dataset (`store:<id>`, past revisions included) has no file: its worker gets the records, encoded in slices.
      const stored = snapshot.loaded.file.startsWith('store:');
      const records = stored
        ? await (workers.records ??= runInSlices(shareJsonSteps(snapshot.loaded.dataset, ['actors', 'relations'])))
        : undefined;
      workers.metrics ??= new MetricsComputer(snapshot.loaded.file, snapshot.hash, this.#onFailure(snapshot), records);
      workers.records = undefined; // the worker holds the shared memory now
      // Retired while encoding: answer this request, then stop.
      if (this.#workers.get(snapshot) !== workers) queueMicrotask(() => workers.metrics?.retire());
    }
    const runner = workers.metrics;
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
      new BudgetError(
        'metrics',
        `not computed within the ${this.budgets.metricsTimeBudget} ms time budget on this dataset of ${snapshot.graph.size} relations; it goes on in the background: retry in a while, or narrow the filter (kinds, asOf, minStrength) or name fewer metrics`,
      ),
    );
  }

  /** The k best paths; the engine stops at the time budget with BudgetError('k'). */
  async paths(snapshot: Snapshot, query: PathQuery): Promise<JsonText<PathResult>> {
    const budgetMs = this.budgets.pathTimeBudget;
    const workers = this.#workersFor(snapshot);
    if (!workers) return JsonText.of(findPaths(snapshot.index, query, new Deadline(budgetMs, 'k')));
    const prepared = preparePathQuery(snapshot.index, query); // bad input fails here, before any queue
    const work = this.#queue(
      workers.pool,
      `paths:${JSON.stringify(query)}`,
      { job: 'find-paths', prepared, budgetMs },
      'k',
    );
    // The engine's own deadline starts when a worker takes the query; waiting in the queue gets as long again, twice over.
    const found = await withinBudget(
      work,
      3 * budgetMs,
      new BudgetError(
        'k',
        `no answer within ${3 * budgetMs} ms: the server is busy with other path queries; retry, or ask for fewer paths`,
      ),
    );
    return JsonText.of(materialisePaths(snapshot.index, found));
  }

  /** The neighbourhood of `id` on the relation index (the same answer inline or from a worker). */
  async neighbours(
    snapshot: Snapshot,
    id: string,
    options: NeighbourhoodOptions,
  ): Promise<JsonText<NeighbourhoodResult>> {
    const workers = this.#workersFor(snapshot);
    if (!workers) return JsonText.of(neighbourhoodOnIndex(snapshot.index, id, options));
    const prepared = prepareNeighbourhood(snapshot.index, id, options);
    const work = this.#queue(
      workers.pool,
      `neighbours:${JSON.stringify([id, options])}`,
      { job: 'search-neighbourhood', prepared },
      'depth',
    );
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    const found = await withinBudget(
      work,
      budgetMs,
      new BudgetError('depth', `no answer within ${budgetMs} ms; ask for fewer hops (depth) or a lower limit`),
    );
    return JsonText.of(materialiseNeighbourhood(snapshot.index, prepared, found));
  }

  /** An actor search: a scan of every actor's names, so in a worker on a large graph. */
  async search(snapshot: Snapshot, search: ActorSearch): Promise<JsonText<ActorSearchResult>> {
    const workers = this.#workersFor(snapshot);
    if (!workers) return JsonText.of(searchActors(snapshot.graph, search));
    const work = this.#queue(workers.pool, `search:${JSON.stringify(search)}`, { job: 'rank-actors', search }, 'q');
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    const ranked = await withinBudget(
      work,
      budgetMs,
      new BudgetError('q', `no answer within ${budgetMs} ms; the server is busy: retry, or search for a longer text`),
    );
    return JsonText.of(materialiseActorSearch(snapshot.graph, ranked));
  }

  /** Stops every worker (server shutdown): in-flight path, neighbourhood and search queries finish; metric work stops (it may run for minutes). */
  async close(): Promise<void> {
    const all = [...this.#workers.values()].flatMap((workers) => [workers.metrics?.close(false), workers.pool.close()]);
    this.#workers.clear();
    await Promise.all(all);
  }

  #queue<N extends IndexJobName>(pool: IndexQueryPool, key: string, job: Job<N>, field: string): Promise<Answer<N>> {
    if (!pool.has(key) && pool.pending >= QUERY_QUEUE_LIMIT)
      throw new BudgetError(field, `${pool.pending} queries are waiting; retry later`);
    return pool.run<N>(key, job);
  }

  #onFailure(snapshot: Snapshot): (message: string) => void {
    return (message) => this.logger.error({ file: snapshot.loaded.file }, `query worker failed: ${message}`);
  }

  #workersFor(snapshot: Snapshot): Workers | undefined {
    if (snapshot.graph.size < this.budgets.workerMinRelations) return undefined;
    let workers = this.#workers.get(snapshot);
    if (!workers) {
      const data = { index: shareIndex(snapshot.index), table: snapshot.searchTable };
      workers = {
        pool: new IndexQueryPool(this.budgets.queryWorkers ?? DEFAULT_QUERY_WORKERS, data, this.#onFailure(snapshot)),
      };
      this.#workers.set(snapshot, workers);
    }
    return workers;
  }
}

/** The work's result, or `expired` once `budgetMs` has passed (the work itself goes on). */
function withinBudget<T>(work: Promise<T>, budgetMs: number, expired: BudgetError): Promise<T> {
  work.catch(() => undefined); // a failure after the budget expired has nobody left to tell
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(expired), budgetMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
