// Looking an actor up by id, with close matches when the id is unknown (for 404s that help).
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor } from '../model/schema.js';
import { NotFoundError } from '../errors.js';

/** The actor with this id; throws NotFoundError naming the id, the query field and up to three close matches. */
export function requireActor(graph: ActorGraph, id: string, field?: string): Actor {
  if (graph.hasNode(id)) return graph.getNodeAttributes(id);
  throw new NotFoundError('actor', id, closeActorIds(graph, id), field);
}

/** Up to `limit` actor ids close to `text`: by edit distance to the id, or containing it in the id or a name. */
export function closeActorIds(graph: ActorGraph, text: string, limit = 3): string[] {
  const needle = text.toLowerCase().slice(0, 64);
  if (!needle) return [];
  const scored: Array<[number, string]> = [];
  graph.forEachNode((id, actor) => {
    const names = [id, actor.name.toLowerCase(), ...actor.aliases.map((alias) => alias.toLowerCase())];
    const contains = names.some((name) => name.includes(needle) || needle.includes(name));
    const distance = contains ? 0 : editDistance(needle, id, 3);
    if (distance <= 3) scored.push([distance, id]);
  });
  return scored.sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1])).slice(0, limit).map(([, id]) => id);
}

/**
 * Levenshtein distance, cut off at `max` (returns max + 1 beyond it). Hand-written because graphology has
 * none and the bounded form lets the scan over 100k ids stop early on hopeless candidates.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}
