// Shapes of /api/datasets and /api/subgraph as the client reads them, and the subgraph question it asks.
import type { GraphView } from '../../graph/query/graph-view.js';
import type { Filters } from '../state/types.js';

/** One served dataset as GET /api/datasets lists it. */
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

/** What GET /api/subgraph says about its answer. */
export interface SubgraphMeta {
  mode: 'overview' | 'focus';
  actors: number;
  relations: number;
  totalActors: number;
  totalRelations: number;
  truncated: boolean;
  layout: 'ready' | 'computing' | 'none';
}

/** GET /api/subgraph: a GraphView with the server's cached positions (empty until its layout is ready). */
export type Subgraph = GraphView & { positions: Record<string, { x: number; y: number }>; meta: SubgraphMeta };

/** A subgraph question: the overview (no focus) or the neighbourhoods of some actors, under the view's filters. */
export interface SubgraphQuery {
  focus?: readonly string[];
  depth?: number;
  limit: number;
  filters: Filters;
  asOf: string | null;
}
