// /api/ties: the tie card of a pair of actors (relations by kind, aggregates per valence).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { TieCard } from '../../graph/query/results.js';
import { tieCard } from '../../graph/query/tie-card.js';
import { ROLLUPS, ROLLUP_DESCRIPTION } from '../../graph/query/rollup.js';
import { IdText } from '../schemas/common.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import type { RouteOptions } from './route-options.js';

const TieQuery = Type.Object(
  {
    ...datasetQueryProperties,
    a: IdText('israel', 'first actor id'),
    b: IdText('azerbaijan', 'second actor id'),
    rollup: Type.Optional(Type.Enum(ROLLUPS, { description: ROLLUP_DESCRIPTION })),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

const tieRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['ties'],
        summary: 'Tie card of a pair: relations by kind, profile by domain (never netted), reading',
        description:
          'Examples: `GET /api/ties?a=israel&b=azerbaijan&asOf=2016`; `GET /api/ties?a=israel&b=azerbaijan&rollup=state`.',
        querystring: TieQuery,
        response: { 200: TieCard, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, a, b, rollup, ...filter } = request.query;
      return tieCard(datasets.resolve(dataset).snapshot.graph, a, b, toRelationFilter(filter), rollup);
    },
  );
};

export default tieRoutes;
