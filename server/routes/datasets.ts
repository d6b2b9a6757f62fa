// GET /api/datasets: every dataset the server serves that the caller may read (id, title, counts, hash, readiness), the default first; clients pick one with `?dataset=<id>`.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { errorResponses } from '../schemas/error.js';
import { canRead } from '../accounts/authorize.js';
import { snapshotRevision } from '../store/store-loader.js';
import type { RouteOptions } from './route-options.js';

/** One served dataset as GET /api/datasets lists it (the client imports the type). */
export const DatasetInfo = Type.Object(
  {
    id: Type.String({ description: 'the value of `dataset=` that selects it', examples: ['besa-1723'] }),
    title: Type.String(),
    description: Type.Optional(Type.String()),
    actors: Type.Integer(),
    relations: Type.Integer(),
    hash: Type.String({ description: 'content hash of the data now served; changes on reload' }),
    loadedAt: Type.String({ description: 'when it was (re)loaded, ISO 8601' }),
    ready: Type.Boolean({
      description: 'its query workers (large datasets) are up and the server is not shutting down',
    }),
    default: Type.Boolean({ description: 'answers requests that name no dataset' }),
    revision: Type.Optional(
      Type.Integer({
        description:
          'the head revision of its change log when served from the store (absent: served from a file, no history)',
      }),
    ),
  },
  { additionalProperties: false },
);

export type DatasetInfo = Static<typeof DatasetInfo>;

/** GET /api/datasets: every served dataset, the default first. */
export const DatasetList = Type.Object({ datasets: Type.Array(DatasetInfo) }, { additionalProperties: false });
export type DatasetList = Static<typeof DatasetList>;

const datasetRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets, lifecycle }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['datasets'],
        summary: 'The datasets served, the default first; pick one on any data route with `dataset=<id>`',
        description: 'Example: `GET /api/datasets`.',
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: DatasetList, ...errorResponses },
      },
    },
    async (request) => {
      const listed = datasets.entries.map(({ store, queries }, index) => {
        const snapshot = store.current;
        const { id, title, description } = snapshot.loaded.dataset;
        const revision = snapshotRevision(snapshot);
        return {
          id,
          title,
          ...(description === undefined ? {} : { description }),
          actors: snapshot.graph.order,
          relations: snapshot.graph.size,
          hash: snapshot.hash,
          loadedAt: snapshot.loadedAt,
          ready: !lifecycle.closing && queries.ready(snapshot),
          default: index === 0,
          ...(revision === undefined ? {} : { revision }),
        };
      });
      // A private dataset is listed only to accounts with a role on it (server/accounts/authorize.ts).
      const readable = await Promise.all(listed.map(({ id }) => canRead(request, id)));
      return { datasets: listed.filter((_, index) => readable[index]) };
    },
  );
};

export default datasetRoutes;
