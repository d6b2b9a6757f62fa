// /api/actors: search by name and alias, one actor with its ties summarised by partner, and its neighbourhood.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ACTOR_KINDS } from '../../graph/model/vocabulary.js';
import { actorSummary, SUMMARY_PARTNER_LIMIT, SUMMARY_PARTNER_LIMIT_MAX } from '../../graph/query/actor-summary.js';
import {
  NEIGHBOURHOOD_DEFAULT_LIMIT,
  NEIGHBOURHOOD_MAX_DEPTH,
  NEIGHBOURHOOD_MAX_LIMIT,
} from '../../graph/query/neighbourhood.js';
import { ActorSummary, NeighbourhoodResult } from '../../graph/query/results.js';
import { ActorSearchResult, SEARCH_LIMITS } from '../../graph/query/search-actors.js';
import { IdParams } from '../schemas/common.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import { parseEnumList } from '../schemas/lists.js';
import { sendJson } from '../json-text.js';
import type { RouteOptions } from './route-options.js';

const SearchQuery = Type.Object(
  {
    ...datasetQueryProperties,
    q: Type.Optional(
      Type.String({
        maxLength: SEARCH_LIMITS.maxQueryLength,
        description: 'name, alias or id; case and accents ignored',
        examples: ['baku'],
      }),
    ),
    kind: Type.Optional(
      Type.String({
        maxLength: 512,
        description: `comma-separated actor kinds (${ACTOR_KINDS.join(', ')})`,
        examples: ['state,firm'],
      }),
    ),
    limit: Type.Integer({ minimum: 1, maximum: SEARCH_LIMITS.maxLimit, default: 20 }),
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

const SummaryQuery = Type.Object(
  {
    ...datasetQueryProperties,
    ...filterQueryProperties,
    limit: Type.Integer({
      minimum: 1,
      maximum: SUMMARY_PARTNER_LIMIT_MAX,
      default: SUMMARY_PARTNER_LIMIT,
      description: 'partners listed, strongest first',
    }),
  },
  { additionalProperties: false },
);

const NeighborsQuery = Type.Object(
  {
    ...datasetQueryProperties,
    ...filterQueryProperties,
    depth: Type.Integer({ minimum: 1, maximum: NEIGHBOURHOOD_MAX_DEPTH, default: 1, examples: [2] }),
    direction: Type.Enum(['out', 'in', 'both'], {
      default: 'both',
      description: 'follow relations out of, into, or both ways',
    }),
    limit: Type.Integer({
      minimum: 1,
      maximum: NEIGHBOURHOOD_MAX_LIMIT,
      default: NEIGHBOURHOOD_DEFAULT_LIMIT,
      description: 'most actors returned',
    }),
  },
  { additionalProperties: false },
);

const actorRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['actors'],
        summary: 'Search actors by name, alias or id',
        description:
          'Ranked exact > prefix > word > substring. Example: `GET /api/actors?q=baku` finds Azerbaijan; `?q=IAI&kind=firm`.',
        querystring: SearchQuery,
        response: { 200: ActorSearchResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, q, kind, limit, offset } = request.query;
      const { snapshot, queries } = datasets.resolve(dataset);
      return sendJson(
        reply,
        await queries.search(snapshot, { q, kinds: parseEnumList(kind, ACTOR_KINDS, 'kind'), limit, offset }),
      );
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['actors'],
        summary: 'One actor with its ties summarised by partner, kind and valence',
        description: 'Example: `GET /api/actors/israel?asOf=2016`. Unknown id: 404 with close matches.',
        params: IdParams('israel', 'actor id'),
        querystring: SummaryQuery,
        response: { 200: ActorSummary, ...errorResponses },
      },
    },
    async (request) => {
      const { dataset, limit, ...filter } = request.query;
      return actorSummary(datasets.resolve(dataset).snapshot.graph, request.params.id, toRelationFilter(filter), {
        limit,
      });
    },
  );

  app.get(
    '/:id/neighbors',
    {
      schema: {
        tags: ['actors'],
        summary: 'The actors within `depth` hops and the relations among them',
        description: 'Example: `GET /api/actors/azerbaijan/neighbors?depth=2&valence=cooperative&asOf=2016`.',
        params: IdParams('azerbaijan', 'actor id'),
        querystring: NeighborsQuery,
        response: { 200: NeighbourhoodResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, depth, direction, limit, ...filter } = request.query;
      const { snapshot, queries } = datasets.resolve(dataset);
      const result = await queries.neighbours(snapshot, request.params.id, {
        ...toRelationFilter(filter),
        depth,
        direction,
        limit,
      });
      return sendJson(reply, result);
    },
  );
};

export default actorRoutes;
