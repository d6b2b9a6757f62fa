// One full garbage collection after the start-up load, when most of what the heap holds has just become garbage; compacting only a fragmented heap.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * Share of the old space left free between live objects after a plain full collection above which the
 * collection is repeated compacting every page. At 100k actors / 1M relations the start leaves ~5–10 % (a plain
 * collection: 739–765 MB committed for 685 MB in use), and compacting all of it took 2.5–3.5 s more for 10–40 MB
 * back; before actor graphs hashed their neighbour tables (graph/model/hashed-adjacency.ts) it left 27 % (828 MB
 * for 603 MB), and compacting gave ~200 MB back.
 */
export const FRAGMENTED_SHARE = 0.15;

/** The old space's committed and used bytes (V8's tenured objects: nearly everything a loaded dataset holds). */
function oldSpace(): { size: number; used: number } {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  return { size: space?.space_size ?? 0, used: space?.space_used_size ?? 0 };
}

/**
 * Runs V8's full collection if the process was started with --expose-gc (`npm start` and `npm run dev` are) and
 * returns the heap in use (and committed) before and after it, in MB, and whether it compacted; undefined without
 * the flag. V8 schedules its next full collection from the heap size at the last one, so the garbage of a large
 * load (parse batches, the checks' tables) stays resident until the heap has grown by as much again: 1,855 MB
 * resident at ready on the 100k-actor / 1M-relation benchmark, 1,315 MB once collected (heap 1,398 → 661 MB). A
 * plain full collection moves objects off only its most fragmented pages; when it leaves more than FRAGMENTED_SHARE
 * of the old space free among partly used pages, a second one compacts every page (`--compact-on-every-full-gc`
 * for that call only). It pauses the thread (1–1.5 s plain, 2.5–3.5 s compacting at 1M), so it runs once, before
 * the server listens, never while it serves.
 */
export function collectGarbage():
  { before: number; after: number; committedBefore: number; committed: number; compacted: boolean } | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  const { heapUsed, heapTotal } = process.memoryUsage();
  // The sweeper frees dead objects' space after the pause, on other threads; until it is done the old space counts
  // them as used. Swept within the pause here, so the figures below are exact.
  setFlagsFromString('--no-concurrent-sweeping');
  try {
    gc();
  } finally {
    setFlagsFromString('--concurrent-sweeping');
  }
  const old = oldSpace();
  const compacted = old.size - old.used > FRAGMENTED_SHARE * old.size;
  if (compacted) {
    setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      setFlagsFromString('--no-compact-on-every-full-gc');
    }
  }
  const now = process.memoryUsage();
  return {
    before: mb(heapUsed),
    after: mb(now.heapUsed),
    committedBefore: mb(heapTotal),
    committed: mb(now.heapTotal),
    compacted,
  };
}
