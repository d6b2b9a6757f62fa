// Server entry: reads settings, builds the app, listens; SIGHUP reloads every dataset, SIGTERM/SIGINT shut down gracefully.
// Only what opens the store is imported up front; the rest of the server loads while PGlite boots (main below).
import { collectGarbage } from './collect-garbage.js';
import { loadSettings } from './config.js';
import { noteServerAddress } from './store/data-dir-lock.js';
import { openStoreDatabase } from './store/database.js';

async function main(): Promise<void> {
  const settings = loadSettings();
  // The embedded store opens in its thread (PGlite's WASM, the folder's lock, the migrations check: ~1–2 s) while
  // this thread loads the app's modules (~1 s): both before the start's read. A PostgreSQL pool connects in
  // milliseconds, so it opens in buildApp as before. A failed open is reported by buildApp, as it would be there.
  const opening =
    settings.store === 'on' && !settings.databaseUrl ? openStoreDatabase({ dataDir: settings.dataDir }) : undefined;
  opening?.catch(() => undefined);
  const { buildApp } = await import('./app.js');
  const app = await buildApp(settings, opening ? { storeConnection: opening } : {});
  const heapMB = collectGarbage();
  app.log.info(
    { heapMB },
    heapMB
      ? 'start-up load garbage collected'
      : "started without --expose-gc: the start-up load's garbage stays resident until V8 collects it",
  );
  await app.listen({ host: settings.host, port: settings.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  // `npm run user` on the same DATA_DIR then says which server to stop (or to use its Accounts… dialog).
  if (settings.store === 'on' && !settings.databaseUrl) noteServerAddress(settings.dataDir, `http://${host}:${port}/`);
  app.log.info(
    { url: `http://${host}:${port}/`, docs: `http://${host}:${port}/docs`, datasets: app.datasets.ids() },
    `Actor Graph Explorer listening on http://${host}:${port}/`,
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
    // If in-flight work does not finish in time, give up rather than hang the orchestrator.
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, settings.shutdownTimeout);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // SIGHUP: re-read every dataset file; a bad file is logged and that dataset's last good data keeps serving.
  process.on('SIGHUP', () => void app.datasets.reloadAll());
}

main().catch(async (error: unknown) => {
  // Startup failures (bad settings, bad dataset) print their issues, one per line, without a stack trace.
  const { describeLoadError } = await import('./dataset-store.js');
  for (const line of describeLoadError(error)) console.error(line);
  process.exit(1);
});
