// Benchmark: time to ready and resident memory of a server over a dataset file, and /api/health latency during a SIGHUP reload (`npm run bench:startup -- --data FILE [--compiled]`).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { percentile } from './latency.js';
import { startServer } from './server-process.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    settle: { type: 'string', default: '10' },
    compiled: { type: 'boolean', default: false },
  },
});
const dataFile = values.data ?? 'graph/data/besa-1723.json';

/** VmRSS (resident now) and VmHWM (peak resident) of a process, in MB, from /proc (Linux). */
function residentMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

const health = async (url: string) =>
  (await (await fetch(`${url}/api/health`)).json()) as { loadedAt: string; actors: number; relations: number };

const started = performance.now();
// --compiled: the build, as `npm start` runs it (run `npm run build` first); otherwise the sources under tsx.
const server = await startServer(dataFile, {}, 600_000, values.compiled);
const readyMs = performance.now() - started;
const pid = server.child.pid!;
try {
  const atReady = residentMb(pid);
  const { actors, relations, loadedAt } = await health(server.url);
  // V8 gives back memory it no longer needs some seconds after the load's garbage is collected.
  await new Promise((done) => setTimeout(done, Number(values.settle) * 1000));
  const settled = residentMb(pid);

  // A reload of the same file: every /api/health answer meanwhile is timed, one after another.
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
  const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
  console.log(
    `| dataset | actors | relations | ready | RSS at ready | RSS settled | peak RSS | reload | health during reload: answers, p50, p99, max | load average |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---:|');
  console.log(
    `| ${dataFile} | ${actors} | ${relations} | ${(readyMs / 1000).toFixed(1)} s | ${atReady.now} MB | ${settled.now} MB | ${afterReload.peak} MB | ${(reloadMs / 1000).toFixed(1)} s | ` +
      `${latencies.length}, ${percentile(latencies, 50).toFixed(1)} ms, ${percentile(latencies, 99).toFixed(0)} ms, ${Math.max(...latencies).toFixed(0)} ms | ${load} |`,
  );
  console.log(values.compiled ? '(compiled server, dist/)' : '(sources under tsx)');
  console.log(`(peak RSS before the reload: ${settled.peak} MB; RSS after it: ${afterReload.now} MB)`);
} finally {
  await server.stop();
}
