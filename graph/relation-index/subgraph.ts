// Subgraphs of a large graph for the explorer: the strongest actors (overview), or focus actors and their neighbourhood, with the relations among them.
import { Type, type Static } from 'typebox';
import { BudgetError, NotFoundError, QueryError } from '../errors.js';
import { buildRelationIndex, isLive, type RelationIndex } from './relation-index.js';
import type { ActorGraph } from '../model/actor-graph.js';
import { Traversal } from './traversal.js';
import type { RelationFilter } from '../shared/filter.js';
import { GraphView } from '../query/graph-view.js';
import { closeActorIds } from '../query/require-actor.js';
import { byWeightDescending } from './by-weight.js';
import { chooseRelations, rankByStrength, subgraphView, type StrengthRanking } from './subgraph-parts.js';
import {
  SUBGRAPH_DEFAULT_LIMIT,
  SUBGRAPH_MAX_DEPTH,
  SUBGRAPH_MAX_FOCUS,
  SUBGRAPH_MAX_LIMIT,
  SUBGRAPH_RELATIONS_PER_ACTOR,
  SUBGRAPH_RELATIONS_PER_PAIR,
} from './subgraph-limits.js';

export type { StrengthRanking } from './subgraph-parts.js';

/** graph-view's serialisation of a subgraph, plus whether anything was left out and the whole graph's totals. */
export const SubgraphView = Type.Object(
  {
    ...GraphView.properties,
    truncated: Type.Boolean({
      description: 'true if actors or relations passing the filter were left out by the limits',
    }),
    totalActors: Type.Integer({ minimum: 0, description: 'actors in the whole graph' }),
    totalRelations: Type.Integer({ minimum: 0, description: 'relations in the whole graph that pass the filter' }),
  },
  { description: "a subgraph in graphology's serialisation (load it with Graph.from()), with its totals" },
);
export type SubgraphView = Static<typeof SubgraphView>;

/** What both kinds of subgraph take. */
export interface SubgraphOptions {
  /** Most actors returned (1..5000, default 2000). */
  limit?: number;
  filter?: RelationFilter;
  /** Most relations returned (default 10 per allowed actor). */
  maxRelations?: number;
}

/** A focus subgraph's options: the actors to centre on and how far to reach. */
export interface FocusOptions extends SubgraphOptions {
  focus: string[];
  /** Hops from the focus actors (0..4, default 1); 0 gives the focus actors and the relations among them. */
  depth?: number;
}

/**
 * The `limit` actors with the greatest filtered strength (ties by id) and the filtered relations among them.
 * Accepts the graph or its relation index: the ranking reads every relation, which typed arrays make ~60× cheaper
 * than graphology's objects. `ranking` (from rankByStrength with the same filter) saves that pass when memoised.
 */
export function overviewSubgraph(
  source: ActorGraph | RelationIndex,
  options: SubgraphOptions = {},
  ranking?: StrengthRanking,
): SubgraphView {
  const index = asIndex(source);
  const { limit, maxRelations, passes } = prepare(index, options);
  const ranked = ranking ?? rankByStrength(index, passes);
  const nodes = ranked.order.subarray(0, Math.min(limit, ranked.order.length));
  const inSet = new Uint8Array(index.nodeCount);
  for (const v of nodes) inSet[v] = 1;
  const chosen = chooseRelations(index, passes, nodes, inSet, maxRelations, SUBGRAPH_RELATIONS_PER_PAIR);
  return subgraphView(index, nodes, chosen, nodes.length < ranked.order.length, ranked.passing);
}

/**
 * The focus actors and the actors within `depth` hops of them along filtered relations, nearest first; within a
 * hop, the actors joined by the strongest tie come first, so when `limit` cuts a hop the strongest ties stay.
 * Returns every filtered relation among the actors kept (within the relation caps). Unknown focus ids throw
 * NotFoundError naming `focus[i]`.
 */
export function focusSubgraph(
  source: ActorGraph | RelationIndex,
  options: FocusOptions,
  ranking?: StrengthRanking,
): SubgraphView {
  const index = asIndex(source);
  const focus = focusNodes(index, options.focus);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0)
    throw new QueryError('depth', `expected a whole number from 0 to ${SUBGRAPH_MAX_DEPTH}, got ${depth}`);
  if (depth > SUBGRAPH_MAX_DEPTH) throw new BudgetError('depth', `at most ${SUBGRAPH_MAX_DEPTH}, got ${depth}`);
  const { limit, maxRelations, passes } = prepare(index, options);
  if (focus.length > limit) throw new QueryError('limit', `${limit} is fewer than the ${focus.length} focus actors`);
  const inSet = new Uint8Array(index.nodeCount);
  const nodes: number[] = [];
  for (const v of focus) {
    inSet[v] = 1;
    nodes.push(v);
  }
  let truncated = false;
  let frontier = focus;
  const tie = new Float64Array(index.nodeCount).fill(-1);
  for (let hop = 1; hop <= depth && frontier.length > 0 && !truncated; hop++) {
    const { reached, more } = strongestTies(index, passes, frontier, inSet, tie, limit - nodes.length);
    truncated = more;
    for (const v of reached) {
      inSet[v] = 1;
      nodes.push(v);
    }
    frontier = reached;
  }
  const chosen = chooseRelations(index, passes, nodes, inSet, maxRelations, SUBGRAPH_RELATIONS_PER_PAIR);
  const passing = ranking?.passing ?? countPassing(index, passes);
  return subgraphView(index, nodes, chosen, truncated, passing);
}

