// Fuzz benchmark (`npm run bench:fuzz -- [--runs 10000] [--data FILE] [--workers]`): fast-check requests over HTTP against a server child process, every documented route.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { contractBreach, fuzzRequest, fuzzUrl, routesOf } from '../../server/fuzz-requests.js';
import { startServer } from '../load/server-process.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    data: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
// --workers: path, neighbourhood and metric queries go through the worker threads even on a small dataset.
const server = await startServer(
  values.data ?? 'graph/data/besa-1723.json',
  values.workers ? { WORKER_MIN_RELATIONS: '0' } : {},
);
const started = performance.now();
const counts = new Map<string, number>();
const perRoute = new Map<string, number>();
let sent = 0;
try {
  const routes = routesOf((await (await fetch(`${server.url}/docs/json`)).json()) as Parameters<typeof routesOf>[0]);
  const seed = values.seed === undefined ? Date.now() : Number(values.seed);
  await fc.assert(
    fc.asyncProperty(fuzzRequest(routes.length), async (request) => {
      const spec = routes[request.route]!;
      const url = fuzzUrl(spec, request);
      sent++;
      let status: number;
      let body: string;
      try {
        const response = await fetch(server.url + url);
        status = response.status;
        body = await response.text();
      } catch (error) {
        // fetch itself refuses some URLs a raw client could send (it is the client's parser, not the server, that failed).
        if (error instanceof TypeError && /URL|header|Invalid/i.test(String(error.message))) return;
        throw error;
      }
      const code = status >= 400 ? `${status} ${(JSON.parse(body) as { code?: string }).code}` : String(status);
      counts.set(code, (counts.get(code) ?? 0) + 1);
      perRoute.set(spec.template, (perRoute.get(spec.template) ?? 0) + 1);
      const breach = contractBreach(status, body);
      if (breach) throw new Error(`${url} → ${breach}`);
    }),
    { numRuns: runs, seed },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `fuzz${values.workers ? ' (queries in worker threads)' : ''}: ${sent} requests over ${routes.length} routes in ${seconds.toFixed(1)} s (seed ${seed}): zero 5xx, every 4xx a JSON error (400/422/NOT_FOUND naming the field)`,
  );
  console.log(`statuses: ${JSON.stringify(Object.fromEntries([...counts].sort()))}`);
  console.log(`per route: ${JSON.stringify(Object.fromEntries(perRoute))}`);
} finally {
  await server.stop();
}
