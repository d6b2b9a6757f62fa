// After a large write on PGlite, the thread is started afresh so the memory the write made it hold goes back.
import type { StoreConnection } from './database.js';
import { recycleLogged } from './open-store.js';
import type { StoreLogger } from '../dataset-store.js';

/**
 * Records one write must touch for the PGlite thread to be recycled after it. A 100k-relation bulk write on the
 * 1M-relation store left the process 1.1 GB larger (2,283 MB resident after it and a GC); a recycle gave 640 MB back
 * (1,642 MB), in ~0.8 s during which the store's next statements wait. Writes this size are imports, not edits.
 */
export const RECYCLE_MIN_WRITTEN = 10_000;

/**
 * Recycles the PGlite thread (`connection.recycle`) once a committed write of `written` records is at least `min`;
 * does nothing on PostgreSQL or for a smaller write. Not awaited by the write: its answer does not wait, later
 * statements do (the pool runs the recycle alone). A failed reopen is logged (the store then answers 503).
 */
export function recycleAfterWrite(
  connection: StoreConnection,
  written: number,
  logger: StoreLogger,
  min = RECYCLE_MIN_WRITTEN,
): Promise<void> | undefined {
  if (!connection.recycle || written < min) return undefined;
  return recycleLogged(connection, logger, { written }, 'PGlite thread recycled after a large write');
}
