// The routes that exist only over a store: writes (sources, actors, relations, bulk), history and revert.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../routes/route-options.js';
import type { CatchUp } from './change-listener.js';
import type { StoreConnection } from './database.js';
import actorWrites from './routes/actor-writes.js';
import candidateRoutes from './routes/candidates.js';
import dismissalUndoRoutes from './routes/dismissal-undo.js';
import historyRoutes from './routes/history.js';
import relationWrites from './routes/relation-writes.js';
import sourceWrites from './routes/source-writes.js';

/** Route options of the store's plugins: the usual ones plus the open store. */
export interface StoreRouteOptions extends RouteOptions {
  connection: StoreConnection;
  /** Brings a served dataset up to a revision (this process's writes and other processes' alike). */
  catchUp: CatchUp;
}

/** Registers every store route under /api (the read routes of the same resources are the usual plugins). */
const storeRoutes: FastifyPluginAsyncTypebox<StoreRouteOptions> = async (app, options) => {
  await app.register(sourceWrites, { ...options, prefix: '/sources' });
  await app.register(candidateRoutes, { ...options, prefix: '/sources' });
  await app.register(dismissalUndoRoutes, { ...options, prefix: '/sources' });
  await app.register(actorWrites, { ...options, prefix: '/actors' });
  await app.register(relationWrites, { ...options, prefix: '/relations' });
  await app.register(historyRoutes, { ...options, prefix: '/history' });
};

export default storeRoutes;
