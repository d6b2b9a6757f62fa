// Timing helpers for the benchmark: per-call times in milliseconds, medians and percentiles.

/** Median and 99th percentile of a sample, in the sample's unit. */
export interface Summary {
  count: number;
  median: number;
  p99: number;
  /** Mean process CPU time per call (user + system, all threads): less disturbed than wall time on a shared machine. */
  cpuMean?: number;
}

/** The q-quantile of a sample by the nearest-rank rule. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Summarises a sample of times. */
export function summarise(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) };
}

/** Times `run` once per item (after `warmup` untimed calls over the first items) and summarises. */
export function timeEach<T>(items: T[], run: (item: T) => unknown, warmup = 20): Summary {
  for (let i = 0; i < Math.min(warmup, items.length); i++) run(items[i]!);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (const item of items) {
    const start = performance.now();
    run(item);
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  return { ...summarise(times), cpuMean: (used.user + used.system) / 1000 / items.length };
}

/** Heap plus array buffers in use, after a full collection when the process was started with --expose-gc. */
export function memoryInUse(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}
