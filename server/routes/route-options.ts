// What every resource plugin is given when registered: the served datasets, the app's lifecycle state and settings.
import type { Settings } from '../config.js';
import type { DatasetStore } from '../dataset-store.js';
import type { Datasets } from '../datasets.js';
import type { QueryService } from '../workers/query-service.js';

/** Lifecycle flags the health route reports. */
export interface Lifecycle {
  /** Set when shutdown begins: the server is alive but no longer ready for new work. */
  closing: boolean;
  startedAt: number;
}

/** Options of each resource plugin. */
export interface RouteOptions {
  /** Every served dataset; a data route answers from `datasets.resolve(request.query.dataset)` (see server/README.md, Datasets). */
  datasets: Datasets;
  /** @deprecated The default dataset's store only: data routes use `datasets.resolve` so that `?dataset=` is honoured. */
  store: DatasetStore;
  lifecycle: Lifecycle;
  settings: Settings;
  /** @deprecated The default dataset's query service only; `datasets.resolve` gives the one of the dataset asked for. */
  queries: QueryService;
}
