// Neighbourhoods through the relation index in three steps: check and resolve (main thread), search the typed arrays (any thread), materialise records (main thread).
import type { RelationIndex } from './relation-index.js';
import { checkNeighbourhoodOptions, type NeighbourhoodOptions } from '../query/neighbourhood.js';
import { searchNeighbourhood, type FoundNeighbourhood, type PreparedNeighbourhood } from './neighbourhood-search.js';
import { requireActor } from '../query/require-actor.js';
import type { NeighbourhoodResult } from '../query/results.js';

/** Checks a neighbourhood query as `neighbourhood(graph, …)` does (same errors, same fields) and resolves its centre to a node int. */
export function prepareNeighbourhood(
  index: RelationIndex,
  id: string,
  options: NeighbourhoodOptions = {},
): PreparedNeighbourhood {
  requireActor(index.graph, id, 'id');
  const { depth, direction, limit, filter } = checkNeighbourhoodOptions(options);
  return { center: index.nodeIndex.get(id)!, depth, direction, limit, filter };
}

/** The result shape of `neighbourhood(graph, …)` from a search's ints (records shared with the graph, not copied). */
export function materialiseNeighbourhood(
  index: RelationIndex,
  prepared: PreparedNeighbourhood,
  found: FoundNeighbourhood,
): NeighbourhoodResult {
  const result: NeighbourhoodResult = {
    center: index.nodeIds[prepared.center]!,
    depth: prepared.depth,
    direction: prepared.direction,
    actors: found.nodes.map((v, i) => ({ actor: index.actors[v]!, hops: found.hops[i]! })),
    relations: found.relations.map((r) => index.relations[r]!),
    truncated: found.truncated,
  };
  if (prepared.filter.asOf !== undefined) result.asOf = prepared.filter.asOf;
  return result;
}

/** The neighbourhood of `id` computed on the index in one call (what the server answers, inline or from a worker). */
export function neighbourhoodOnIndex(
  index: RelationIndex,
  id: string,
  options: NeighbourhoodOptions = {},
): NeighbourhoodResult {
  const prepared = prepareNeighbourhood(index, id, options);
  return materialiseNeighbourhood(index, prepared, searchNeighbourhood(index, prepared));
}
