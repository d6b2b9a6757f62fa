// Benchmark: time to ready and resident memory of a server over a dataset file or a store, and /api/health latency during a SIGHUP reload (`npm run bench:startup -- --data FILE | --data-dir DIR | --database-url URL [--compiled] [--no-reload]`).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { percentile } from './latency.js';
import { startServer } from './server-process.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    settle: { type: 'string', default: '10' },
    compiled: { type: 'boolean', default: false },
    // A store instead of a file (STORE=on): a PGlite folder or a PostgreSQL database. Give it a copy: the first
    // read of a freshly loaded store also writes (hint bits), and a start takes the folder's lock.
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    'no-reload': { type: 'boolean', default: false },
  },
});
const store: Record<string, string> =
  values['data-dir'] !== undefined || values['database-url'] !== undefined
    ? {
        STORE: 'on',
        ...(values['data-dir'] ? { DATA_DIR: values['data-dir'] } : {}),
        ...(values['database-url'] ? { DATABASE_URL: values['database-url'] } : {}),
      }
    : {};
const dataFile = values.data ?? 'graph/data/besa-1723.json';

/** VmRSS (resident now) and VmHWM (peak resident) of a process, in MB, from /proc (Linux). */
function residentMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const health = async (url: string) =>
  (await (await fetch(`${url}/api/health`)).json()) as { loadedAt: string; actors: number; relations: number };

const started = performance.now();
// --compiled: the build, as `npm start` runs it (run `npm run build` first); otherwise the sources under tsx.
// MALLOC_ARENA_MAX as `npm start` sets it (package.json).
const server = await startServer(dataFile, { MALLOC_ARENA_MAX: '2', ...store }, 600_000, values.compiled);
const readyMs = performance.now() - started;
const pid = server.child.pid!;
try {
  const atReady = residentMb(pid);
  const atReadyCpu = cpuSeconds(pid);
  const { actors, relations, loadedAt } = await health(server.url);
  // V8 gives back memory it no longer needs some seconds after the load's garbage is collected.
  await new Promise((done) => setTimeout(done, Number(values.settle) * 1000));
  const settled = residentMb(pid);

  const source = values['data-dir'] ?? values['database-url'] ?? dataFile;
  const load = () => loadavg()[0]!.toFixed(1);
  if (values['no-reload']) {
    console.log(
      `${source}: ${actors} actors, ${relations} relations; ready ${(readyMs / 1000).toFixed(1)} s (CPU ${atReadyCpu.toFixed(1)} s), ` +
        `RSS at ready ${atReady.now} MB, ${values.settle} s later ${settled.now} MB, peak ${settled.peak} MB; load average ${load()}`,
    );
  } else {
    // A reload of the same data: every /api/health answer meanwhile is timed, one after another.
    const latencies: number[] = [];
    const reloadStart = performance.now();
    process.kill(pid, 'SIGHUP');
    for (;;) {
      const before = performance.now();
      const now = await health(server.url);
      latencies.push(performance.now() - before);
      if (now.loadedAt !== loadedAt) break;
      if (performance.now() - reloadStart > 600_000) throw new Error('the reload did not finish within 10 minutes');
    }
    const reloadMs = performance.now() - reloadStart;
    const afterReload = residentMb(pid);
    console.log(
      `| dataset | actors | relations | ready | RSS at ready | RSS settled | peak RSS | reload | health during reload: answers, p50, p99, max | load average |`,
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|');
    console.log(
      `| ${source} | ${actors} | ${relations} | ${(readyMs / 1000).toFixed(1)} s | ${atReady.now} MB | ${settled.now} MB | ${afterReload.peak} MB | ${(reloadMs / 1000).toFixed(1)} s | ` +
        `${latencies.length}, ${percentile(latencies, 50).toFixed(1)} ms, ${percentile(latencies, 99).toFixed(0)} ms, ${Math.max(...latencies).toFixed(0)} ms | ${load()} |`,
    );
    console.log(`(peak RSS before the reload: ${settled.peak} MB; RSS after it: ${afterReload.now} MB)`);
  }
  console.log(values.compiled ? '(compiled server, dist/)' : '(sources under tsx)');
} finally {
  await server.stop();
}
