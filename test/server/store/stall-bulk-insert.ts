// Test hook loaded into a server process (`--import`): its PGlite stalls forever right after the second batch of a bulk write's relations is inserted, inside the open transaction, so a test can kill it there.
import { PGlite } from '@electric-sql/pglite';

/** What the hook prints to stderr when it stalls: the test kills the process on seeing it. */
export const STALLED = 'STALLED inside the bulk write';

let batches = 0;
const query = PGlite.prototype.query;
// The bulk write's relations (ids `crash-…`) go in as one JSON parameter per batch of 5,000 (server/store/bulk-insert.ts).
PGlite.prototype.query = async function (this: PGlite, ...args: Parameters<typeof query>) {
  const result = await query.apply(this, args);
  const [text, parameters] = args;
  const batch = /^\s*insert\s+into\s+"relations"/i.test(text) && String(parameters?.[0] ?? '').includes('"crash-');
  if (batch && ++batches === 2) {
    process.stderr.write(`${STALLED}\n`);
    return new Promise<never>(() => {}); // the transaction stays open, rows inserted and never committed
  }
  return result;
} as typeof query;