/** Every actor ranked by filtered strength (the overview's order), to memoise per dataset and filter. */
export function rankActors(source: ActorGraph | RelationIndex, filter: RelationFilter = {}): StrengthRanking {
  const index = asIndex(source);
  return rankByStrength(index, compileIndexFilter(index, filter));
}

/**
 * The actors not yet in the set that a filtered relation joins to the frontier, by their strongest such tie, then
 * id: at most `room` of them, and whether more were left out. `tie` (−1 everywhere) is scratch, left as found.
 */
function strongestTies(
  index: RelationIndex,
  passes: Traversal,
  frontier: number[],
  inSet: Uint8Array,
  tie: Float64Array,
  room: number,
): { reached: number[]; more: boolean } {
  const candidates: number[] = [];
  for (const u of frontier) {
    for (let slot = index.slotStart[u]!; slot < index.slotEnd[u]!; slot++) {
      const v = index.neighbour[slot]!;
      if (inSet[v] === 1) continue;
      const weight = passes.weight(index.slotRelation[slot]!);
      if (weight < 0 || weight <= tie[v]!) continue;
      if (tie[v] === -1) candidates.push(v);
      tie[v] = weight;
    }
  }
  const reached: number[] = [];
  if (room > 0) {
    for (const v of byWeightDescending(candidates, tie, index.nodeIds)) {
      reached.push(v);
      if (reached.length >= room) break;
    }
  }
  for (const v of candidates) tie[v] = -1;
  return { reached, more: candidates.length > reached.length };
}

/** The focus ids as node ints, duplicates dropped; NotFoundError names `focus[i]` with close matches. */
function focusNodes(index: RelationIndex, focus: string[]): number[] {
  if (!Array.isArray(focus) || focus.length === 0) throw new QueryError('focus', 'expected at least one actor id');
  if (focus.length > SUBGRAPH_MAX_FOCUS)
    throw new BudgetError('focus', `at most ${SUBGRAPH_MAX_FOCUS} actors, got ${focus.length}`);
  const nodes = focus.map((id, i) => {
    const v = typeof id === 'string' ? index.nodeIndex.get(id) : undefined;
    if (v === undefined)
      throw new NotFoundError('actor', String(id), closeActorIds(index.graph, String(id)), `focus[${i}]`);
    return v;
  });
  return [...new Set(nodes)];
}

/** Checks the shared options and compiles the filter (QueryError naming its field when impossible). */
function prepare(
  index: RelationIndex,
  options: SubgraphOptions,
): { limit: number; maxRelations: number; passes: Traversal } {
  const limit = options.limit ?? SUBGRAPH_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1)
    throw new QueryError('limit', `expected a whole number from 1 to ${SUBGRAPH_MAX_LIMIT}, got ${limit}`);
  if (limit > SUBGRAPH_MAX_LIMIT) throw new BudgetError('limit', `at most ${SUBGRAPH_MAX_LIMIT} actors, got ${limit}`);
  const cap = limit * SUBGRAPH_RELATIONS_PER_ACTOR;
  const maxRelations = options.maxRelations ?? cap;
  if (!Number.isInteger(maxRelations) || maxRelations < 0)
    throw new QueryError('maxRelations', `expected a whole number, got ${maxRelations}`);
  if (maxRelations > cap)
    throw new BudgetError(
      'maxRelations',
      `at most ${SUBGRAPH_RELATIONS_PER_ACTOR} per actor allowed (${cap}), got ${maxRelations}`,
    );
  return { limit, maxRelations, passes: compileIndexFilter(index, options.filter ?? {}) };
}

/** The path engine's compiled filter: it reads the index's typed arrays (dates parsed once); 'shortest' keeps zero-strength relations. */
function compileIndexFilter(index: RelationIndex, filter: RelationFilter): Traversal {
  return new Traversal(index, 'shortest', false, 'strength', filter);
}

function countPassing(index: RelationIndex, passes: Traversal): number {
  let passing = 0;
  for (let r = 0; r < index.relationCount; r++) if (isLive(index, r) && passes.weight(r) >= 0) passing++;
  return passing;
}

function asIndex(source: ActorGraph | RelationIndex): RelationIndex {
  return 'slotStart' in source && 'nodeIndex' in source ? source : buildRelationIndex(source as ActorGraph);
}
