// Per-bucket aggregates of relations: a count and 1 − Π(1 − strength·confidence), never netting cooperative against hostile.
import type { Relation } from '../model/schema.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import { AGGREGATE_BUCKETS, type AggregateBucket, type Aggregates } from './results.js';

/** Running tally of one bucket: how many relations and the product Π(1 − s·c) still "missing" from the score. */
export interface BucketTally {
  count: number;
  remaining: number;
}

/** Running tallies for every bucket. */
export type AggregateTally = Record<AggregateBucket, BucketTally>;

/** How much one relation weighs in an aggregate: its strength discounted by the source's confidence. */
export function relationWeight(relation: Relation): number {
  return relation.strength * relation.confidence;
}

/** The bucket a relation counts in: `structural` for structural kinds, else its valence. */
export function bucketOf(relation: Relation): AggregateBucket {
  return RELATION_KINDS[relation.kind].group === 'structural' ? 'structural' : relation.valence;
}

/** A tally with nothing in it. */
export function emptyTally(): AggregateTally {
  const tally = {} as AggregateTally;
  for (const bucket of AGGREGATE_BUCKETS) tally[bucket] = { count: 0, remaining: 1 };
  return tally;
}

/** Adds one relation to its bucket. */
export function addToTally(tally: AggregateTally, relation: Relation): void {
  const bucket = tally[bucketOf(relation)];
  bucket.count += 1;
  bucket.remaining *= 1 - relationWeight(relation);
}

/** The aggregates a tally stands for. */
export function finishTally(tally: AggregateTally): Aggregates {
  const aggregates = {} as Aggregates;
  for (const bucket of AGGREGATE_BUCKETS) {
    const { count, remaining } = tally[bucket];
    aggregates[bucket] = { count, score: 1 - remaining };
  }
  return aggregates;
}

/** The strongest valence score of a tally (structural left out): how intense the tie is on its strongest side. */
export function strongestScore(tally: AggregateTally): number {
  return 1 - Math.min(tally.cooperative.remaining, tally.hostile.remaining, tally.mixed.remaining, tally.neutral.remaining);
}
