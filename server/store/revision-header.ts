// Every answer over a store names the revision it answered from: the `x-revision` header, from the snapshot the route used.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Snapshot } from '../dataset-store.js';
import { recordEtag } from './record-etag.js';
import { currentPin, withRevisionPin } from './revision-pin.js';
import { snapshotRevision } from './store-loader.js';

/** The response header carrying the revision a response answered from (absent for datasets served from files). */
export const REVISION_HEADER = 'x-revision';

/** Adds the per-request pin and the `x-revision` header to every response whose route resolved a stored dataset. */
export function registerRevisionHeader(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, _reply, done) => withRevisionPin(done));
  app.addHook('onSend', async (_request, reply) => {
    const snapshot = currentPin()?.snapshot;
    const revision = snapshot ? snapshotRevision(snapshot) : undefined;
    if (revision === undefined) return;
    if (!reply.hasHeader(REVISION_HEADER)) reply.header(REVISION_HEADER, String(revision));
    if (reply.statusCode === 200 && !reply.hasHeader('etag')) {
      const etag = readEtag(_request, snapshot!);
      if (etag) reply.header('etag', etag);
    }
  });
}

/** The ETag of the one stored record a GET read (`/api/actors/:id`, `/api/relations/:id`, `/api/sources/:id`), to send back as If-Match. */
function readEtag(request: FastifyRequest, snapshot: Snapshot): string | undefined {
  if (request.method !== 'GET') return undefined;
  const id = (request.params as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') return undefined;
  const { graph, loaded } = snapshot;
  switch (request.routeOptions.url) {
    case '/api/actors/:id':
      return graph.hasNode(id) ? recordEtag('actor', graph.getNodeAttributes(id)) : undefined;
    case '/api/relations/:id':
      return graph.hasEdge(id) ? recordEtag('relation', graph.getEdgeAttributes(id)) : undefined;
    case '/api/sources/:id': {
      const source = loaded.dataset.sources.find((candidate) => candidate.id === id);
      return source ? recordEtag('source', source, loaded.texts.get(id)) : undefined;
    }
    default:
      return undefined;
  }
}
