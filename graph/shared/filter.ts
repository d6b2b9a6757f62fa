// Relation filter: the constraints every query shares (kinds, valence, strength, confidence, as-of date), as one schema and one predicate.
import { Type, type Static } from 'typebox';
import { parsePartialDate, isActiveAsOf, relationSpan } from '../model/dates.js';
import { PartialDate, type Actor, type Relation } from '../model/schema.js';
import { RELATION_KIND_IDS, VALENCES, type RelationKind } from '../model/vocabulary.js';
import { QueryError } from '../errors.js';

export const RelationFilter = Type.Object(
  {
    kinds: Type.Optional(Type.Array(Type.Enum(RELATION_KIND_IDS), { description: 'only these relation kinds' })),
    exclude: Type.Optional(Type.Array(Type.Enum(RELATION_KIND_IDS), { description: 'never these relation kinds' })),
    valence: Type.Optional(Type.Array(Type.Enum(VALENCES), { description: 'only these valences' })),
    minStrength: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    minConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    asOf: Type.Optional(PartialDate),
    datedOnly: Type.Optional(
      Type.Boolean({ description: 'with asOf: leave out relations that carry no date of their own' }),
    ),
  },
  { additionalProperties: false },
);
export type RelationFilter = Static<typeof RelationFilter>;

/** A compiled filter: true if the relation (between these two actors) passes. */
export type RelationPredicate = (relation: Relation, source: Actor, target: Actor) => boolean;

/** The relation kinds a filter lets through; throws QueryError when it lets none through (an impossible constraint). */
export function allowedKinds(filter: RelationFilter): Set<RelationKind> {
  const allowed = new Set<RelationKind>(filter.kinds ?? RELATION_KIND_IDS);
  for (const kind of filter.exclude ?? []) allowed.delete(kind);
  if (allowed.size === 0) throw new QueryError('kinds', 'the kinds allowed and excluded leave no relation kind');
  if (filter.valence && filter.valence.length === 0)
    throw new QueryError('valence', 'an empty valence list allows no relation');
  return allowed;
}

/** Compiles a filter into a predicate; throws QueryError for an impossible or malformed constraint. */
export function compileFilter(filter: RelationFilter): RelationPredicate {
  const kinds = allowedKinds(filter);
  const valences = filter.valence ? new Set(filter.valence) : undefined;
  const minStrength = filter.minStrength ?? 0;
  const minConfidence = filter.minConfidence ?? 0;
  const asOf = filter.asOf === undefined ? undefined : parsePartialDate(filter.asOf);
  if (filter.asOf !== undefined && !asOf)
    throw new QueryError('asOf', `"${filter.asOf}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const datedOnly = filter.datedOnly ?? false;
  return (relation, source, target) =>
    kinds.has(relation.kind) &&
    (!valences || valences.has(relation.valence)) &&
    relation.strength >= minStrength &&
    relation.confidence >= minConfidence &&
    (!asOf || isActiveAsOf(relationSpan(relation, source, target), asOf, datedOnly));
}
