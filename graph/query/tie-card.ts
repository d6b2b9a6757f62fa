// Tie card: every relation between two actors (both directions) that passes the filter, grouped by kind, with its domain profile.
import type { ActorGraph } from '../model/actor-graph.js';
import type { Actor, Relation } from '../model/schema.js';
import { compareKinds, RELATION_KINDS, VALENCES, type RelationKind, type Valence } from '../model/vocabulary.js';
import { QueryError } from '../errors.js';
import { compileFilter, type RelationFilter, type RelationPredicate } from '../shared/filter.js';
import { requireActor } from './require-actor.js';
import { buildProfile } from '../profile/build-profile.js';
import type { ProfiledRelation } from '../profile/distinct-facts.js';
import { readingOf } from '../profile/reading.js';
import type { TieCard, TieKind, TieRelation } from './results.js';
import { rolledUpMembers, type Rollup } from './rollup.js';

/**
 * The tie card of actors `a` and `b`. The profile runs over the relations listed, which are those that
 * pass the filter (with `asOf`, those active at that date): per domain the distinct facts, the strongest with
 * its quote, the years and the amounts; structural relations have their own domain.
 */
export function tieCard(
  graph: ActorGraph,
  a: string,
  b: string,
  filter: RelationFilter = {},
  rollup: Rollup = 'none',
): TieCard {
  const [actorA, actorB] = requirePair(graph, a, b, 'a', 'b');
  return buildTieCard(graph, actorA, actorB, compileFilter(filter), filter.asOf, rollup);
}

/** The two actors of a pair; throws NotFoundError for an unknown id and QueryError for the same actor twice. */
export function requirePair(graph: ActorGraph, a: string, b: string, fieldA: string, fieldB: string): [Actor, Actor] {
  const actorA = requireActor(graph, a, fieldA);
  const actorB = requireActor(graph, b, fieldB);
  if (a === b) throw new QueryError(fieldB, `a tie needs two different actors, got "${a}" twice`);
  return [actorA, actorB];
}

/**
 * Builds the card of a validated pair with a compiled filter (shared with comparePairs). With `rollup: 'state'`,
 * a state's side also holds its firms and bodies (`rolledUpMembers`), and each relation through one names it in `via`.
 */
export function buildTieCard(
  graph: ActorGraph,
  a: Actor,
  b: Actor,
  predicate: RelationPredicate,
  asOf?: string,
  rollup: Rollup = 'none',
): TieCard {
  const sideB = new Set(rolledUpMembers(graph, b.id, rollup).filter((id) => id !== a.id));
  const sideA = rolledUpMembers(graph, a.id, rollup).filter((id) => !sideB.has(id));
  const byKind = new Map<RelationKind, TieRelation[]>();
  const profiled: ProfiledRelation[] = [];
  let total = 0;
  let hidden = 0;
  for (const x of sideA) {
    for (const y of sideB) {
      graph.forEachEdge(x, y, (_key, relation, source, _target, sourceActor, targetActor, undirected) => {
        if (!predicate(relation, sourceActor, targetActor)) {
          hidden += 1;
          return;
        }
        total += 1;
        const direction = undirected ? 'undirected' : source === x ? 'a-to-b' : 'b-to-a';
        const via = [x, y].filter((id) => id !== a.id && id !== b.id);
        const entry: TieRelation = { direction, relation };
        if (via.length > 0) entry.via = via;
        profiled.push(
          via.length > 0
            ? { relation, direction, partner: b.id, via: via.join(', ') }
            : { relation, direction, partner: b.id },
        );
        const list = byKind.get(relation.kind) ?? [];
        list.push(entry);
        byKind.set(relation.kind, list);
      });
    }
  }
  const profile = buildProfile(profiled);
  const name = `${a.name}–${b.name}${rollup === 'state' ? ' (rolled up)' : ''}`;
  const card: TieCard = {
    a,
    b,
    total,
    hidden,
    byKind: sortKinds(byKind),
    profile,
    reading: readingOf(name, profile, (id) => graph.getNodeAttribute(id, 'name')),
  };
  if (asOf !== undefined) card.asOf = asOf;
  if (rollup !== 'none') card.rollup = rollup;
  return card;
}

/** Kinds in the one order of kinds (`compareKinds`: by group, then vocabulary); relations by date, undated last, then id. */
function sortKinds(byKind: Map<RelationKind, TieRelation[]>): TieKind[] {
  const kinds = [...byKind.keys()].sort(compareKinds);
  return kinds.map((kind) => {
    const spec = RELATION_KINDS[kind];
    const relations = byKind
      .get(kind)!
      .sort(
        (x, y) => compareText(dateKey(x.relation), dateKey(y.relation)) || compareText(x.relation.id, y.relation.id),
      );
    const present = new Set<Valence>(relations.map(({ relation }) => relation.valence));
    const entry: TieKind = {
      kind,
      label: spec.label,
      group: spec.group,
      directed: spec.directed,
      valences: VALENCES.filter((valence) => present.has(valence)),
      relations,
    };
    if ('roles' in spec) entry.roles = [...spec.roles];
    return entry;
  });
}

// ISO prefixes sort as strings by code point; "~" comes after every digit, so undated relations come last.
function dateKey(relation: Relation): string {
  return relation.dates?.start ?? relation.dates?.point ?? '~';
}

// Code-point order: localeCompare would put "~" before the digits.
function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
