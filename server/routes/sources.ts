// /api/sources: the source documents' metadata and one source by id (its text and coverage: source-text.ts).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../../graph/errors.js';
import { Source } from '../../graph/model/schema.js';
import { editDistance } from '../../graph/query/require-actor.js';
import type { Snapshot } from '../dataset-store.js';
import { IdParams } from '../schemas/common.js';
import { DatasetQuery } from '../schemas/dataset-query.js';
import { errorResponses } from '../schemas/error.js';
import type { RouteOptions } from './route-options.js';

const SourceList = Type.Object({ total: Type.Integer(), items: Type.Array(Source) }, { additionalProperties: false });

/** The source with this id, or NotFoundError with close ids (a dataset has few sources, so a scan is fine). */
function requireSource(snapshot: Snapshot, id: string): Source {
  const sources = snapshot.graph.getAttribute('sources');
  const source = sources.find((candidate) => candidate.id === id);
  if (source) return source;
  const close = sources
    .filter((candidate) => editDistance(id.toLowerCase().slice(0, 120), candidate.id, 3) <= 3)
    .map((candidate) => candidate.id);
  throw new NotFoundError('source', id, close.slice(0, 3), 'id');
}

const sourceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['sources'],
        summary: 'Source documents (metadata)',
        description: 'Example: `GET /api/sources`.',
        querystring: DatasetQuery,
        response: { 200: SourceList, ...errorResponses },
      },
    },
    async (request) => {
      const sources = datasets.resolve(request.query.dataset).snapshot.graph.getAttribute('sources');
      return { total: sources.length, items: sources };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags: ['sources'],
        summary: 'One source document (metadata)',
        description: 'Example: `GET /api/sources/besa-1723`.',
        params: IdParams('besa-1723', 'source id'),
        querystring: DatasetQuery,
        response: { 200: Source, ...errorResponses },
      },
    },
    async (request) => requireSource(datasets.resolve(request.query.dataset).snapshot, request.params.id),
  );

  // GET /:id/text (the text with its quoted spans) and /:id/coverage live in source-text.ts.
};

export default sourceRoutes;
