// Actor profile: an actor's ties by kind and valence, its aggregates and its partners, for side-by-side comparison.
import type { ActorGraph } from '../model/actor-graph.js';
import type { RelationPredicate } from '../shared/filter.js';
import { collectActorTies, finishKindValences, presentValences } from './actor-ties.js';
import type { ActorProfile } from './results.js';
import { buildProfile } from '../profile/build-profile.js';
import type { ProfiledRelation } from '../profile/distinct-facts.js';
import { readingOf } from '../profile/reading.js';

/** Partners a profile lists, strongest first; comparisons still use every partner. */
export const PROFILE_PARTNER_LIMIT = 200;

/** The profile of an actor the caller has already checked exists, under a compiled filter, with the ids of all its partners. */
export function actorProfile(
  graph: ActorGraph,
  id: string,
  predicate: RelationPredicate,
): { profile: ActorProfile; partnerIds: string[] } {
  const ties = collectActorTies(graph, graph.getNodeAttributes(id), predicate);
  const domains = buildProfile(actorRelations(graph, id, predicate));
  const profile: ActorProfile = {
    actor: ties.actor,
    degree: ties.degree,
    ties: finishKindValences(ties.kinds),
    profile: domains,
    reading: readingOf(ties.actor.name, domains),
    partners: ties.partners.slice(0, PROFILE_PARTNER_LIMIT).map(({ partner, count, tally, score }) => ({
      id: partner.id,
      name: partner.name,
      kind: partner.kind,
      valences: presentValences(tally),
      structural: tally.structural.count > 0,
      count,
      score,
    })),
    truncated: ties.partners.length > PROFILE_PARTNER_LIMIT,
  };
  return { profile, partnerIds: ties.partners.map(({ partner }) => partner.id) };
}

/** The actor's filtered relations as a profile sees them: `a` is the actor, the partner the other end. */
function actorRelations(graph: ActorGraph, id: string, predicate: RelationPredicate): ProfiledRelation[] {
  const relations: ProfiledRelation[] = [];
  graph.forEachEdge(id, (_key, relation, source, target, sourceActor, targetActor, undirected) => {
    if (!predicate(relation, sourceActor, targetActor)) return;
    const outgoing = source === id;
    relations.push({
      relation,
      direction: undirected ? 'undirected' : outgoing ? 'a-to-b' : 'b-to-a',
      partner: outgoing ? target : source,
    });
  });
  return relations;
}
