// Heavy queries for the API: on small graphs in the request, on large ones in worker threads per snapshot; every answer within a time budget.
import { BudgetError } from '../../graph/errors.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import { findPaths } from '../../graph/paths/find-paths.js';
import type { PathQuery, PathResult } from '../../graph/paths/path-query.js';
import { Deadline } from '../../graph/query/deadline.js';
import type { RelationFilter } from '../../graph/query/filter.js';
import { neighbourhood, type NeighbourhoodOptions } from '../../graph/query/neighbourhood.js';
import type { NeighbourhoodResult } from '../../graph/query/results.js';
import { searchActors, type ActorSearch, type ActorSearchResult } from '../../graph/query/search-actors.js';
import type { Settings } from '../config.js';
import { remember, type DatasetStore, type Snapshot, type StoreLogger } from '../dataset-store.js';
import { QueryRunner } from './query-runner.js';

/** Distinct metric requests a worker may hold; more are refused at once rather than queued for minutes. */
export const METRICS_QUEUE_LIMIT = 4;
/** Path and neighbourhood requests the query worker may hold before refusing more. */
export const QUERY_QUEUE_LIMIT = 256;

type Budgets = Pick<Settings, 'metricsTimeBudget' | 'pathTimeBudget' | 'workerMinRelations'>;

interface Workers {
  metrics: QueryRunner;
  queries: QueryRunner;
}

/**
 * Answers metric, path and neighbourhood queries. A large snapshot gets two workers when it is published (one for
 * metrics, which may take minutes, one for paths and neighbourhoods), so the event loop only parses and sends;
 * results computed in a worker come back as JSON text (paths, neighbourhoods) or memoised objects (metrics).
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
      const retired = this.#workers.get(previous);
      retired?.metrics.retire();
      retired?.queries.retire();
      this.#workers.delete(previous);
      this.#workersFor(next);
    });
  }

  /** False while a large snapshot's workers are still loading (readiness waits for them). */
  ready(snapshot: Snapshot): boolean {
    const workers = this.#workers.get(snapshot);
    return !workers || (workers.metrics.ready && workers.queries.ready);
  }

  /** The metrics of `snapshot` under `filter`; BudgetError('metrics') when not ready within the budget (the work goes on and is memoised). */
  async metrics(snapshot: Snapshot, filter: RelationFilter, metrics: MetricId[] | undefined): Promise<MetricsResult> {
    const key = `metrics:${JSON.stringify([filter, metrics])}`;
    if (snapshot.memo.has(key)) return snapshot.memo.get(key) as MetricsResult;
    const workers = this.#workersFor(snapshot);
    if (!workers) return remember(snapshot, key, () => computeMetrics(snapshot.graph, { filter, metrics }));
    const runner = workers.metrics;
    if (!runner.has(key) && runner.pending >= METRICS_QUEUE_LIMIT) {
      throw new BudgetError('metrics', `${runner.pending} metric queries are already being computed on this dataset of ${snapshot.graph.size} relations; retry later`);
    }
    const work = runner.run(key, { op: 'metrics', filter, metrics }).then((result) => remember(snapshot, key, () => result as MetricsResult));
    return withinBudget(work, this.budgets.metricsTimeBudget, new BudgetError('metrics', `not computed within the ${this.budgets.metricsTimeBudget} ms time budget on this dataset of ${snapshot.graph.size} relations; it goes on in the background: retry in a while, or narrow the filter (kinds, asOf, minStrength) or name fewer metrics`));
  }

  /** The k best paths (an object inline, JSON text from a worker); the engine stops at the time budget with BudgetError('k'). */
  async paths(snapshot: Snapshot, query: PathQuery): Promise<PathResult | string> {
    const budgetMs = this.budgets.pathTimeBudget;
    const workers = this.#workersFor(snapshot);
    if (!workers) return findPaths(snapshot.index, query, new Deadline(budgetMs, 'k'));
    const work = this.#queue(workers.queries, `paths:${JSON.stringify(query)}`, { op: 'paths', query, budgetMs }, 'k');
    // The engine's own deadline starts when the worker takes the query; waiting in the queue gets as long again, twice over.
    return withinBudget(work as Promise<string>, 3 * budgetMs, new BudgetError('k', `no answer within ${3 * budgetMs} ms: the server is busy with other path queries; retry, or ask for fewer paths`));
  }

  /** The neighbourhood of `id` (an object inline, JSON text from a worker). */
  async neighbours(snapshot: Snapshot, id: string, options: NeighbourhoodOptions): Promise<NeighbourhoodResult | string> {
    const workers = this.#workersFor(snapshot);
    if (!workers) return neighbourhood(snapshot.graph, id, options);
    const work = this.#queue(workers.queries, `neighbours:${JSON.stringify([id, options])}`, { op: 'neighbours', actor: id, options }, 'depth');
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    return withinBudget(work as Promise<string>, budgetMs, new BudgetError('depth', `no answer within ${budgetMs} ms; ask for fewer hops (depth) or a lower limit`));
  }

  /** An actor search (an object inline, JSON text from a worker): a scan of every actor's names, so off the event loop on a large graph. */
  async search(snapshot: Snapshot, search: ActorSearch): Promise<ActorSearchResult | string> {
    const workers = this.#workersFor(snapshot);
    if (!workers) return searchActors(snapshot.graph, search);
    const work = this.#queue(workers.queries, `search:${JSON.stringify(search)}`, { op: 'search', search }, 'q');
    const budgetMs = 6 * this.budgets.pathTimeBudget;
    return withinBudget(work as Promise<string>, budgetMs, new BudgetError('q', `no answer within ${budgetMs} ms; the server is busy: retry, or search for a longer text`));
  }

  /** Stops every worker (server shutdown): in-flight path, neighbourhood and search queries finish; metric work stops (it may run for minutes). */
  async close(): Promise<void> {
    const all = [...this.#workers.values()].flatMap((workers) => [workers.metrics.close(false), workers.queries.close()]);
    this.#workers.clear();
    await Promise.all(all);
  }

  #queue(runner: QueryRunner, key: string, op: Parameters<QueryRunner['run']>[1], field: string): Promise<unknown> {
    if (!runner.has(key) && runner.pending >= QUERY_QUEUE_LIMIT) throw new BudgetError(field, `${runner.pending} queries are waiting; retry later`);
    return runner.run(key, op);
  }

  #workersFor(snapshot: Snapshot): Workers | undefined {
    if (snapshot.graph.size < this.budgets.workerMinRelations) return undefined;
    let workers = this.#workers.get(snapshot);
    if (!workers) {
      const onFailure = (message: string) => this.logger.error({ file: snapshot.loaded.file }, `query worker failed: ${message}`);
      workers = { metrics: new QueryRunner(snapshot.loaded.file, snapshot.hash, onFailure), queries: new QueryRunner(snapshot.loaded.file, snapshot.hash, onFailure) };
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
