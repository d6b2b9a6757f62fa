// The explorer's state: what is on screen (focus, filters, as-of date, open panel, queries) and what the API answered.
import { PATH_LIMITS, type PathMode } from '../../graph/relation-index/path-query.js';
import { SUBGRAPH_MAX_FOCUS } from '../../graph/relation-index/subgraph-limits.js';
import { VALENCES, type RelationKind, type Valence } from '../../graph/model/vocabulary.js';
import type { Relation } from '../../graph/model/schema.js';
import type { ActorSummary, CompareActorsResult, ComparePairsResult, TieCard } from '../../graph/query/results.js';
import type { PathResult } from '../../graph/relation-index/path-query.js';
import type { ReaderState } from './reader-state.js';

export { PATH_MODES, type PathMode } from '../../graph/relation-index/path-query.js';

/** Side panels; at most one is open. */
export const PANELS = ['actor', 'tie', 'path', 'compare', 'reader', 'about'] as const;
export type PanelId = (typeof PANELS)[number];

/** Two actor ids; a tie card or a compared pair. */
export type Pair = readonly [string, string];

/** What the view shows: relation kinds switched off, valences shown, thresholds, structural ties. */
export interface Filters {
  hiddenKinds: readonly RelationKind[];
  valences: readonly Valence[];
  minStrength: number;
  minConfidence: number;
  showStructural: boolean;
  /** With an as-of year: only ties that carry a date of their own (undated ones otherwise count from their actors' birth). */
  datedOnly: boolean;
}

/** The view's filters on first load: everything but the structural kinds (based in, part of, ...). */
export const DEFAULT_FILTERS: Filters = Object.freeze({
  hiddenKinds: [],
  valences: [...VALENCES],
  minStrength: 0,
  minConfidence: 0,
  showStructural: false,
  datedOnly: false,
});

/** What a dataset id may look like in a URL (the server checks that it names a dataset it serves). */
export const DATASET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Most expanded actors a URL keeps: the server's focus limit. */
export const MAX_EXPANDED: number = SUBGRAPH_MAX_FOCUS;

/** A path question as the path form asks it; empty constraint lists mean "any". */
export interface PathQueryState {
  from: string;
  to: string;
  mode: PathMode;
  k: number;
  kinds: readonly RelationKind[];
  valence: readonly Valence[];
}

/** Highest k the form offers. */
export const MAX_K: number = PATH_LIMITS.maxK;

/** A comparison: tie cards of two or more pairs, or profiles of two or more actors. */
export type CompareQuery = { pairs: readonly Pair[] } | { actors: readonly string[] };

/** An API answer in flight or landed, tagged with the query key it answers so late answers are dropped. */
export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | { status: 'ok'; key: string; data: T }
  | { status: 'error'; key: string; message: string };

/** The time scope every query shares: the as-of year and whether undated ties count. */
export interface TimeScope {
  asOf: string | null;
  datedOnly: boolean;
}

/** The time scope of a state. */
export function timeScope(state: Pick<ExplorerState, 'asOf' | 'filters'>): TimeScope {
  return { asOf: state.asOf, datedOnly: state.filters.datedOnly };
}

/** What the API answered for the open panels. */
export interface Results {
  actor: Remote<{ summary: ActorSummary; relations: Relation[] }>;
  tie: Remote<TieCard>;
  paths: Remote<PathResult>;
  compare: Remote<ComparePairsResult | CompareActorsResult>;
}

/** The whole state of the explorer. */
export interface ExplorerState {
  /** The dataset shown (`?dataset=`); null is the server's default dataset. */
  dataset: string | null;
  focus: string | null;
  /** Large mode: actors whose neighbours are loaded into the drawing (`?expand=`), in the order they were expanded. */
  expanded: readonly string[];
  hovered: string | null;
  tie: Pair | null;
  /** The relation the tie card opens at (the edge clicked on the canvas); null opens it at the top. */
  tieRelation: string | null;
  filters: Filters;
  /** As-of year ("2012"); null shows every date. */
  asOf: string | null;
  path: PathQueryState | null;
  /** Index of the path alternative drawn on the canvas. */
  chosenPath: number;
  compare: CompareQuery | null;
  /** Roll-up (`?rollup=state`): tie cards and compared pairs count firms' and bodies' acts towards their state. */
  rollup: boolean;
  /** The source reader (issue 8): the open source and the marked passage. */
  reader: ReaderState | null;
  /** Time travel (`?revision=`): the revision of the record shown; null is now. Not the as-of year (when ties held). */
  revision: number | null;
  panel: PanelId | null;
  results: Results;
}

/** Results before anything was asked. */
export const IDLE_RESULTS: Results = Object.freeze({
  actor: { status: 'idle' as const },
  tie: { status: 'idle' as const },
  paths: { status: 'idle' as const },
  compare: { status: 'idle' as const },
});

/** The state of a fresh page without query string. */
export const INITIAL_STATE: ExplorerState = Object.freeze({
  dataset: null,
  focus: null,
  expanded: [],
  hovered: null,
  tie: null,
  tieRelation: null,
  filters: DEFAULT_FILTERS,
  asOf: null,
  path: null,
  chosenPath: 0,
  compare: null,
  rollup: false,
  reader: null,
  revision: null,
  panel: null,
  results: IDLE_RESULTS,
});
