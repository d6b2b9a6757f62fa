// Test hook loaded into a server process (`--import`): its PGlite stalls forever right after a bulk write's relations are copied in, inside the open transaction, so a test can kill it there.
import { PGlite } from '@electric-sql/pglite';

/** What the hook prints to stderr when it stalls: the test kills the process on seeing it. */
export const STALLED = 'STALLED inside the bulk write';

const query = PGlite.prototype.query;
// The bulk write's relations (ids `crash-…`) go in by `COPY "relations" … FROM '/dev/blob'` (server/store/copy-rows.ts).
PGlite.prototype.query = async function (this: PGlite, ...args: Parameters<typeof query>) {
  const result = await query.apply(this, args);
  const [text, , options] = args;
  const copied = /^\s*copy\s+"relations"/i.test(text) && (await options?.blob?.text())?.includes('crash-');
  if (copied) {
    process.stderr.write(`${STALLED}\n`);
    return new Promise<never>(() => {}); // the transaction stays open, rows inserted and never committed
  }
  return result;
} as typeof query;
