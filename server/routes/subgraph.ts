// GET /api/subgraph: the part of a large graph the explorer draws (an overview or focused neighbourhoods), with cached layout positions.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from './route-options.js';

// Routes are added by the large-graph work (issue 6); registered in app.ts at prefix /subgraph.
const subgraphRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async () => {};

export default subgraphRoutes;
