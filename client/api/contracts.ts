// Shapes of /api/datasets and /api/subgraph as the client reads them, and the subgraph question it asks.
import type { SubgraphMeta as SubgraphResponseMeta, SubgraphResponse } from '../../server/routes/subgraph.js';
import type { Filters } from '../state/types.js';

/** One served dataset as GET /api/datasets lists it (server/routes/datasets.ts keeps its schema private, so it is restated here). */
export interface DatasetInfo {
  id: string;
  title: string;
  description?: string;
  actors: number;
  relations: number;
  hash: string;
  loadedAt: string;
  ready: boolean;
  default: boolean;
}

/** GET /api/datasets. */
export interface DatasetList {
  datasets: DatasetInfo[];
}

/** What GET /api/subgraph says about its answer (the server's schema). */
export type SubgraphMeta = SubgraphResponseMeta;

/** GET /api/subgraph: a GraphView with the server's cached positions (empty until its layout is ready). */
export type Subgraph = SubgraphResponse;

/** A subgraph question: the overview (no focus) or the neighbourhoods of some actors, under the view's filters. */
export interface SubgraphQuery {
  focus?: readonly string[];
  depth?: number;
  limit: number;
  filters: Filters;
  asOf: string | null;
}
