// /api/sources: the source documents' metadata, one source by id, and its full text (to read a quote in context).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotFoundError } from '../../graph/errors.js';
import { Source } from '../../graph/model/schema.js';
import { editDistance } from '../../graph/query/require-actor.js';
import type { Snapshot } from '../dataset-store.js';
import { IdParams } from '../schemas/common.js';
import { errorResponses } from '../schemas/error.js';
import type { RouteOptions } from './route-options.js';

const SourceList = Type.Object({ total: Type.Integer(), items: Type.Array(Source) }, { additionalProperties: false });

/** The source with this id, or NotFoundError with close ids (a dataset has few sources, so a scan is fine). */
function requireSource(snapshot: Snapshot, id: string): Source {
  const sources = snapshot.graph.getAttribute('sources');
  const source = sources.find((candidate) => candidate.id === id);
  if (source) return source;
  const close = sources.filter((candidate) => editDistance(id.toLowerCase().slice(0, 120), candidate.id, 3) <= 3).map((candidate) => candidate.id);
  throw new NotFoundError('source', id, close.slice(0, 3), 'id');
}

const sourceRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { store }) => {
  app.get('', {
    schema: { tags: ['sources'], summary: 'Source documents (metadata)', description: 'Example: `GET /api/sources`.', response: { 200: SourceList, ...errorResponses } },
  }, async () => {
    const sources = store.current.graph.getAttribute('sources');
    return { total: sources.length, items: sources };
  });

  app.get('/:id', {
    schema: {
      tags: ['sources'], summary: 'One source document (metadata)', description: 'Example: `GET /api/sources/besa-perspectives-1723`.',
      params: IdParams('besa-perspectives-1723', 'source id'), response: { 200: Source, ...errorResponses },
    },
  }, async (request) => requireSource(store.current, request.params.id));

  app.get('/:id/text', {
    schema: {
      tags: ['sources'], summary: 'Full text of a source (text/plain), where every evidence quote can be found',
      description: 'Example: `GET /api/sources/besa-perspectives-1723/text`.',
      params: IdParams('besa-perspectives-1723', 'source id'), response: { 200: Type.String({ description: 'plain text' }), ...errorResponses },
    },
  }, async (request, reply) => {
    const snapshot = store.current;
    const source = requireSource(snapshot, request.params.id);
    return reply.type('text/plain; charset=utf-8').send(snapshot.loaded.texts.get(source.id) ?? '');
  });
};

export default sourceRoutes;
