// One full garbage collection after the start-up load, when most of what the heap holds has just become garbage.

/**
 * Runs V8's full collection if the process was started with --expose-gc (`npm start` and `npm run dev` are) and
 * returns the heap in use before and after it, in MB; undefined without the flag. V8 schedules its next full
 * collection from the heap size at the last one, so the garbage of a large load (parse batches, the checks' tables,
 * graphology's outgrown adjacency) stays resident until the heap has grown by as much again: 1,855 MB resident at
 * ready on the 100k-actor / 1M-relation benchmark, 1,315 MB once collected (heap 1,398 → 661 MB). It pauses the
 * thread for about a second on that dataset, so it runs once, before the server listens, never while it serves.
 */
export function collectGarbage(): { before: number; after: number } | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const before = mb(process.memoryUsage().heapUsed);
  gc();
  return { before, after: mb(process.memoryUsage().heapUsed) };
}
