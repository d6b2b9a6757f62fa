// GET /api/graph: the filtered graph for the client in graphology's serialisation, with a strong ETag and 304s.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { GraphView, graphView } from '../../graph/query/graph-view.js';
import { remember } from '../dataset-store.js';
import { conditionalGet } from '../etag.js';
import { JsonText, sendJson } from '../json-text.js';
import { datasetQueryProperties } from '../schemas/dataset-query.js';
import { errorResponses, notModifiedResponse } from '../schemas/error.js';
import { filterQueryProperties, toRelationFilter } from '../schemas/filter-query.js';
import type { RouteOptions } from './route-options.js';

/** Largest serialised view kept in memory (about 32 MB); bigger ones, from huge graphs, are rebuilt per request. */
const MEMO_MAX_CHARS = 32 * 1024 * 1024;

const GraphQuery = Type.Object(
  { ...datasetQueryProperties, ...filterQueryProperties },
  { additionalProperties: false, examples: [{ asOf: '2016', kinds: 'arms-transfer,energy-supply' }] },
);

const graphRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['graph'],
        summary: 'The graph for the client (graphology serialisation), filtered; ETag / If-None-Match',
        description: 'Example: `GET /api/graph?asOf=2016&kinds=arms-transfer,energy-supply`',
        querystring: GraphQuery,
        response: { 200: GraphView, ...notModifiedResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { dataset, ...query } = request.query;
      const { id, snapshot } = datasets.resolve(dataset);
      const filter = toRelationFilter(query);
      // The dataset id and content hash are part of the tag: two datasets (or one before and after a reload) never share one.
      const { etag, notModified } = conditionalGet(request, reply, id, snapshot.hash, filter);
      if (notModified) return reply;
      // The view is kept serialised: the client reloads the same few filters, and stringifying thousands of
      // relations costs more than everything else in the request. The schema above still documents it.
      const body = remember(
        snapshot,
        `graph:${etag}`,
        () => JsonText.of(graphView(snapshot.graph, filter)),
        (json) => json.text.length <= MEMO_MAX_CHARS,
      );
      return sendJson(reply, body);
    },
  );
};

export default graphRoutes;
