// Actor profile: an actor's ties by kind and valence, its aggregates and its partners, for side-by-side comparison.
import type { ActorGraph } from '../model/actor-graph.js';
import type { RelationPredicate } from './filter.js';
import { finishTally } from './aggregate.js';
import { collectActorTies, finishKindValences, presentValences } from './actor-ties.js';
import type { ActorProfile } from './results.js';

/** The profile of an actor the caller has already checked exists, under a compiled filter. */
export function actorProfile(graph: ActorGraph, id: string, predicate: RelationPredicate): ActorProfile {
  const ties = collectActorTies(graph, graph.getNodeAttributes(id), predicate);
  return {
    actor: ties.actor,
    degree: ties.degree,
    ties: finishKindValences(ties.kinds),
    aggregates: finishTally(ties.tally),
    partners: ties.partners.map(({ partner, count, tally, score }) => ({
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      valences: presentValences(tally),
      structural: tally.structural.count > 0,
      count,
      score,
    })),
  };
}
