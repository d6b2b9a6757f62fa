// What every resource plugin is given when registered: the dataset store (and the app's lifecycle state).
import type { DatasetStore } from '../dataset-store.js';

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
}
