// Distinct facts: relations of one kind, pair and direction whose quotes overlap are one fact, so splitting a relation adds nothing.
import type { Evidence, Relation } from '../model/schema.js';

/** A relation as a profile sees it: its direction relative to the profiled actor or pair, and the partner it joins. */
export interface ProfiledRelation {
  relation: Relation;
  direction: 'a-to-b' | 'b-to-a' | 'undirected';
  /** The other actor (for an actor's profile; a pair's profile has one partner). */
  partner: string;
  /** For roll-ups: the firm, ministry or agency the relation came through. */
  via?: string;
}

/** One fact: the relations that state it (copies or parts resting on overlapping quotes) and the strongest of them. */
export interface Fact {
  relations: ProfiledRelation[];
  strongest: ProfiledRelation;
}

/** strength × confidence: how much one relation weighs (an unsure or weak relation weighs less). */
export function relationWeight(relation: Relation): number {
  return relation.strength * relation.confidence;
}

/** True if two quotes share text: overlapping character spans when both are pinned, else one quote contains the other. */
export function quotesOverlap(x: Evidence, y: Evidence): boolean {
  if (x.source !== y.source) return false;
  if (x.start !== undefined && y.start !== undefined) {
    return x.start < y.start + y.quote.length && y.start < x.start + x.quote.length;
  }
  return x.quote.includes(y.quote) || y.quote.includes(x.quote);
}

/** True if two relations are one fact: same kind, same partner and direction, overlapping quotes. */
export function sameFact(x: ProfiledRelation, y: ProfiledRelation): boolean {
  return (
    x.relation.kind === y.relation.kind &&
    x.partner === y.partner &&
    x.direction === y.direction &&
    x.relation.evidence.some((ex) => y.relation.evidence.some((ey) => quotesOverlap(ex, ey)))
  );
}

/** Stronger first: weight, then strength, then id (so the choice is stable). */
export function byWeight(x: ProfiledRelation, y: ProfiledRelation): number {
  return (
    relationWeight(y.relation) - relationWeight(x.relation) ||
    y.relation.strength - x.relation.strength ||
    (x.relation.id < y.relation.id ? -1 : 1)
  );
}

/**
 * Groups relations into facts (the transitive closure of `sameFact`, by union–find), strongest fact first.
 * Only relations of one kind, partner and direction are compared, pairwise: a handful each even for a hub.
 */
export function distinctFacts(relations: readonly ProfiledRelation[]): Fact[] {
  const buckets = new Map<string, ProfiledRelation[]>();
  for (const entry of relations) {
    const key = `${entry.relation.kind}|${entry.partner}|${entry.direction}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(entry);
    else buckets.set(key, [entry]);
  }
  const facts: Fact[] = [];
  for (const bucket of buckets.values()) facts.push(...factsOfBucket(bucket));
  return facts.sort((x, y) => byWeight(x.strongest, y.strongest));
}

function factsOfBucket(bucket: ProfiledRelation[]): Fact[] {
  const parent = bucket.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < bucket.length; i += 1) {
    for (let j = i + 1; j < bucket.length; j += 1) {
      if (sameFact(bucket[i]!, bucket[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, ProfiledRelation[]>();
  bucket.forEach((entry, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(entry);
    else groups.set(root, [entry]);
  });
  return [...groups.values()].map((group) => {
    const sorted = group.sort(byWeight);
    return { relations: sorted, strongest: sorted[0]! };
  });
}
