// /api/paths: the k best paths between two actors (shortest, strongest or widest), each step's relation with its evidence.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  PATH_DEFAULTS,
  PATH_LIMITS,
  PATH_MODES,
  PATH_WEIGHTS,
  PathResult,
} from '../../graph/relation-index/path-query.js';
import { ROLLUPS, ROLLUP_DESCRIPTION } from '../../graph/query/rollup.js';
import { IdText } from '../schemas/common.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { sendJson } from '../json-text.js';
import type { RouteOptions } from './route-options.js';

const PathsQuery = Type.Object(
  {
    ...datasetQueryProperties,
    from: IdText('israel-aerospace-industries', 'start actor id'),
    to: IdText('azerbaijan', 'end actor id'),
    mode: Type.Enum(PATH_MODES, {
      default: PATH_DEFAULTS.mode,
      description: 'shortest: fewest hops; strongest: greatest product of weights; widest: greatest weakest link',
    }),
    k: Type.Integer({
      minimum: 1,
      maximum: PATH_LIMITS.maxK,
      default: PATH_DEFAULTS.k,
      description: 'alternative loopless paths, ranked',
    }),
    maxHops: Type.Integer({ minimum: 1, maximum: PATH_LIMITS.maxHops, default: PATH_DEFAULTS.maxHops }),
    directed: Type.Boolean({ default: PATH_DEFAULTS.directed, description: 'only along relation direction' }),
    weight: Type.Enum(PATH_WEIGHTS, {
      default: PATH_DEFAULTS.weight,
      description: 'strength, or strength × confidence',
    }),
    rollup: Type.Enum(ROLLUPS, { default: PATH_DEFAULTS.rollup, description: ROLLUP_DESCRIPTION }),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

const pathRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['paths'],
        summary: 'k best paths between two actors, each relation with its evidence',
        description:
          'Example: `GET /api/paths?from=israel-aerospace-industries&to=azerbaijan&mode=strongest&k=3&exclude=based-in`. No path is `outcome: "no-path"` with its reason in `why`, not an error; a query over its time budget is 422 naming `k`. With `rollup=state` a firm or body stands for its state: its membership links are folded away (they weigh 1 and count towards `maxHops` in the search) and each step through one names it in `via`; `rolledUp` names the states the ends stand for.',
        querystring: PathsQuery,
        response: { 200: PathResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, from, to, mode, k, maxHops, directed, weight, rollup, ...filter } = request.query;
      const { snapshot, queries } = datasets.resolve(dataset);
      // Past the time budget the search for alternatives stops with 422 naming `k`: fewer paths is the way to narrow it.
      const result = await queries.paths(snapshot, {
        from,
        to,
        mode,
        k,
        maxHops,
        directed,
        weight,
        rollup,
        ...toRelationFilter(filter),
      });
      return sendJson(reply, result);
    },
  );
};

export default pathRoutes;
