// Shapes of /api/datasets and /api/subgraph as the client reads them, and the subgraph question it asks.
import type { SubgraphMeta as SubgraphResponseMeta, SubgraphResponse } from '../../server/routes/subgraph.js';
import type { Filters } from '../state/types.js';

/** One served dataset as GET /api/datasets lists it, and the list (the server's schemas). */
export type { DatasetInfo, DatasetList } from '../../server/routes/datasets.js';

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
