// Looking an actor up by id, with close matches when the id is unknown (for 404s that help).
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor } from '../model/schema.js';
import { NotFoundError } from '../errors.js';
import { closeActorIds } from './close-matches.js';

export { closeActorIds, editDistance } from './close-matches.js';

/** The actor with this id; throws NotFoundError naming the id, the query field and up to three close matches. */
export function requireActor(graph: ActorGraph, id: string, field?: string): Actor {
  if (graph.hasNode(id)) return graph.getNodeAttributes(id);
  throw new NotFoundError('actor', id, closeActorIds(graph, id), field);
}
