// The main thread's side of the PGlite thread: statements out, rows or PostgreSQL errors back; a dead thread fails every call with 503.
import { Worker } from 'node:worker_threads';
import { HttpError } from '../errors.js';
import { startWorker } from '../workers/start-worker.js';
import { StoreQueryError, type ThreadMemory, type ThreadReply, type ThreadRequest } from './pglite-protocol.js';

// A small MessagePort protocol rather than PGlite's own `PGliteWorker`: that one is built for browser tabs (a Web
// Worker, BroadcastChannel and navigator.locks for a leader election among tabs), none of which a server needs, and
// its errors would not keep their PostgreSQL fields across the boundary. One thread serves every PGlite database of
// the process (a server has one; a test process opens dozens): the thread, the module and its WASM start once.

interface Call {
  resolve: (reply: Extract<ThreadReply, { type: 'done' }>) => void;
  reject: (error: Error) => void;
}

/** A PGlite thread and the calls waiting on it. */
class PgliteHost {
  readonly worker = startWorker('../store/pglite-worker', {});
  readonly #calls = new Map<number, Call>();
  #nextId = 0;
  /** Databases open in this thread: a recycle ends the thread only when it leaves none. */
  open = 0;
  failure: HttpError | undefined;

  constructor() {
    this.worker.unref(); // an idle thread must not keep the process alive; calls in flight ref it
    this.worker.on('message', (reply: ThreadReply) => this.#receive(reply));
    this.worker.on('error', (error) => this.#fail(error.message));
    this.worker.on('exit', (code) => this.#fail(`the PGlite thread stopped (exit code ${code})`));
  }

  /** Sends `request` (its id added) and resolves with the thread's answer, or rejects with its error or the thread's failure. */
  call(request: DistributiveOmit<ThreadRequest, 'id'>): Promise<Extract<ThreadReply, { type: 'done' }>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.#nextId++;
    const answer = new Promise<Extract<ThreadReply, { type: 'done' }>>((resolve, reject) =>
      this.#calls.set(id, { resolve, reject }),
    );
    this.worker.ref();
    this.worker.postMessage({ ...request, id });
    return answer;
  }

  /** Ends the thread on purpose (a recycle): its memory, WASM heap included, goes back to the system. */
  async end(): Promise<void> {
    this.#fail('the PGlite thread was recycled');
    await this.worker.terminate();
  }

  #receive(reply: ThreadReply): void {
    const call = this.#calls.get(reply.id);
    this.#calls.delete(reply.id);
    if (this.#calls.size === 0) this.worker.unref();
    if (reply.type === 'done') call?.resolve(reply);
    else call?.reject(new StoreQueryError(reply.error));
  }

  #fail(reason: string): void {
    if (this.failure) return;
    this.failure = unavailable(reason);
    for (const call of this.#calls.values()) call.reject(this.failure);
    this.#calls.clear();
    this.worker.unref();
  }
}

/** The 503 every store call of a dead thread (or a failed recycle) gets. */
function unavailable(reason: string): HttpError {
  return new HttpError(503, 'STORE_UNAVAILABLE', `the store is unavailable: ${reason}`);
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let host: PgliteHost | undefined;
let nextDb = 0;

/** A statement's answer: its rows and, for writes, the rows it affected. */
export interface ThreadResult {
  rows: unknown[];
  affectedRows: number | undefined;
}

/** The thread new databases open in, started when none works. */
function liveHost(): PgliteHost {
  if (!host || host.failure) host = new PgliteHost();
  return host;
}

/** Opens `dataDir` in `into` as database number `db`. */
async function openIn(into: PgliteHost, db: number, dataDir: string): Promise<void> {
  await into.call({ type: 'open', db, dataDir });
  into.open++;
}

/**
 * One PGlite database (a data folder) run in a PGlite thread, so its WASM work never holds up the event loop. Its
 * thread is the process's shared one until a recycle moves it to a fresh one.
 */
export class PgliteDatabase {
  readonly #dataDir: string;
  #host: PgliteHost;
  #db: number;
  /** Set when a recycle could not reopen the database: every later call gets it (503). */
  #failure: HttpError | undefined;

  private constructor(dataDir: string, host: PgliteHost, db: number) {
    this.#dataDir = dataDir;
    this.#host = host;
    this.#db = db;
  }

  /** The thread it runs in now (shared by the process's PGlite databases, unless recycled into one of its own). */
  get thread(): Worker {
    return this.#host.worker;
  }

  /** Opens (or creates) the database in `dataDir` in the PGlite thread, starting the thread if none works. */
  static async open(dataDir: string): Promise<PgliteDatabase> {
    const into = liveHost();
    const db = nextDb++;
    try {
      await openIn(into, db, dataDir);
    } catch (error) {
      throw new Error(`store: PGlite could not open ${dataDir}: ${(error as Error).message}`, { cause: error });
    }
    return new PgliteDatabase(dataDir, into, db);
  }

  /** Runs one statement; PostgreSQL errors come back as StoreQueryError with their `code`, a dead thread as a 503. */
  async query(sql: string, parameters: unknown[], options: { blob?: Blob } = {}): Promise<ThreadResult> {
    // A COPY's data crosses to the thread as text; the thread makes it the `/dev/blob` device's content again.
    const blob = options.blob === undefined ? undefined : await options.blob.text();
    const reply = await this.#call({
      type: 'query',
      db: this.#db,
      sql,
      parameters,
      ...(blob === undefined ? {} : { blob }),
    });
    return { rows: reply.rows ?? [], affectedRows: reply.affectedRows };
  }

  /** The database's WASM memory and its thread's JS heap, in bytes (benchmarks and tests of the recycle). */
  async memory(): Promise<ThreadMemory> {
    const reply = await this.#call({ type: 'memory', db: this.#db });
    return reply.memory!;
  }

  /**
   * Closes the database and opens it again in a fresh thread, ending the old thread when no other database is left
   * in it: a WASM memory never shrinks, and a thread's memory returns to the system only when the thread ends. The
   * caller makes sure no statement is sent meanwhile (`pglitePool`'s `exclusive`). The database is closed cleanly
   * before it is reopened, so a crash in between leaves it as a stop would. A failure leaves it unavailable (503).
   */
  async recycle(): Promise<void> {
    const from = this.#host;
    const into = new PgliteHost(); // boots (module, tsx) while the old thread closes the database
    try {
      await this.#call({ type: 'close', db: this.#db });
      from.open--;
      if (from.open === 0) {
        await from.end();
        if (host === from) host = into; // the next database opened joins the fresh thread
      }
      this.#host = into;
      this.#db = nextDb++;
      await openIn(into, this.#db, this.#dataDir);
    } catch (error) {
      if (into.open === 0 && host !== into) await into.end();
      this.#failure ??= unavailable(`PGlite could not be reopened in ${this.#dataDir}: ${(error as Error).message}`);
      throw this.#failure;
    }
  }

  /** Closes the database after the statements already sent (its thread stays for the process's other databases). */
  async close(): Promise<void> {
    if (this.#failure || this.#host.failure) return;
    await this.#host.call({ type: 'close', db: this.#db });
    this.#host.open--;
  }

  #call(request: DistributiveOmit<ThreadRequest, 'id'>): Promise<Extract<ThreadReply, { type: 'done' }>> {
    return this.#failure ? Promise.reject(this.#failure) : this.#host.call(request);
  }
}
