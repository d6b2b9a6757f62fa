// The relation-filter part of query strings, shared by every route that filters relations, and its conversion to graph/'s RelationFilter.
import { Type, type Static } from 'typebox';
import { PartialDate } from '../../graph/model/schema.js';
import { RELATION_KIND_IDS, VALENCES } from '../../graph/model/vocabulary.js';
import type { RelationFilter } from '../../graph/shared/filter.js';
import { parseEnumList } from './lists.js';

const kindList = (description: string) =>
  Type.String({
    maxLength: 2048,
    description: `${description}: comma-separated relation kinds`,
    examples: ['arms-transfer,energy-supply'],
  });

/** Query-string properties of a RelationFilter; lists arrive as comma-separated strings. */
export const filterQueryProperties = {
  kinds: Type.Optional(kindList('only these kinds')),
  exclude: Type.Optional(kindList('never these kinds')),
  valence: Type.Optional(
    Type.String({
      maxLength: 256,
      description: `comma-separated valences (${VALENCES.join(', ')})`,
      examples: ['cooperative,mixed'],
    }),
  ),
  minStrength: Type.Optional(Type.Number({ minimum: 0, maximum: 1, examples: [0.5] })),
  minConfidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1, examples: [0.6] })),
  asOf: Type.Optional(PartialDate),
  datedOnly: Type.Optional(Type.Boolean({ description: 'with asOf: leave out relations without a date of their own' })),
};

/** The relation filter as one object schema. */
export const FilterQuery = Type.Object(filterQueryProperties);
export type FilterQuery = Static<typeof FilterQuery>;

/** Only the as-of part, for routes that filter by date alone. */
export const asOfQueryProperties = { asOf: filterQueryProperties.asOf, datedOnly: filterQueryProperties.datedOnly };

/** The RelationFilter a query string asks for; throws QueryError naming the field and value of a bad list item. */
export function toRelationFilter(query: FilterQuery): RelationFilter {
  const filter: RelationFilter = {};
  const kinds = parseEnumList(query.kinds, RELATION_KIND_IDS, 'kinds');
  const exclude = parseEnumList(query.exclude, RELATION_KIND_IDS, 'exclude');
  const valence = parseEnumList(query.valence, VALENCES, 'valence');
  if (kinds) filter.kinds = kinds;
  if (exclude) filter.exclude = exclude;
  if (valence) filter.valence = valence;
  if (query.minStrength !== undefined) filter.minStrength = query.minStrength;
  if (query.minConfidence !== undefined) filter.minConfidence = query.minConfidence;
  if (query.asOf !== undefined) filter.asOf = query.asOf;
  if (query.datedOnly !== undefined) filter.datedOnly = query.datedOnly;
  return filter;
}
