// One typed function per API route the explorer calls; shapes come from the engine and server schemas (import type only).
import type { Relation } from '../../graph/model/schema.js';
import type { RelationList } from '../../graph/query/list-relations.js';
import type { ActorHit, ActorSearchResult } from '../../graph/query/search-actors.js';
import type { GraphView } from '../../graph/query/graph-view.js';
import type { ActorSummary, CompareActorsResult, ComparePairsResult, TieCard } from '../../graph/query/results.js';
import type { PathResult } from '../../graph/relation-index/path-query.js';
import type { BalanceResult } from '../../graph/query/balance-results.js';
import type { ChangesBetween } from '../../graph/query/changes-between.js';
import { RELATION_KIND_IDS, RELATION_KINDS, VALENCES } from '../../graph/model/vocabulary.js';
import type { Filters, Pair, PathQueryState, TimeScope } from '../state/types.js';
import type { DatasetInfo, DatasetList, Subgraph, SubgraphQuery } from './contracts.js';
import { getJson, type Params } from './http.js';

/** The query parameters of a time scope; datedOnly only means something with an as-of date. */
export function timeParams(time: TimeScope | undefined): Params {
  if (!time?.asOf) return {};
  return { asOf: time.asOf, datedOnly: time.datedOnly || undefined };
}

/** GET /api/graph: every actor and the relations as of a date (all of them without one). */
export function fetchGraph(time?: TimeScope, signal?: AbortSignal): Promise<GraphView> {
  return getJson<GraphView>('/api/graph', timeParams(time), signal);
}

/** GET /api/actors?q=: actors whose name or alias matches, best first. */
export async function searchActors(q: string, limit = 8, signal?: AbortSignal): Promise<ActorHit[]> {
  const answer = await getJson<ActorSearchResult>('/api/actors', { q, limit }, signal);
  return answer.items;
}

/** GET /api/actors/:id: the actor with its partners, strongest tie first. */
export function fetchActor(id: string, time?: TimeScope, signal?: AbortSignal): Promise<ActorSummary> {
  return getJson<ActorSummary>(`/api/actors/${encodeURIComponent(id)}`, timeParams(time), signal);
}

/** GET /api/relations?actor=: the actor's relations with their evidence. */
export async function fetchRelations(actor: string, time?: TimeScope, signal?: AbortSignal): Promise<Relation[]> {
  const answer = await getJson<RelationList>('/api/relations', { actor, ...timeParams(time), limit: 500 }, signal);
  return answer.items;
}

/** GET /api/ties?a=&b=: the tie card of a pair. */
export function fetchTie(pair: Pair, time?: TimeScope, signal?: AbortSignal, rollup = false): Promise<TieCard> {
  return getJson<TieCard>(
    '/api/ties',
    { a: pair[0], b: pair[1], ...timeParams(time), ...(rollup ? { rollup: 'state' } : {}) },
    signal,
  );
}

/** GET /api/compare?pairs=: tie cards side by side. */
export function comparePairs(
  pairs: readonly Pair[],
  time?: TimeScope,
  signal?: AbortSignal,
  rollup = false,
): Promise<ComparePairsResult> {
  return getJson<ComparePairsResult>(
    '/api/compare',
    { pairs: pairs.map(([a, b]) => `${a}:${b}`), ...timeParams(time), ...(rollup ? { rollup: 'state' } : {}) },
    signal,
  );
}

/** GET /api/balance: the unbalanced signed triads of the whole graph, as of the time scope, rolled up or not. */
export function fetchBalance(time?: TimeScope, rollup = false, signal?: AbortSignal): Promise<BalanceResult> {
  return getJson<BalanceResult>(
    '/api/balance',
    { ...timeParams(time), ...(rollup ? { rollup: 'state' } : {}) },
    signal,
  );
}

/** GET /api/changes?from=&to=: the ties that appeared, ended or changed strength between two dates. */
export function fetchChanges(from: string, to: string, signal?: AbortSignal): Promise<ChangesBetween> {
  return getJson<ChangesBetween>('/api/changes', { from, to }, signal);
}

/** GET /api/compare?actors=: actor profiles side by side. */
export function compareActors(
  actors: readonly string[],
  time?: TimeScope,
  signal?: AbortSignal,
): Promise<CompareActorsResult> {
  return getJson<CompareActorsResult>('/api/compare', { actors, ...timeParams(time) }, signal);
}

/** GET /api/paths: ranked paths between two actors under the form's constraints. */
export function fetchPaths(
  query: PathQueryState,
  time?: TimeScope,
  signal?: AbortSignal,
  rollup = false,
): Promise<PathResult> {
  return getJson<PathResult>(
    '/api/paths',
    {
      from: query.from,
      to: query.to,
      mode: query.mode,
      k: query.k,
      kinds: query.kinds,
      valence: query.valence,
      ...timeParams(time),
      ...(rollup ? { rollup: 'state' } : {}),
    },
    signal,
  );
}

/** GET /api/datasets: every dataset the server serves, the default marked (unscoped: it is about all of them). */
export async function fetchDatasets(signal?: AbortSignal): Promise<DatasetInfo[]> {
  const answer = await getJson<DatasetList>('/api/datasets', {}, signal, true);
  return answer.datasets;
}

/** The filter part of a subgraph query: what the canvas shows, as the server's filter parameters. */
export function filterParams(filters: Filters, asOf: string | null): Params {
  const hidden = new Set<string>(filters.hiddenKinds);
  const kinds = RELATION_KIND_IDS.filter(
    (kind) => !hidden.has(kind) && (filters.showStructural || RELATION_KINDS[kind].group !== 'structural'),
  );
  return {
    // Every kind shown: no kind filter. None shown sends none either (an empty list is no list); the canvas's own filter then hides every tie.
    kinds: kinds.length === RELATION_KIND_IDS.length ? undefined : kinds,
    valence: filters.valences.length === VALENCES.length ? undefined : filters.valences,
    minStrength: filters.minStrength > 0 ? filters.minStrength : undefined,
    minConfidence: filters.minConfidence > 0 ? filters.minConfidence : undefined,
    ...timeParams({ asOf, datedOnly: filters.datedOnly }),
  };
}

/** GET /api/subgraph: the overview (no focus) or the neighbourhoods of `focus`, with the server's positions when its layout is ready. */
export function fetchSubgraph(query: SubgraphQuery, signal?: AbortSignal): Promise<Subgraph> {
  return getJson<Subgraph>(
    '/api/subgraph',
    {
      focus: query.focus?.length ? query.focus : undefined,
      depth: query.focus?.length ? (query.depth ?? 1) : undefined,
      limit: query.limit,
      ...filterParams(query.filters, query.asOf),
    },
    signal,
  );
}
