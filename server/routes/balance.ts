// /api/balance: signed triads of an actor or the whole graph, the unbalanced ones with the evidence of each pair.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { balance, BALANCE_LIMIT_MAX } from '../../graph/query/balance.js';
import { BalanceResult } from '../../graph/query/balance-results.js';
import { ROLLUPS, ROLLUP_DESCRIPTION } from '../../graph/query/rollup.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import type { RouteOptions } from './route-options.js';

const BalanceQuery = Type.Object(
  {
    ...datasetQueryProperties,
    actor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 120, description: 'only the triads of this actor', examples: ['israel'] }),
    ),
    rollup: Type.Optional(Type.Enum(ROLLUPS, { description: ROLLUP_DESCRIPTION })),
    limit: Type.Integer({
      minimum: 1,
      maximum: BALANCE_LIMIT_MAX,
      default: 50,
      description: 'unbalanced triads listed; the counts cover all',
    }),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

const balanceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['balance'],
        summary: 'Signed triads: the unbalanced ones ("the friend of my friend is my enemy") with their evidence',
        description:
          'Example: `GET /api/balance?asOf=2012`; `GET /api/balance?actor=israel&rollup=state`. A pair with cooperative and hostile ties at once has no sign and is left out (never netted).',
        querystring: BalanceQuery,
        response: { 200: BalanceResult, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, actor, rollup, limit, ...filter } = request.query;
      const options = { limit, ...(actor !== undefined ? { actor } : {}), ...(rollup !== undefined ? { rollup } : {}) };
      return balance(datasets.resolve(dataset).snapshot.graph, toRelationFilter(filter), options);
    },
  );
};

export default balanceRoutes;
