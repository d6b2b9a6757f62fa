// /api/compare: tie cards of several pairs side by side (`pairs=a:b,c:d`), or actor profiles side by side (`actors=a,b`).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { compareActors, comparePairs, COMPARE_MAX } from '../../graph/query/compare.js';
import { ROLLUPS, ROLLUP_DESCRIPTION } from '../../graph/query/rollup.js';
import { CompareActorsResult, ComparePairsResult } from '../../graph/query/results.js';
import { QueryError } from '../../graph/errors.js';
import { renameErrorField } from '../errors.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { splitList } from '../schemas/lists.js';
import type { RouteOptions } from './route-options.js';

const CompareQuery = Type.Object(
  {
    ...datasetQueryProperties,
    pairs: Type.Optional(
      Type.String({
        maxLength: 2048,
        description: `comma-separated pairs a:b (2..${COMPARE_MAX})`,
        examples: ['israel:azerbaijan,israel:armenia'],
      }),
    ),
    actors: Type.Optional(
      Type.String({
        maxLength: 2048,
        description: `comma-separated actor ids (2..${COMPARE_MAX})`,
        examples: ['israel,turkey'],
      }),
    ),
    rollup: Type.Optional(Type.Enum(ROLLUPS, { description: `${ROLLUP_DESCRIPTION} (with \`pairs\` only)` })),
    ...filterQueryProperties,
  },
  { additionalProperties: false },
);

/** `a:b,c:d` as pairs; throws QueryError naming `pairs` and the malformed item. */
function parsePairs(value: string): [string, string][] {
  return splitList(value, 'pairs').map((item) => {
    const parts = item.split(':').map((part) => part.trim());
    if (parts.length !== 2 || !parts[0] || !parts[1])
      throw new QueryError('pairs', `expecting actor:actor, got ${JSON.stringify(item.slice(0, 80))}`);
    return [parts[0], parts[1]];
  });
}

const compareRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['compare'],
        summary: 'Tie cards (pairs=) or actor profiles (actors=) side by side',
        description:
          'Examples: `GET /api/compare?pairs=israel:azerbaijan,israel:armenia&asOf=2016`; `GET /api/compare?actors=israel,turkey`.',
        querystring: CompareQuery,
        response: { 200: Type.Union([ComparePairsResult, CompareActorsResult]), ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, pairs, actors, rollup, ...query } = request.query;
      const { graph } = datasets.resolve(dataset).snapshot;
      if ((pairs === undefined) === (actors === undefined))
        throw new QueryError('pairs', 'give either `pairs` (a:b,c:d) or `actors` (a,b), not both or neither');
      const filter = toRelationFilter(query);
      if (pairs !== undefined)
        return renameErrorField(() => comparePairs(graph, parsePairs(pairs), filter, rollup), 'pairs', 'pairs');
      if (rollup === 'state')
        throw new QueryError('rollup', "rollup=state applies to pairs; actor profiles count each actor's own acts");
      return renameErrorField(() => compareActors(graph, splitList(actors!, 'actors'), filter), 'ids', 'actors');
    },
  );
};

export default compareRoutes;
