// Metrics for the API: small graphs in the request, large ones in a worker thread per snapshot, every answer within a time budget.
import { BudgetError } from '../../graph/errors.js';
import { computeMetrics } from '../../graph/metrics/compute-metrics.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import type { RelationFilter } from '../../graph/query/filter.js';
import type { Settings } from '../config.js';
import { remember, type DatasetStore, type Snapshot, type StoreLogger } from '../dataset-store.js';
import { MetricsRunner } from './metrics-runner.js';

/** Distinct metric requests a worker may hold; more are refused at once rather than queued for minutes. */
export const METRICS_QUEUE_LIMIT = 4;

/** Answers metric requests for the store's snapshots; a worker starts with each large snapshot, so it is warm by the first request. */
export class MetricsService {
  readonly #runners = new Map<Snapshot, MetricsRunner>();

  constructor(
    store: DatasetStore,
    private readonly settings: Pick<Settings, 'metricsTimeBudget' | 'metricsInlineMax'>,
    private readonly logger: StoreLogger,
  ) {
    this.#runnerFor(store.current);
    store.onSwap((next, previous) => {
      this.#runners.get(previous)?.retire();
      this.#runners.delete(previous);
      this.#runnerFor(next);
    });
  }

  /** The metrics of `snapshot` under `filter`; throws BudgetError('metrics') when they are not ready within the time budget. */
  async compute(snapshot: Snapshot, filter: RelationFilter, metrics: MetricId[] | undefined): Promise<MetricsResult> {
    const key = `metrics:${JSON.stringify([filter, metrics])}`;
    if (snapshot.memo.has(key)) return snapshot.memo.get(key) as MetricsResult;
    const runner = this.#runnerFor(snapshot);
    if (!runner) return remember(snapshot, key, () => computeMetrics(snapshot.graph, { filter, metrics }));
    if (!runner.has(key) && runner.pending >= METRICS_QUEUE_LIMIT) {
      throw new BudgetError('metrics', `${runner.pending} metric queries are already being computed on this dataset of ${snapshot.graph.size} relations; retry later`);
    }
    // The worker's answer is memoised even if it comes after the budget, so asking again later gets it at once.
    const work = runner.run(key, filter, metrics).then((result) => remember(snapshot, key, () => result));
    return withinBudget(work, this.settings.metricsTimeBudget, snapshot.graph.size);
  }

  /** Stops every worker (server shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.#runners.values()].map((runner) => runner.close()));
    this.#runners.clear();
  }

  #runnerFor(snapshot: Snapshot): MetricsRunner | undefined {
    if (snapshot.graph.size <= this.settings.metricsInlineMax) return undefined;
    let runner = this.#runners.get(snapshot);
    if (!runner) {
      runner = new MetricsRunner(snapshot.loaded.file, snapshot.hash, (message) => this.logger.error({ file: snapshot.loaded.file }, `metrics worker failed: ${message}`));
      this.#runners.set(snapshot, runner);
    }
    return runner;
  }
}

/** The work's result, or BudgetError('metrics') once `budgetMs` has passed (the work goes on and is memoised). */
function withinBudget<T>(work: Promise<T>, budgetMs: number, relations: number): Promise<T> {
  work.catch(() => undefined); // a failure after the budget expired has nobody left to tell
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new BudgetError('metrics', `not computed within the ${budgetMs} ms time budget on this dataset of ${relations} relations; it goes on in the background: retry in a while, or narrow the filter (kinds, asOf, minStrength) or name fewer metrics`)), budgetMs);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
