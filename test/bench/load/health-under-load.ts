// Benchmark: /api/health latency while heavy path, neighbourhood and metric queries run (`npm run bench:health -- --data FILE --seconds 20`).
import { parseArgs } from 'node:util';
import { mulberry32 } from '../../../graph/shared/random.js';
import { percentile } from './latency.js';
import { sampleActorIds, startServer } from './server-process.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    seconds: { type: 'string', default: '20' },
    heavy: { type: 'string', default: '4' },
    mix: { type: 'string', default: 'paths,widest,neighbors,metrics' },
  },
});
const dataFile = values.data ?? 'graph/data/besa-1723.json';
const seconds = Number(values.seconds);
const server = await startServer(dataFile);
try {
  const ids = await sampleActorIds(server.url, 400);
  const random = mulberry32(1723); // seeded uniform draws: the same heavy queries every run, not a short cycle of them
  const pick = () => random.pick(ids);
  // The heaviest queries the API accepts: 10 paths of up to 8 hops, 4-hop neighbourhoods of 5000 actors, all metrics per year.
  const mix = values.mix!.split(',');
  const heavy = (i: number): string => {
    switch (mix[i % mix.length]) {
      case 'paths':
        return `/api/paths?from=${pick()}&to=${pick()}&mode=strongest&k=10&maxHops=8`;
      case 'widest':
        return `/api/paths?from=${pick()}&to=${pick()}&mode=widest&k=10&maxHops=8`;
      case 'neighbors':
        return `/api/actors/${pick()}/neighbors?depth=4&limit=5000`;
      default:
        return `/api/metrics?asOf=${1990 + (i % 30)}`;
    }
  };
  const statuses = new Map<string, number>();
  const heavyMs: number[] = [];
  const stopAt = Date.now() + seconds * 1000;
  let issued = 0;
  const worker = async () => {
    while (Date.now() < stopAt) {
      const url = heavy(issued++);
      const started = performance.now();
      const response = await fetch(server.url + url);
      await response.arrayBuffer();
      heavyMs.push(performance.now() - started);
      const key = `${url.split('?')[0]!.replace(/actors\/[^/]+/, 'actors/:id')} ${response.status}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
  };
  const healthMs: number[] = [];
  const probe = async () => {
    while (Date.now() < stopAt) {
      const started = performance.now();
      await (await fetch(`${server.url}/api/health`)).arrayBuffer();
      healthMs.push(performance.now() - started);
      await new Promise((done) => setTimeout(done, 20));
    }
  };
  await Promise.all([probe(), ...Array.from({ length: Number(values.heavy) }, worker)]);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `dataset ${dataFile}, ${seconds} s, ${values.heavy} heavy clients (${mix.join(', ')}), load average ${(
      await import('node:os')
    )
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `/api/health: ${healthMs.length} probes, p50 ${ms(percentile(healthMs, 50))}, p99 ${ms(percentile(healthMs, 99))}, max ${ms(Math.max(...healthMs))}`,
  );
  console.log(
    `heavy: ${heavyMs.length} requests, p50 ${ms(percentile(heavyMs, 50))}, p99 ${ms(percentile(heavyMs, 99))}, max ${ms(Math.max(...heavyMs))}`,
  );
  console.log(`statuses: ${JSON.stringify(Object.fromEntries(statuses))}`);
} finally {
  await server.stop();
}
