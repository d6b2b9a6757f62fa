// Builds the Fastify app (no listen): hardening, docs, the /api resource plugins, the client, and the one error handler.
import Fastify, { type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { loadDatasetFile } from '../graph/load/load-dataset.js';
import { mergeSettings, type Settings } from './config.js';
import type { DatasetStore, DatasetLoader } from './dataset-store.js';
import { Datasets } from './datasets.js';
import { roundNumbers } from './round-numbers.js';
import { registerDocs } from './docs.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { registerCors, registerHeaders, registerQueryCap, registerRateLimit } from './security.js';
import { LayoutService, layoutSettingsOf } from './layout/layout-service.js';
import { registerClient } from './static.js';
import type { Lifecycle, RouteOptions } from './routes/route-options.js';
import healthRoutes from './routes/health.js';
import graphRoutes from './routes/graph.js';
import actorRoutes from './routes/actors.js';
import relationRoutes from './routes/relations.js';
import tieRoutes from './routes/ties.js';
import changeRoutes from './routes/changes.js';
import compareRoutes from './routes/compare.js';
import balanceRoutes from './routes/balance.js';
import pathRoutes from './routes/paths.js';
import metricRoutes from './routes/metrics.js';
import sourceRoutes from './routes/sources.js';
import sourceTextRoutes from './routes/source-text.js';
import sourceMentionRoutes from './routes/source-mentions.js';
import exportRoutes from './routes/export.js';
import subgraphRoutes from './routes/subgraph.js';
import datasetRoutes from './routes/datasets.js';
import adminRoutes from './routes/admin.js';
import { CatchUp, listenForChanges } from './store/change-listener.js';
import importRoutes from './routes/import.js';
import type { StoreConnection } from './store/database.js';
import { openStoreDatasets } from './store/open-store.js';
import { PastRevisions } from './store/past-revisions.js';
import { registerRevisionHeader } from './store/revision-header.js';
import { registerTimeTravel } from './store/time-travel.js';
import storeRoutes from './store/store-routes.js';
import { sharedSchemaController } from './schema-compilers.js';
import type { AccountsDb } from './accounts/account-store.js';
import { registerAccountRoutes, registerAccounts } from './accounts/register-accounts.js';

/** Extras for tests and embedding: another loader, or already open stores (served in this order, the first the default). */
export interface BuildOptions {
  loader?: DatasetLoader;
  store?: DatasetStore;
  stores?: DatasetStore[];
  /** The accounts database (migrated); without one there are no accounts: public datasets only, writes by ADMIN_TOKEN. */
  accountsDb?: AccountsDb;
  /** Where the JSON log lines go instead of stdout (tests read them, e.g. to check no password is ever logged). */
  logStream?: { write(line: string): void };
  /** The store (`store: 'on'`) already being opened: server/main.ts opens PGlite while the app's modules load. */
  storeConnection?: Promise<StoreConnection>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every dataset the app serves, by id; `datasets.reload(id)` swaps one atomically. */
    datasets: Datasets;
    /** The default dataset's store (the first file); `reload()` swaps it atomically. */
    store: DatasetStore;
    lifecycle: Lifecycle;
    /** The store the datasets are served from (`store: 'on'`), or null when they come from files. */
    storeConnection: StoreConnection | null;
  }
}

