// GET /api/health (status, the default dataset and every served one, counts, liveness and readiness), /api/health/live and /api/health/ready for probes.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { canRead } from '../accounts/authorize.js';
import type { RouteOptions } from './route-options.js';

const DatasetHealth = Type.Object({
  id: Type.String(),
  ready: Type.Boolean({ description: 'its query workers (large datasets) are up' }),
  actors: Type.Integer(),
  relations: Type.Integer(),
  hash: Type.String(),
});

const Health = Type.Object(
  {
    status: Type.Enum(['ok', 'closing']),
    live: Type.Boolean({ description: 'the process answers' }),
    ready: Type.Boolean({
      description:
        'every dataset is loaded (with its query workers, for a large one) and the server is not shutting down',
    }),
    dataset: Type.String({
      description: "the default dataset's id (its title, hash, counts and load time follow)",
      examples: ['besa-1723'],
    }),
    title: Type.String(),
    hash: Type.String({ description: 'content hash of the dataset being served' }),
    actors: Type.Integer({ examples: [40] }),
    relations: Type.Integer({ examples: [120] }),
    loadedAt: Type.String({ description: 'when the dataset was (re)loaded, ISO 8601' }),
    uptime: Type.Number({ description: 'seconds since the server started' }),
    datasets: Type.Array(DatasetHealth, { description: 'every served dataset, the default first' }),
  },
  {
    examples: [
      {
        status: 'ok',
        live: true,
        ready: true,
        dataset: 'besa-1723',
        title: 'BESA 1723',
        hash: 'ab12…',
        actors: 40,
        relations: 120,
        loadedAt: '2026-01-01T00:00:00.000Z',
        uptime: 12.5,
        datasets: [{ id: 'besa-1723', ready: true, actors: 40, relations: 120, hash: 'ab12…' }],
      },
    ],
  },
);

const Probe = Type.Object({ status: Type.Enum(['ok', 'unavailable']) });

const healthRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { datasets, lifecycle }) => {
  // Probes are not rate limited: an orchestrator polling them must never be locked out.
  const config = { rateLimit: false } as const;

  app.get(
    '',
    { config, schema: { tags: ['health'], summary: 'Status, dataset id and counts', response: { 200: Health } } },
    async (request) => {
      const all = datasets.entries.map(({ store, queries }) => {
        const snapshot = store.current;
        return {
          snapshot,
          id: snapshot.loaded.dataset.id,
          ready: queries.ready(snapshot),
          actors: snapshot.graph.order,
          relations: snapshot.graph.size,
          hash: snapshot.hash,
        };
      });
      // Private datasets the caller has no role on are left out; a private default is described by empty fields.
      const readable = await Promise.all(all.map(({ id }) => canRead(request, id)));
      const { loaded, graph, hash, loadedAt } = all[0]!.snapshot;
      const described = readable[0]
        ? {
            dataset: loaded.dataset.id,
            title: loaded.dataset.title,
            hash,
            actors: graph.order,
            relations: graph.size,
            loadedAt,
          }
        : { dataset: '', title: '', hash: '', actors: 0, relations: 0, loadedAt: '' };
      return {
        status: lifecycle.closing ? 'closing' : 'ok',
        live: true,
        ready: !lifecycle.closing && all.every((entry) => entry.ready),
        ...described,
        uptime: (Date.now() - lifecycle.startedAt) / 1000,
        datasets: all
          .filter((_, index) => readable[index])
          .map(({ id, ready, actors, relations, hash }) => ({ id, ready, actors, relations, hash })),
      } as const;
    },
  );

  app.get(
    '/live',
    { config, schema: { tags: ['health'], summary: 'Liveness probe', response: { 200: Probe } } },
    async () => ({ status: 'ok' }) as const,
  );

  app.get(
    '/ready',
    {
      config,
      schema: {
        tags: ['health'],
        summary: "Readiness probe (503 while any large dataset's query workers load, and while shutting down)",
        response: { 200: Probe, 503: Probe },
      },
    },
    async (_request, reply) =>
      lifecycle.closing || !datasets.ready()
        ? reply.status(503).send({ status: 'unavailable' })
        : { status: 'ok' as const },
  );
};

export default healthRoutes;
