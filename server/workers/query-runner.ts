// One query worker thread over one dataset snapshot: queues requests to it, shares identical ones, and retires it when the snapshot is replaced.
import type { Worker } from 'node:worker_threads';
import { BudgetError, NotFoundError, QueryError } from '../../graph/errors.js';
import { HttpError } from '../errors.js';
import type { QueryOp, QueryReply, WireError } from './query-protocol.js';
import { startWorker } from './start-worker.js';

interface Call {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** A query worker over one dataset file; requests run one at a time in order, identical requests in flight share one answer. */
export class QueryRunner {
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  readonly #inFlight = new Map<string, Promise<unknown>>();
  #nextId = 0;
  #failure: Error | undefined;
  #retired = false;
  #ready = false;

  constructor(file: string, hash: string, onFailure: (message: string) => void) {
    this.#worker = startWorker('query-worker', { file, hash });
    this.#worker.unref(); // an idle worker must not keep the process alive after the server closed
    this.#worker.on('message', (reply: QueryReply) => this.#receive(reply, onFailure));
    this.#worker.on('error', (error) => this.#fail(error.message, onFailure));
    this.#worker.on('exit', () => this.#fail('the query worker stopped', onFailure));
  }

  /** True once the worker has loaded its dataset. */
  get ready(): boolean {
    return this.#ready;
  }

  /** Distinct requests queued or running in the worker. */
  get pending(): number {
    return this.#inFlight.size;
  }

  /** True if a request with this key is already queued or running. */
  has(key: string): boolean {
    return this.#inFlight.has(key);
  }

  /** The worker's answer to `op`; requests with the same `key` in flight share it. */
  run(key: string, op: QueryOp): Promise<unknown> {
    const shared = this.#inFlight.get(key);
    if (shared) return shared;
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    const promise = new Promise<unknown>((resolve, reject) => this.#calls.set(id, { resolve, reject }));
    this.#inFlight.set(key, promise);
    const settle = () => {
      this.#inFlight.delete(key);
      if (this.#retired && this.#calls.size === 0) void this.#worker.terminate();
    };
    promise.then(settle, settle);
    this.#worker.postMessage({ ...op, id });
    return promise;
  }

  /** Stops the worker once the requests it holds are answered (its snapshot was replaced). */
  retire(): void {
    this.#retired = true;
    if (this.#calls.size === 0) void this.#worker.terminate();
  }

  /** Stops the worker once the requests it holds are answered (shutdown: in-flight requests finish; main.ts bounds the wait), or now without `drain`. */
  async close(drain = true): Promise<void> {
    if (this.#failure) return;
    if (!drain) {
      this.#retired = true;
      await this.#worker.terminate();
      return;
    }
    const exited = new Promise<void>((done) => this.#worker.once('exit', () => done()));
    this.retire();
    await exited;
  }

  #receive(reply: QueryReply, onFailure: (message: string) => void): void {
    if (reply.type === 'ready') {
      this.#ready = true;
      return;
    }
    if (reply.type === 'failed') return this.#fail(reply.message, onFailure);
    const call = this.#calls.get(reply.id);
    if (!call) return;
    this.#calls.delete(reply.id);
    if (reply.type === 'result') call.resolve(reply.result);
    else call.reject(fromWire(reply.error));
  }

  #fail(message: string, onFailure: (message: string) => void): void {
    if (this.#failure) return;
    this.#failure = this.#retired ? new Error(message) : new HttpError(503, 'UNAVAILABLE', `this query is unavailable: ${message}`);
    if (!this.#retired) onFailure(message);
    for (const call of this.#calls.values()) call.reject(this.#failure);
    this.#calls.clear();
  }
}

/** Typed errors cross the thread boundary as code and fields and are rebuilt, so the error handler maps them as usual. */
export function fromWire(error: WireError): Error {
  const reason = error.field && error.message.startsWith(`${error.field}: `) ? error.message.slice(error.field.length + 2) : error.message;
  if (error.code === 'NOT_FOUND' && error.entity && error.entityId !== undefined) {
    return new NotFoundError(error.entity as NotFoundError['entity'], error.entityId, error.suggestions ?? [], error.field);
  }
  if (error.code === 'OVER_BUDGET' && error.field) return new BudgetError(error.field, reason);
  if (error.code === 'BAD_QUERY' && error.field) return new QueryError(error.field, reason);
  return new Error(error.message);
}