/** Builds the app for these settings (merged over the defaults), loading every dataset; throws on bad settings or data. */
export async function buildApp(
  overrides: Partial<Settings> = {},
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const settings = mergeSettings(overrides);
  const app = Fastify({
    logger: { level: settings.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 16 * 1024, // the API reads no bodies; anything big is a mistake or an attack
    routerOptions: { maxParamLength: 256, ignoreTrailingSlash: true },
    requestTimeout: 30_000,
    return503OnClosing: true,
    // Errors raised before routing (undecodable URL, bad content type) get the same JSON body as the rest.
    frameworkErrors: (error, request, reply) => errorHandler(error, request, reply),
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false } },
    schemaController: sharedSchemaController,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const given = options.stores ?? (options.store ? [options.store] : undefined);
  let connection: StoreConnection | null = null;
  let datasets: Datasets;
  if (given) datasets = Datasets.of(given, settings, app.log);
  else if (settings.store === 'on')
    ({ datasets, connection } = await openStoreDatasets(settings, app.log, options.storeConnection));
  else datasets = await Datasets.open(settings.dataFiles, options.loader ?? loadDatasetFile, settings, app.log);
  const { store } = datasets.default;
  const layouts = LayoutService.forStores(
    datasets.entries.map((entry) => entry.store),
    layoutSettingsOf(settings),
    app.log,
  );
  const lifecycle: Lifecycle = { closing: false, startedAt: Date.now() };
  app.decorate('datasets', datasets);
  app.decorate('store', store);
  app.decorate('lifecycle', lifecycle);
  app.decorate('storeConnection', connection);
  app.addHook('preClose', async () => {
    lifecycle.closing = true;
  });
  // Over a PostgreSQL server other API processes may write too: follow their commits.
  const catchUp = connection ? new CatchUp(datasets, app.log) : undefined;
  const listener =
    connection?.backend === 'postgres' && catchUp
      ? await listenForChanges(settings.databaseUrl, catchUp, app.log)
      : undefined;
  app.addHook('onClose', async () => {
    await layouts.close();
    await listener?.close();
    await datasets.close();
    await connection?.close();
  });
  app.addHook('onSend', async (request, reply) => {
    // The id every log line of this request carries, so a client report can be matched to the logs.
    reply.header('x-request-id', request.id);
    // Responses finishing during shutdown close their keep-alive connection; otherwise an idle client
    // connection would hold close() open until the keep-alive timeout.
    if (lifecycle.closing) reply.header('connection', 'close');
  });

  registerRevisionHeader(app);
  if (connection) {
    // A past revision leaving the cache takes its worker threads and layout with it.
    const past = new PastRevisions(connection.db, (id, snapshot) => {
      void layouts.retire(snapshot);
      datasets.entries.find((entry) => entry.store.current.loaded.dataset.id === id)?.queries.retire(snapshot);
    });
    registerTimeTravel(app, datasets, past);
  }
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  registerQueryCap(app, settings);
  registerHeaders(app);
  await registerCors(app, settings);
  await app.register(compress, { threshold: 1024 });
  await registerDocs(app);
  // Accounts live in the store's database (their tables come with its migrations); a test may bring its own. Kysely<DB> is
  // invariant in DB, so the store's handle is narrowed by a cast to the accounts tables it holds (StoreDatabase extends them).
  const accountsDb = options.accountsDb ?? (connection ? (connection.db as unknown as AccountsDb) : undefined);
  await registerAccounts(app, settings, accountsDb);

  const routeOptions: RouteOptions = { datasets, lifecycle, settings, layouts };
  await app.register(
    async (api) => {
      await registerRateLimit(api, settings);
      // Computed scores carry float noise (0.19999999999999996): every object answer is rounded to 6 decimals.
      api.addHook('preSerialization', async (_request, _reply, payload) => roundNumbers(payload));
      await api.register(healthRoutes, { ...routeOptions, prefix: '/health' });
      await api.register(datasetRoutes, { ...routeOptions, prefix: '/datasets' });
      await api.register(actorRoutes, { ...routeOptions, prefix: '/actors' });
      await api.register(relationRoutes, { ...routeOptions, prefix: '/relations' });
      await api.register(tieRoutes, { ...routeOptions, prefix: '/ties' });
      await api.register(changeRoutes, { ...routeOptions, prefix: '/changes' });
      await api.register(compareRoutes, { ...routeOptions, prefix: '/compare' });
      await api.register(balanceRoutes, { ...routeOptions, prefix: '/balance' });
      await api.register(pathRoutes, { ...routeOptions, prefix: '/paths' });
      await api.register(metricRoutes, { ...routeOptions, prefix: '/metrics' });
      await api.register(graphRoutes, { ...routeOptions, prefix: '/graph' });
      await api.register(sourceRoutes, { ...routeOptions, prefix: '/sources' });
      await api.register(sourceTextRoutes, { ...routeOptions, prefix: '/sources' });
      await api.register(sourceMentionRoutes, { ...routeOptions, prefix: '/sources' });
      await api.register(exportRoutes, { ...routeOptions, prefix: '/export' });
      await api.register(subgraphRoutes, { ...routeOptions, prefix: '/subgraph' });
      await registerAccountRoutes(api, settings, accountsDb);
      // Without a token from the environment the admin route does not exist (404), so there is nothing to guess at.
      if (settings.adminToken) await api.register(adminRoutes, { ...routeOptions, prefix: '/admin' });
      // Imports need the editor role on every dataset (server/accounts/authorize.ts), checked by the route.
      await api.register(importRoutes, { ...routeOptions, prefix: '/import' });
      // Writes, history and past revisions exist only over a store; JSON files stay read-only.
      if (connection && catchUp) await api.register(storeRoutes, { ...routeOptions, connection, catchUp });
    },
    { prefix: '/api' },
  );

  await registerClient(app, settings.clientDir);
  return app;
}
