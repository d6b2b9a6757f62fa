// Open-loop load at a fixed rate: one request every 1/rate s over a pool of keep-alive connections, timed from when it was due.
import { Agent, request } from 'node:http';
import { percentile } from './latency.js';

/** What a paced run saw: requests sent, answered by status, failed, and latencies from the moment each was due. */
export interface PacedResult {
  rate: number;
  sent: number;
  statuses: Map<number, number>;
  errors: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Sends `rate` requests a second for `seconds` over at most `connections` sockets, whatever the answers' speed.
 *
 * Why not autocannon's `overallRate`: each of its connections sends its share of a second's requests as fast as it
 * can at the start of each second and then waits, so 100 connections at 300 req/s fire bursts of 100 at once; and
 * its coordinated-omission correction assumes 1 ms between requests (ceil(1 / rate) with the rate per second), adding
 * phantom samples to every answer slower than that. Here each request is due at start + i / rate, and its latency
 * counts from then: time spent waiting for a free socket is part of it.
 */
export async function pacedRun(
  base: string,
  next: () => string,
  rate: number,
  seconds: number,
  connections: number,
): Promise<PacedResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const send = (path: string, due: number) => {
    const done = new Promise<void>((resolve) => {
      const req = request(`${base}${path}`, { agent, timeout: 10_000 }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - due);
          statuses.set(response.statusCode!, (statuses.get(response.statusCode!) ?? 0) + 1);
          resolve();
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  };
  const total = Math.round(rate * seconds);
  const start = performance.now();
  for (let i = 0; i < total;) {
    // Every request due by now goes out; then sleep until the next is due (timers are coarse, so several may be).
    const now = performance.now();
    for (; i < total && start + (i * 1000) / rate <= now; i++) send(next(), start + (i * 1000) / rate);
    await new Promise((wake) => setTimeout(wake, Math.max(0, start + (i * 1000) / rate - performance.now())));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return {
    rate,
    sent: total,
    statuses,
    errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
}
