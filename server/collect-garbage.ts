// One full, compacting garbage collection after the start-up load, when most of what the heap holds has just become garbage.
import { setFlagsFromString } from 'node:v8';

/**
 * Runs V8's full collection if the process was started with --expose-gc (`npm start` and `npm run dev` are) and
 * returns the heap in use (and committed) before and after it, in MB; undefined without the flag. V8 schedules its
 * next full collection from the heap size at the last one, so the garbage of a large load (parse batches, the checks'
 * tables, graphology's outgrown adjacency) stays resident until the heap has grown by as much again: 1,855 MB
 * resident at ready on the 100k-actor / 1M-relation benchmark, 1,315 MB once collected (heap 1,398 → 661 MB). A
 * plain full collection moves objects off only its most fragmented pages; the load leaves the old space with
 * ~25 % free space spread over pages all partly used (828 MB committed for 603 MB live at 1M relations), so this one
 * compacts every page (`--compact-on-every-full-gc` for this call only): ~200 MB back to the system. It pauses the
 * thread for a second or two on that dataset, so it runs once, before the server listens, never while it serves.
 */
export function collectGarbage():
  { before: number; after: number; committedBefore: number; committed: number } | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const { heapUsed, heapTotal } = process.memoryUsage();
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  const now = process.memoryUsage();
  return {
    before: mb(heapUsed),
    after: mb(now.heapUsed),
    committedBefore: mb(heapTotal),
    committed: mb(now.heapTotal),
  };
}
