// GET /api/graph: the filtered graph for the client in graphology's serialisation, with a strong ETag and 304s.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { GraphView, graphView } from '../../graph/query/graph-view.js';
import { remember } from '../dataset-store.js';
import { matchesIfNoneMatch, strongEtag } from '../etag.js';
import { errorResponses } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import type { RouteOptions } from './route-options.js';

const GraphQuery = Type.Object(filterQueryProperties, { additionalProperties: false, examples: [{ asOf: '2016', kinds: 'arms-transfer,energy-supply' }] });

const graphRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { store }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['graph'],
        summary: 'The graph for the client (graphology serialisation), filtered; ETag / If-None-Match',
        description: 'Example: `GET /api/graph?asOf=2016&kinds=arms-transfer,energy-supply`',
        querystring: GraphQuery,
        response: { 200: GraphView, 304: Type.Null({ description: 'unchanged since the ETag sent' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const snapshot = store.current;
      const filter = toRelationFilter(request.query);
      const etag = strongEtag(snapshot.loaded.dataset.id, snapshot.hash, filter);
      reply.header('etag', etag).header('cache-control', 'no-cache');
      if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) return reply.status(304).send(null);
      return remember(snapshot, `graph:${etag}`, () => graphView(snapshot.graph, filter));
    },
  );
};

export default graphRoutes;
