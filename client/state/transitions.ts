// Named actions on the explorer's state: pure functions from one state to the next (no DOM, no fetch).
import { RELATION_KINDS, type RelationKind, type Valence } from '../../graph/model/vocabulary.js';
import {
  DEFAULT_FILTERS,
  IDLE_RESULTS,
  MAX_EXPANDED,
  MAX_K,
  type CompareQuery,
  type ExplorerState,
  type Filters,
  type PanelId,
  type Pair,
  type PathQueryState,
  type Remote,
  type Results,
} from './types.js';

/** Focuses an actor and opens its panel; null clears the focus (and closes the actor panel). */
export function focusActor(state: ExplorerState, id: string | null): ExplorerState {
  if (id === null) return { ...state, focus: null, panel: state.panel === 'actor' ? null : state.panel };
  return { ...state, focus: id, panel: 'actor' };
}

/** Large mode: records that an actor's neighbours are loaded (once; the oldest is dropped past MAX_EXPANDED). */
export function expandActor(state: ExplorerState, id: string): ExplorerState {
  if (!id || state.expanded.includes(id)) return state;
  return { ...state, expanded: [...state.expanded, id].slice(-MAX_EXPANDED) };
}

/** Large mode: forgets an expansion (its actor could not be loaded). */
export function forgetExpansion(state: ExplorerState, id: string): ExplorerState {
  return state.expanded.includes(id) ? { ...state, expanded: state.expanded.filter((other) => other !== id) } : state;
}

/** Marks the actor under the pointer (null when it leaves). */
export function hoverActor(state: ExplorerState, id: string | null): ExplorerState {
  return state.hovered === id ? state : { ...state, hovered: id };
}

/** Opens the tie card of a pair, at one of its relations if given; a pair of one actor with itself is refused. */
export function openTie(state: ExplorerState, a: string, b: string, relation: string | null = null): ExplorerState {
  if (!a || !b || a === b) return state;
  return { ...state, tie: [a, b], tieRelation: relation, panel: 'tie' };
}

/** Merges filter changes, clamping thresholds to 0..1. */
export function setFilters(state: ExplorerState, change: Partial<Filters>): ExplorerState {
  const filters = { ...state.filters, ...change };
  filters.minStrength = clamp01(filters.minStrength);
  filters.minConfidence = clamp01(filters.minConfidence);
  return { ...state, filters };
}

/** Switches one relation kind on or off in the view. */
export function toggleKind(state: ExplorerState, kind: RelationKind, shown: boolean): ExplorerState {
  const hidden = new Set(state.filters.hiddenKinds);
  if (shown) hidden.delete(kind);
  else hidden.add(kind);
  return setFilters(state, { hiddenKinds: sortKinds([...hidden]) });
}

/** Shows or hides one valence. */
export function toggleValence(state: ExplorerState, valence: Valence, shown: boolean): ExplorerState {
  const shownSet = new Set(state.filters.valences);
  if (shown) shownSet.add(valence);
  else shownSet.delete(valence);
  return setFilters(state, { valences: DEFAULT_FILTERS.valences.filter((v) => shownSet.has(v)) });
}

/** Puts the filters back to their defaults. */
export function resetFilters(state: ExplorerState): ExplorerState {
  return { ...state, filters: DEFAULT_FILTERS };
}

/** Sets the as-of year ("1991"), or null for every date; anything else is ignored. */
export function setAsOf(state: ExplorerState, year: string | null): ExplorerState {
  if (year !== null && !/^\d{4}$/.test(year)) return state;
  return { ...state, asOf: year };
}

/** Turns roll-up on or off for tie cards and compared pairs. */
export function setRollup(state: ExplorerState, on: boolean): ExplorerState {
  return state.rollup === on ? state : { ...state, rollup: on };
}

/** Asks a path question and opens the path panel on its first alternative. */
export function askPath(state: ExplorerState, query: PathQueryState): ExplorerState {
  const k = Math.min(MAX_K, Math.max(1, Math.round(query.k) || 1));
  return { ...state, path: { ...query, k }, chosenPath: 0, panel: 'path' };
}

/** Steps to another path alternative, wrapping around the number of paths found. */
export function choosePath(state: ExplorerState, index: number, count: number): ExplorerState {
  if (count <= 0 || !Number.isFinite(index)) return state;
  return { ...state, chosenPath: ((Math.trunc(index) % count) + count) % count };
}

/** Opens a comparison; fewer than two pairs or actors is refused. */
export function setCompare(state: ExplorerState, query: CompareQuery): ExplorerState {
  const size = 'pairs' in query ? query.pairs.length : query.actors.length;
  if (size < 2) return state;
  return { ...state, compare: query, panel: 'compare' };
}

/** Opens a panel (the path and compare forms may open empty). */
export function openPanel(state: ExplorerState, panel: PanelId): ExplorerState {
  return { ...state, panel };
}

/** Closes the open panel and forgets its question, so the URL no longer carries it. */
export function closePanel(state: ExplorerState): ExplorerState {
  switch (state.panel) {
    case 'actor':
      return { ...state, panel: null, focus: null };
    case 'tie':
      return { ...state, panel: null, tie: null, tieRelation: null };
    case 'path':
      return {
        ...state,
        panel: null,
        path: null,
        chosenPath: 0,
        results: { ...state.results, paths: IDLE_RESULTS.paths },
      };
    case 'compare':
      return { ...state, panel: null, compare: null };
    case 'reader':
      return { ...state, panel: null, reader: null };
    default:
      return { ...state, panel: null };
  }
}

/** Records an API answer (or its start, or its failure) for one panel. */
export function setResult<K extends keyof Results>(state: ExplorerState, name: K, result: Results[K]): ExplorerState {
  const current: Remote<unknown> = state.results[name];
  // A late answer to an older question must not overwrite the answer to the current one.
  if (
    result.status !== 'loading' &&
    result.status !== 'idle' &&
    current.status !== 'idle' &&
    'key' in current &&
    current.key !== result.key
  ) {
    return state;
  }
  return { ...state, results: { ...state.results, [name]: result } };
}

/** The pair key "a:b" used in URLs and query keys. */
export function pairKey(pair: Pair): string {
  return `${pair[0]}:${pair[1]}`;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Kinds in vocabulary order, so equal filters have equal URLs. */
export function sortKinds(kinds: readonly RelationKind[]): RelationKind[] {
  const order = Object.keys(RELATION_KINDS);
  return [...new Set(kinds)].sort((x, y) => order.indexOf(x) - order.indexOf(y));
}
