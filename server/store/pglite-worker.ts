// The PGlite thread: owns the embedded PostgreSQL (WASM) databases of this process and runs the statements the main thread sends, in order per database.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { toWireError, type ThreadReply, type ThreadRequest } from './pglite-protocol.js';

const port = parentPort!;
const send = (reply: ThreadReply) => port.postMessage(reply);

/** PGlite's shared_buffers (its PostgreSQL's own page cache, in WASM memory). */
const PGLITE_SHARED_BUFFERS = '32MB';
// The page cache lives in PGlite's WASM memory, resident for good once filled, on top of the operating system's
// cache of the same files: 32 MB instead of 128 MB keeps ~100 MB of a 1M-relation server's 1.5 GB.
const START_PARAMS = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];

/** The open databases by the main thread's number for them. */
const databases = new Map<number, PGlite>();
/** Per database, the end of its chain of requests: statements run in arrival order and `close` waits for them. */
const chains = new Map<number, Promise<void>>();

/** COPY data (characters) after which the thread collects its garbage once idle: a bulk write's text and buffers. */
const LARGE_COPY = 1 << 20;
/** Quiet time before that collection; every request meanwhile pushes it back. */
const IDLE_MS = 2_000;
let collection: NodeJS.Timeout | undefined;

/** Runs a full GC of this thread after IDLE_MS without a request (only with --expose-gc, as `npm start` runs). */
function collectWhenIdle(): void {
  clearTimeout(collection);
  collection = setTimeout(() => {
    collection = undefined;
    (globalThis as { gc?: () => void }).gc?.();
  }, IDLE_MS);
  collection.unref();
}

port.on('message', (request: ThreadRequest) => {
  if (collection) collectWhenIdle();
  const next = (chains.get(request.db) ?? Promise.resolve()).then(() => handle(request));
  chains.set(request.db, next);
});

async function handle(request: ThreadRequest): Promise<void> {
  try {
    if (request.type === 'open') {
      databases.set(request.db, await PGlite.create(request.dataDir, { startParams: START_PARAMS }));
      return send({ type: 'done', id: request.id });
    }
    const db = databases.get(request.db);
    if (!db) throw new Error(`database ${request.db} is not open`);
    if (request.type === 'close') {
      databases.delete(request.db);
      chains.delete(request.db);
      await db.close();
      return send({ type: 'done', id: request.id });
    }
    if (request.type === 'memory') {
      // `mod` is PGlite's Emscripten module (protected in its types): its memory buffer is the WASM heap.
      const wasm = (db as unknown as { mod?: { HEAPU8: Uint8Array } }).mod?.HEAPU8.buffer.byteLength ?? 0;
      const { total_heap_size: heap, external_memory: external } = getHeapStatistics();
      return send({ type: 'done', id: request.id, memory: { wasm, heap, external } });
    }
    const result = await db.query(
      request.sql,
      request.parameters,
      request.blob === undefined ? {} : { blob: new Blob([request.blob]) },
    );
    // After a bulk write V8 keeps this thread's heap at its peak (~180 MB after 100k relations at 1M) until it
    // allocates again; one collection at the next quiet moment gives it back.
    if ((request.blob?.length ?? 0) >= LARGE_COPY) collectWhenIdle();
    // Rows go back as a structured clone (jsonb already parsed here, off the main thread; text values copied as they are).
    send({ type: 'done', id: request.id, rows: result.rows, affectedRows: result.affectedRows });
  } catch (error) {
    send({ type: 'error', id: request.id, error: toWireError(error) });
  }
}
