// The routes that exist only over a store: writes (sources, actors, relations, bulk), history and revert.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from '../routes/route-options.js';
import type { StoreConnection } from './database.js';

/** Route options of the store's plugins: the usual ones plus the open store. */
export interface StoreRouteOptions extends RouteOptions {
  connection: StoreConnection;
}

/** Registers every store route under /api. */
const storeRoutes: FastifyPluginAsyncTypebox<StoreRouteOptions> = async () => {};

export default storeRoutes;
