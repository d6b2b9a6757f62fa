// Latency of one request at a time over one keep-alive connection: what a single explorer user waits for each answer.
import { Agent, request } from 'node:http';
import { percentile } from './latency.js';

/** What a serial run saw: answers, non-2xx answers, and latency percentiles in ms. */
export interface SerialResult {
  count: number;
  non2xx: number;
  p50: number;
  p90: number;
  p99: number;
}

/**
 * Asks `count` requests one after another (after `warm` untimed ones) over one keep-alive socket. Unlike the
 * 100-connection runs this has no queueing: the median is the cost of one round trip through the server, which
 * is what the issue-12 targets (strongest ≤ 2 ms, shortest ≤ 1 ms over HTTP at 100k/1M) are stated in.
 */
export async function serialRun(base: string, next: () => string, count: number, warm = 200): Promise<SerialResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const latencies: number[] = [];
  let non2xx = 0;
  const once = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = request(`${base}${path}`, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode! < 300 ? performance.now() - started : -1));
      });
      req.on('error', reject);
      req.end();
    });
  for (let i = 0; i < warm + count; i++) {
    const ms = await once(next());
    if (i < warm) continue;
    if (ms < 0) non2xx++;
    else latencies.push(ms);
  }
  agent.destroy();
  return {
    count: latencies.length,
    non2xx,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
  };
}
