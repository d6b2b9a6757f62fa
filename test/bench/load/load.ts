// Load benchmark (`npm run bench:load -- [--data FILE] [--compiled] [--seconds 30] [--route-seconds 10] [--only mix,routes,fixed-rate,serial]`): autocannon, 100 connections, against a server child process.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { pacedRun } from './paced.js';
import { routeMix, serialRoutes, type RouteLoad } from './routes.js';
import { serialRun } from './serial.js';
import { sampleActorIds, startServer } from './server-process.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    seconds: { type: 'string', default: '30' },
    'route-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '100' },
    only: { type: 'string', default: 'mix,routes,fixed-rate,serial' },
    'serial-count': { type: 'string', default: '2000' },
    // The build, as `npm start` runs it (run `npm run build` first); otherwise the sources under tsx.
    compiled: { type: 'boolean', default: false },
  },
});
const SCENARIOS = ['mix', 'routes', 'fixed-rate', 'serial'] as const;
const only = new Set(values.only!.split(','));
for (const name of only)
  if (!(SCENARIOS as readonly string[]).includes(name))
    throw new Error(`--only: unknown scenario "${name}"; expecting ${SCENARIOS.join(', ')}`);
const dataFile = values.data ?? 'graph/data/besa-1723.json';
const connections = Number(values.connections);

const started = Date.now();
const server = await startServer(dataFile, {}, undefined, values.compiled);
console.log(`# ${dataFile}: server ready in ${((Date.now() - started) / 1000).toFixed(0)} s (workers included)`);
try {
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { actors: number; relations: number };
  const large = health.relations >= 100_000;
  const ids = await sampleActorIds(server.url, 1000);
  const relationPage = (await (await fetch(`${server.url}/api/relations?limit=500`)).json()) as {
    items: Array<{ id: string }>;
  };
  const routes = routeMix(
    ids,
    relationPage.items.map((r) => r.id),
    large,
  );
  if (only.has('mix') || only.has('routes')) await warmMetrics(server.url); // the fixed-rate runs never ask for metrics

  const run = (requests: RouteLoad[], seconds: number): Promise<Result> => {
    // Each connection walks the mix in proportion to the weights.
    const cycle = requests.flatMap((route) => Array.from({ length: route.weight }, () => route));
    let i = 0;
    return autocannon({
      url: server.url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          method: 'GET',
          setupRequest: (request, context) => {
            const route = cycle[i++ % cycle.length]!;
            context.label = route.label; // one request in flight per connection: the context knows whose answer comes next
            return { ...request, path: route.next() };
          },
          onResponse: (status, _body, context) => {
            if (status >= 300)
              refusals.set(
                `${String(context.label)} ${status}`,
                (refusals.get(`${String(context.label)} ${status}`) ?? 0) + 1,
              );
          },
        },
      ],
    });
  };
  const refusals = new Map<string, number>();
  const row = (label: string, result: Result) =>
    `| ${label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${result['2xx']} | ${result.non2xx} | ${result.errors + result.timeouts} |`;
  const lines = [
    `Dataset ${dataFile} (${health.actors} actors, ${health.relations} relations); ${connections} connections; load average before: ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
    '',
    '| Route | req/s | p50 ms | p99 ms | max ms | 2xx | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  if (only.has('mix')) {
    const mixed = await run(routes, Number(values.seconds));
    lines.push(row(`**mix of all below, ${values.seconds} s**`, mixed));
    if (refusals.size) console.error(`mix non-2xx: ${JSON.stringify(Object.fromEntries(refusals))}`);
    refusals.clear();
  }
  for (const route of only.has('routes') ? routes : []) {
    const result = await run([route], Number(values['route-seconds']));
    lines.push(row(`${route.label} (${values['route-seconds']} s)`, result));
    console.error(lines.at(-1));
  }
  // The paths target is a latency at a given rate (300 req/s, p99 ≤ 50 ms): at full tilt, 100 connections queue by Little's
  // law (mean latency = 100 / throughput). So the rate is held by an open-loop pacer (paced.ts), not by autocannon's bursts.
  const strongest = routes.find((route) => route.label === '/api/paths?mode=strongest')!;
  for (const rate of only.has('fixed-rate') ? [300, 600, 1000] : []) {
    const paced = await pacedRun(server.url, strongest.next, rate, Number(values.seconds), connections);
    const ok = [...paced.statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
    lines.push(
      `| ${strongest.label} paced at ${rate} req/s, ≤ ${connections} connections (${values.seconds} s) | ${(paced.sent / Number(values.seconds)).toFixed(0)} | ` +
        `${paced.p50.toFixed(0)} | ${paced.p99.toFixed(0)} | ${paced.max.toFixed(0)} | ${ok} | ${paced.sent - ok - paced.errors} | ${paced.errors} |`,
    );
    console.error(lines.at(-1), JSON.stringify(Object.fromEntries(paced.statuses)));
  }
  if (only.has('serial')) {
    // One request at a time over one connection: the round trip's own cost, no queueing (targets of issue 12).
    lines.push(
      '',
      '| Route, one request at a time | answers | p50 ms | p90 ms | p99 ms | non-2xx |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const route of serialRoutes(ids)) {
      const serial = await serialRun(server.url, route.next, Number(values['serial-count']));
      lines.push(
        `| ${route.label} | ${serial.count} | ${serial.p50.toFixed(2)} | ${serial.p90.toFixed(2)} | ${serial.p99.toFixed(2)} | ${serial.non2xx} |`,
      );
      console.error(lines.at(-1));
    }
  }
  if (refusals.size) lines.push('', `Non-2xx by route: ${JSON.stringify(Object.fromEntries(refusals))}`);
  lines.push(
    '',
    `Load average after: ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  console.log(lines.join('\n'));
} finally {
  await server.stop();
}

/** Metrics are computed once per filter and memoised: ask until the default ones are in (up to 5 minutes on a large dataset). */
async function warmMetrics(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await fetch(`${url}/api/metrics?metrics=degree&limit=100`)).status === 200) return;
    await new Promise((done) => setTimeout(done, 1000));
  }
  throw new Error('metrics never became ready');
}
