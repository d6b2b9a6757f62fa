// /api/metrics: degree, strength, brokerage (betweenness) and communities under a filter, memoised per snapshot, within a time budget.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { METRIC_IDS, MetricsResult } from '../../graph/metrics/results.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { parseEnumList } from '../schemas/lists.js';
import type { RouteOptions } from './route-options.js';

const MAX_ACTORS = 5000;

const MetricsQuery = Type.Object(
  {
    ...datasetQueryProperties,
    ...filterQueryProperties,
    metrics: Type.Optional(
      Type.String({
        maxLength: 256,
        description: `comma-separated metrics (${METRIC_IDS.join(', ')}); default all within budget`,
        examples: ['degree,betweenness'],
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: MAX_ACTORS, default: 1000, description: 'actor rows returned' }),
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

/** The engine's result with its per-actor rows paged (a graph may hold 100k actors). */
const MetricsPage = Type.Object(
  {
    ...MetricsResult.properties,
    total: Type.Integer({ description: 'actor rows before paging' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  },
  { additionalProperties: false },
);

const metricRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['metrics'],
        summary: 'Degree, strength, brokerage and communities per actor',
        description:
          'Example: `GET /api/metrics?asOf=2016&metrics=degree,betweenness`. A named metric over its budget, or metrics not ready within the time budget on a large dataset: 422 (they go on in the background; retry later).',
        querystring: MetricsQuery,
        response: { 200: MetricsPage, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, metrics, limit, offset, ...query } = request.query;
      const filter = toRelationFilter(query);
      const names = parseEnumList(metrics, METRIC_IDS, 'metrics');
      const { snapshot, queries } = datasets.resolve(dataset);
      const result = await queries.metrics(snapshot, filter, names);
      return {
        ...result,
        actors: result.actors.slice(offset, offset + limit),
        total: result.actors.length,
        limit,
        offset,
      };
    },
  );
};

export default metricRoutes;
