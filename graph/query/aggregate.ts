// Per-bucket aggregates of relations: a count and the strongest strength·confidence (no saturating product), never netting cooperative against hostile.
import type { Relation } from '../model/schema.js';
import { KIND_GROUPS, RELATION_KINDS, type KindGroup } from '../model/vocabulary.js';
import { relationWeight } from '../profile/distinct-facts.js';
import type { Aggregates } from './results.js';

/**
 * Running tally of one bucket: how many relations and the strongest weight among them. The score is a maximum,
 * not 1 − Π(1 − s·c), which saturates with the number of relations: it measured how finely a text was split.
 */
export interface BucketTally {
  count: number;
  strongest: number;
}

/** Running tallies for every bucket. */
export type AggregateTally = Record<KindGroup, BucketTally>;

export { relationWeight };

/** The bucket a relation counts in: `structural` for structural kinds, else its valence. */
export function bucketOf(relation: Relation): KindGroup {
  return RELATION_KINDS[relation.kind].group === 'structural' ? 'structural' : relation.valence;
}

/** A tally with nothing in it. */
export function emptyTally(): AggregateTally {
  const tally = {} as AggregateTally;
  for (const bucket of KIND_GROUPS) tally[bucket] = { count: 0, strongest: 0 };
  return tally;
}

/** Adds one relation to its bucket. */
export function addToTally(tally: AggregateTally, relation: Relation): void {
  const bucket = tally[bucketOf(relation)];
  bucket.count += 1;
  bucket.strongest = Math.max(bucket.strongest, relationWeight(relation));
}

/** The aggregates a tally stands for. */
export function finishTally(tally: AggregateTally): Aggregates {
  const aggregates = {} as Aggregates;
  for (const bucket of KIND_GROUPS) {
    const { count, strongest } = tally[bucket];
    aggregates[bucket] = { count, score: strongest };
  }
  return aggregates;
}

/** The strongest valence score of a tally (structural left out): how intense the tie is on its strongest side. */
export function strongestScore(tally: AggregateTally): number {
  return Math.max(tally.cooperative.strongest, tally.hostile.strongest, tally.mixed.strongest, tally.neutral.strongest);
}
