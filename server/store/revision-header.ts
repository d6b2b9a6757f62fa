// Every answer over a store names the revision it answered from: the `x-revision` header, from the snapshot the route used.
import type { FastifyInstance } from 'fastify';
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
    if (revision !== undefined && !reply.hasHeader(REVISION_HEADER)) reply.header(REVISION_HEADER, String(revision));
  });
}
