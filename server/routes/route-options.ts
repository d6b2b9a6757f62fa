// What every resource plugin is given when registered: the dataset store, the app's lifecycle state, settings and the query service.
import type { Settings } from '../config.js';
import type { DatasetStore } from '../dataset-store.js';
import type { QueryService } from '../workers/query-service.js';

/** Lifecycle flags the health route reports. */
export interface Lifecycle {
  /** Set when shutdown begins: the server is alive but no longer ready for new work. */
  closing: boolean;
  startedAt: number;
}

/** Options of each resource plugin. */
export interface RouteOptions {
  store: DatasetStore;
  lifecycle: Lifecycle;
  settings: Settings;
  queries: QueryService;
}
