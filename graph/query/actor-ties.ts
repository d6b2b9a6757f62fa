// An actor's filtered ties gathered once, per partner and per kind and valence: the shared core of profiles and summaries.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import { RELATION_KIND_IDS, VALENCES, type RelationKind, type Valence } from '../model/vocabulary.js';
import type { RelationPredicate } from '../shared/filter.js';
import { addToTally, emptyTally, relationWeight, strongestScore, type AggregateTally } from './aggregate.js';
import type { ActorDegree, KindValenceCount } from './results.js';

/** Running tally of the relations of one kind and valence. */
export interface KindValenceTally {
  kind: RelationKind;
  valence: Valence;
  count: number;
  maxStrength: number;
  strongest: number;
}

/** Everything the filtered relations with one partner add up to. */
export interface PartnerTies {
  partner: Actor;
  count: number;
  tally: AggregateTally;
  kinds: Map<string, KindValenceTally>;
  /** Strongest valence aggregate: how the partners are ranked. */
  score: number;
}

/** An actor's filtered ties: degree, overall tallies and partners, strongest tie first. */
export interface ActorTies {
  actor: Actor;
  degree: ActorDegree;
  tally: AggregateTally;
  kinds: Map<string, KindValenceTally>;
  partners: PartnerTies[];
}

/** Gathers the relations of `actor` that pass `predicate`, in one pass over its edges. */
export function collectActorTies(graph: ActorGraph, actor: Actor, predicate: RelationPredicate): ActorTies {
  const degree: ActorDegree = { total: 0, in: 0, out: 0, undirected: 0, partners: 0 };
  const tally = emptyTally();
  const kinds = new Map<string, KindValenceTally>();
  const partners = new Map<string, PartnerTies>();
  graph.forEachEdge(actor.id, (_key, relation, source, _target, sourceActor, targetActor, undirected) => {
    if (!predicate(relation, sourceActor, targetActor)) return;
    degree.total += 1;
    if (undirected) degree.undirected += 1;
    else if (source === actor.id) degree.out += 1;
    else degree.in += 1;
    addToTally(tally, relation);
    addKindValence(kinds, relation);
    const other = source === actor.id ? targetActor : sourceActor;
    let ties = partners.get(other.id);
    if (!ties) {
      ties = { partner: other, count: 0, tally: emptyTally(), kinds: new Map(), score: 0 };
      partners.set(other.id, ties);
    }
    ties.count += 1;
    addToTally(ties.tally, relation);
    addKindValence(ties.kinds, relation);
  });
  for (const ties of partners.values()) ties.score = strongestScore(ties.tally);
  degree.partners = partners.size;
  return { actor, degree, tally, kinds, partners: [...partners.values()].sort(byStrongestTie) };
}

/** Strongest valence score first, then the structural score, then more relations, then id. */
function byStrongestTie(x: PartnerTies, y: PartnerTies): number {
  return (
    y.score - x.score ||
    y.tally.structural.strongest - x.tally.structural.strongest ||
    y.count - x.count ||
    x.partner.id.localeCompare(y.partner.id)
  );
}

function addKindValence(kinds: Map<string, KindValenceTally>, relation: Relation): void {
  const key = `${relation.kind}|${relation.valence}`;
  let entry = kinds.get(key);
  if (!entry) {
    entry = { kind: relation.kind, valence: relation.valence, count: 0, maxStrength: 0, strongest: 0 };
    kinds.set(key, entry);
  }
  entry.count += 1;
  entry.maxStrength = Math.max(entry.maxStrength, relation.strength);
  entry.strongest = Math.max(entry.strongest, relationWeight(relation));
}

/** Kind-and-valence counts in vocabulary order (kind, then valence). */
export function finishKindValences(kinds: Map<string, KindValenceTally>): KindValenceCount[] {
  return [...kinds.values()]
    .sort(
      (x, y) =>
        RELATION_KIND_IDS.indexOf(x.kind) - RELATION_KIND_IDS.indexOf(y.kind) ||
        VALENCES.indexOf(x.valence) - VALENCES.indexOf(y.valence),
    )
    .map(({ kind, valence, count, maxStrength, strongest }) => ({
      kind,
      valence,
      count,
      maxStrength,
      score: strongest,
    }));
}

/** The valences present in a tally (structural relations left out), in vocabulary order. */
export function presentValences(tally: AggregateTally): Valence[] {
  return VALENCES.filter((valence) => tally[valence].count > 0);
}
