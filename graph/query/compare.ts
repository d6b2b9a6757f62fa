// Comparison: tie cards of several pairs side by side, and actor profiles side by side with their common and exclusive partners.
import type { ActorGraph } from '../model/actor-graph.js';
import { QueryError } from '../errors.js';
import { compileFilter, type RelationFilter } from '../shared/filter.js';
import { requireActor } from './require-actor.js';
import { buildTieCard, requirePair } from './tie-card.js';
import { actorProfile } from './profile.js';
import type { CompareActorsResult, ComparePairsResult } from './results.js';
import { alignKinds, comparisonRows } from '../profile/align-rows.js';
import { comparisonReading } from '../profile/reading.js';
import type { Rollup } from './rollup.js';

/** How many pairs or actors a comparison takes. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** Tie cards of 2..6 pairs under one filter, in the order given, with the same profile rows on every side. */
export function comparePairs(
  graph: ActorGraph,
  pairs: [string, string][],
  filter: RelationFilter = {},
  rollup: Rollup = 'none',
): ComparePairsResult {
  checkCount('pairs', pairs.length);
  const seen = new Set<string>();
  const actors = pairs.map(([a, b], i) => {
    const pair = requirePair(graph, a, b, `pairs[${i}][0]`, `pairs[${i}][1]`);
    const key = [a, b].sort().join('\u0000');
    if (seen.has(key)) throw new QueryError(`pairs[${i}]`, `the pair ${a}–${b} is already compared`);
    seen.add(key);
    return pair;
  });
  const predicate = compileFilter(filter);
  const cards = actors.map(([a, b]) => buildTieCard(graph, a, b, predicate, filter.asOf, rollup));
  const rows = comparisonRows(cards.map((card) => card.profile));
  return {
    pairs: cards.map((card) => ({ ...card, profile: alignKinds(card.profile, rows.kinds) })),
    rows,
    reading: comparisonReading(cards.map((card) => card.reading)),
  };
}

/**
 * Profiles of 2..6 actors under one filter. A partner is any actor joined by a relation that passes the
 * filter, whatever its valence; the compared actors are left out of `commonPartners` and `partnersOnlyOf`,
 * since "Iran is a partner only of Israel" says nothing when Iran is one of the actors compared.
 */
export function compareActors(graph: ActorGraph, ids: string[], filter: RelationFilter = {}): CompareActorsResult {
  checkCount('ids', ids.length);
  ids.forEach((id, i) => requireActor(graph, id, `ids[${i}]`));
  const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (duplicate >= 0) throw new QueryError(`ids[${duplicate}]`, `"${ids[duplicate]}" is already compared`);
  const predicate = compileFilter(filter);
  const results = ids.map((id) => actorProfile(graph, id, predicate));
  const rows = comparisonRows(results.map(({ profile }) => profile.profile));
  const profiles = results.map(({ profile }) => ({ ...profile, profile: alignKinds(profile.profile, rows.kinds) }));
  const compared = new Set(ids);
  const partnerSets = results.map(({ partnerIds }) => new Set(partnerIds.filter((id) => !compared.has(id))));
  const commonPartners = [...partnerSets[0]!].filter((id) => partnerSets.every((set) => set.has(id))).sort();
  const partnersOnlyOf: Record<string, string[]> = {};
  ids.forEach((id, i) => {
    const others = partnerSets.filter((_, j) => j !== i);
    partnersOnlyOf[id] = [...partnerSets[i]!].filter((partner) => !others.some((set) => set.has(partner))).sort();
  });
  return {
    profiles,
    rows,
    reading: comparisonReading(profiles.map((profile) => profile.reading)),
    commonPartners,
    partnersOnlyOf,
  };
}

function checkCount(field: string, count: number): void {
  if (count < COMPARE_MIN || count > COMPARE_MAX) {
    throw new QueryError(field, `compare ${COMPARE_MIN} to ${COMPARE_MAX} at a time, got ${count}`);
  }
}
