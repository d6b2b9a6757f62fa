// Actor summary: an actor with its partners, strongest tie first (GET /api/actors/:id and the explorer's side panel).
import type { ActorGraph } from '../model/actor-graph.js';
import { QueryError } from '../errors.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';
import { requireActor } from './require-actor.js';
import { finishTally } from './aggregate.js';
import { collectActorTies, finishKindValences } from './actor-ties.js';
import type { ActorSummary } from './results.js';

/** Default and largest number of partners a summary lists; a hub may have tens of thousands. */
export const SUMMARY_PARTNER_LIMIT = 200;
export const SUMMARY_PARTNER_LIMIT_MAX = 5000;

/** Options of actorSummary beyond the relation filter. */
export interface SummaryOptions {
  /** Partners listed, strongest first (default 200, at most 5000); `degree.partners` gives the total. */
  limit?: number;
}

/** The actor with id `id` and its partners under the filter, strongest tie first. */
export function actorSummary(
  graph: ActorGraph,
  id: string,
  filter: RelationFilter = {},
  options: SummaryOptions = {},
): ActorSummary {
  const actor = requireActor(graph, id, 'id');
  const limit = options.limit ?? SUMMARY_PARTNER_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > SUMMARY_PARTNER_LIMIT_MAX) {
    throw new QueryError('limit', `expected an integer from 1 to ${SUMMARY_PARTNER_LIMIT_MAX}, got ${limit}`);
  }
  const ties = collectActorTies(graph, actor, compileFilter(filter));
  return {
    actor,
    degree: ties.degree,
    partners: ties.partners.slice(0, limit).map(({ partner, count, tally, kinds, score }) => ({
      partner,
      count,
      score,
      byKind: finishKindValences(kinds),
      aggregates: finishTally(tally),
    })),
    truncated: ties.partners.length > limit,
  };
}
