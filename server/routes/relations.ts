// /api/relations: relations filtered by actor, kind, valence and date, paged; one relation by id, with its evidence.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Relation } from '../../graph/model/schema.js';
import { RELATION_KIND_IDS } from '../../graph/model/vocabulary.js';
import { getRelation, listRelations, RelationList } from '../../graph/query/list-relations.js';
import { IdParams, IdText } from '../schemas/common.js';
import { DatasetQuery, datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { parseEnumList } from '../schemas/lists.js';
import { paginationProperties } from '../schemas/pagination.js';
import type { RouteOptions } from './route-options.js';

const { kinds, ...otherFilters } = filterQueryProperties;

const ListQuery = Type.Object(
  {
    ...datasetQueryProperties,
    actor: Type.Optional(IdText('azerbaijan', 'only relations with this actor at either end')),
    kind: kinds, // the contract names it `kind`; it takes a comma list like `kinds` elsewhere
    ...otherFilters,
    ...paginationProperties,
  },
  { additionalProperties: false },
);

const relationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['relations'],
        summary: 'Relations by actor, kind, valence and date, with evidence',
        description: 'In dataset order. Example: `GET /api/relations?actor=azerbaijan&kind=arms-transfer&asOf=2016`.',
        querystring: ListQuery,
        response: { 200: RelationList, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, actor, kind, limit, offset, ...filter } = request.query;
      const kinds = parseEnumList(kind, RELATION_KIND_IDS, 'kind');
      return listRelations(datasets.resolve(dataset).snapshot.graph, {
        actor,
        filter: { ...toRelationFilter(filter), ...(kinds ? { kinds } : {}) },
        limit,
        offset,
      });
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['relations'],
        summary: 'One relation with its evidence quotes',
        description: 'Example: `GET /api/relations/israel-azerbaijan-arms-2016`. Unknown id: 404 with close ids.',
        params: IdParams('israel-azerbaijan-arms-2016', 'relation id'),
        querystring: DatasetQuery,
        response: { 200: Relation, ...errorResponses },
      },
    },
    async (request) => getRelation(datasets.resolve(request.query.dataset).snapshot.graph, request.params.id),
  );
};

export default relationRoutes;
