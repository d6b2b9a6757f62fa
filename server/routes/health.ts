// GET /api/health (status, dataset, counts, liveness and readiness), /api/health/live and /api/health/ready for probes.
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { RouteOptions } from './route-options.js';

const Health = Type.Object(
  {
    status: Type.Enum(['ok', 'closing']),
    live: Type.Boolean({ description: 'the process answers' }),
    ready: Type.Boolean({ description: 'a dataset is loaded (with its query workers, for a large one) and the server is not shutting down' }),
    dataset: Type.String({ description: 'dataset id', examples: ['besa-1723'] }),
    title: Type.String(),
    hash: Type.String({ description: 'content hash of the dataset being served' }),
    actors: Type.Integer({ examples: [40] }),
    relations: Type.Integer({ examples: [120] }),
    loadedAt: Type.String({ description: 'when the dataset was (re)loaded, ISO 8601' }),
    uptime: Type.Number({ description: 'seconds since the server started' }),
  },
  { examples: [{ status: 'ok', live: true, ready: true, dataset: 'besa-1723', title: 'BESA 1723', hash: 'ab12…', actors: 40, relations: 120, loadedAt: '2026-01-01T00:00:00.000Z', uptime: 12.5 }] },
);

const Probe = Type.Object({ status: Type.Enum(['ok', 'unavailable']) });

const healthRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { store, lifecycle, queries }) => {
  // Probes are not rate limited: an orchestrator polling them must never be locked out.
  const config = { rateLimit: false } as const;

  app.get('', { config, schema: { tags: ['health'], summary: 'Status, dataset id and counts', response: { 200: Health } } }, async () => {
    const snapshot = store.current;
    const { loaded, graph, hash, loadedAt } = snapshot;
    const ready = !lifecycle.closing && queries.ready(snapshot);
    return {
      status: lifecycle.closing ? 'closing' : 'ok', live: true, ready, dataset: loaded.dataset.id, title: loaded.dataset.title, hash,
      actors: graph.order, relations: graph.size, loadedAt, uptime: (Date.now() - lifecycle.startedAt) / 1000,
    } as const;
  });

  app.get('/live', { config, schema: { tags: ['health'], summary: 'Liveness probe', response: { 200: Probe } } }, async () => ({ status: 'ok' }) as const);

  app.get('/ready', { config, schema: { tags: ['health'], summary: 'Readiness probe (503 while a large dataset\'s query workers load, and while shutting down)', response: { 200: Probe, 503: Probe } } }, async (_request, reply) =>
    lifecycle.closing || !queries.ready(store.current) ? reply.status(503).send({ status: 'unavailable' }) : { status: 'ok' as const },
  );
};

export default healthRoutes;
