// What every resource plugin is given when registered: the one way a route receives its dependencies.
import type { Settings } from '../config.js';
import type { Datasets } from '../datasets.js';
import type { LayoutService } from '../layout/layout-service.js';

/** Lifecycle flags the health route reports. */
export interface Lifecycle {
  /** Set when shutdown begins: the server is alive but no longer ready for new work. */
  closing: boolean;
  startedAt: number;
}

/**
 * Options of each resource plugin, built once in app.ts. Routes take what they need from here, never from app
 * decorators (those are for main.ts and tests: `app.datasets`, `app.store`, `app.lifecycle`).
 */
export interface RouteOptions {
  /** Every served dataset; a data route answers from `datasets.resolve(request.query.dataset)` (see server/README.md, Datasets). */
  datasets: Datasets;
  lifecycle: Lifecycle;
  settings: Settings;
  /** The server's cached layouts of large datasets (/api/subgraph). */
  layouts: LayoutService;
}
