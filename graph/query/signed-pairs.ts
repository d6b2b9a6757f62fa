// Signed pairs for balance: each pair of actors with cooperative ties only (+), hostile only (−), or both (ambivalent).
import type { ActorGraph } from '../model/actor-graph.js';
import type { Relation } from '../model/schema.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import type { RelationPredicate } from '../shared/filter.js';
import { rolledUpMembers, type Rollup } from './rollup.js';
import { relationWeight } from '../profile/distinct-facts.js';

/** The sign of a pair; `ambivalent` pairs (cooperative and hostile ties at once) are left out of triads, never netted. */
export type PairSign = '+' | '-' | 'ambivalent';

/** A signed pair with the strongest relation behind its sign (and, rolled up, the actor it came through). */
export interface SignedPair {
  a: string;
  b: string;
  sign: PairSign;
  strongest: Relation;
  via?: string;
}

/** The key of an unordered pair. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/**
 * Every pair joined by a cooperative or hostile relation that passes the filter (mixed, neutral and structural
 * relations carry no sign). With `rollup: 'state'` a firm's or body's relations count for its state.
 */
export function signedPairs(graph: ActorGraph, predicate: RelationPredicate, rollup: Rollup): Map<string, SignedPair> {
  const owner = new Map<string, string>();
  if (rollup === 'state') {
    graph.forEachNode((id, actor) => {
      if (actor.kind === 'state')
        for (const member of rolledUpMembers(graph, id, rollup)) if (member !== id) owner.set(member, id);
    });
  }
  const tallies = new Map<string, { a: string; b: string; plus?: [Relation, string?]; minus?: [Relation, string?] }>();
  graph.forEachEdge((_key, relation, source, target, sourceActor, targetActor) => {
    if (RELATION_KINDS[relation.kind].domain === 'structural') return;
    if (relation.valence !== 'cooperative' && relation.valence !== 'hostile') return;
    if (!predicate(relation, sourceActor, targetActor)) return;
    const a = owner.get(source) ?? source;
    const b = owner.get(target) ?? target;
    if (a === b) return;
    const via = [source, target].filter((id) => owner.has(id)).join(', ') || undefined;
    const key = pairKey(a, b);
    const tally = tallies.get(key) ?? { a: a < b ? a : b, b: a < b ? b : a };
    const side = relation.valence === 'cooperative' ? 'plus' : 'minus';
    const held = tally[side];
    if (!held || relationWeight(relation) > relationWeight(held[0])) tally[side] = [relation, via];
    tallies.set(key, tally);
  });
  const pairs = new Map<string, SignedPair>();
  for (const [key, { a, b, plus, minus }] of tallies) {
    const [strongest, via] =
      plus && minus ? (relationWeight(plus[0]) >= relationWeight(minus[0]) ? plus : minus) : (plus ?? minus)!;
    const pair: SignedPair = { a, b, sign: plus && minus ? 'ambivalent' : plus ? '+' : '-', strongest };
    if (via) pair.via = via;
    pairs.set(key, pair);
  }
  return pairs;
}
