// /api/changes: the ties that appeared, ended or changed strength between two dates, each with its evidence.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { changesBetween } from '../../graph/query/changes-between.js';
import { ChangesQuery, ChangesResponse } from '../schemas/changes.js';
import { errorResponses } from '../schemas/error.js';
import { toRelationFilter } from '../schemas/filter-query.js';
import type { RouteOptions } from './route-options.js';

const changeRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['relations'],
        summary: 'Ties that appeared, ended or changed strength between two dates, with evidence',
        description:
          'Each date is read by the as-of rule. Example: `GET /api/changes?from=2016&to=2020&kinds=arms-transfer`. `to` before `from`: 400 naming `to`.',
        querystring: ChangesQuery,
        response: { 200: ChangesResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, from, to, ...filter } = request.query;
      return changesBetween(datasets.resolve(dataset).snapshot.graph, from, to, toRelationFilter(filter));
    },
  );
};

export default changeRoutes;
