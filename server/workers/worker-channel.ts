// One worker thread and the calls waiting on it: request ids, replies, failure (503 to every waiting call), retirement and closing.
import type { Worker } from 'node:worker_threads';
import { HttpError } from '../errors.js';
import type { Answer, Job, JobName, WorkerReply } from './query-protocol.js';
import { startWorker } from './start-worker.js';
import { fromWire } from './wire-error.js';

interface Call {
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
}

/** A worker thread running `name` with `data`; calls are answered in the order the worker finishes them. */
export class WorkerChannel {
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  readonly #onFailure: (message: string) => void;
  #nextId = 0;
  #failure: Error | undefined;
  #retired = false;
  #ready = false;

  constructor(name: string, data: Record<string, unknown>, onFailure: (message: string) => void) {
    this.#onFailure = onFailure;
    this.#worker = startWorker(name, data);
    this.#worker.unref(); // an idle worker must not keep the process alive after the server closed
    this.#worker.on('message', (reply: WorkerReply) => this.#receive(reply));
    this.#worker.on('error', (error) => this.#fail(error.message));
    this.#worker.on('exit', () => this.#fail('the worker stopped'));
  }

  /** True once the worker said it is ready. */
  get ready(): boolean {
    return this.#ready;
  }

  /** The error every call gets once the worker failed (undefined while it works). */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Calls sent and not yet answered. */
  get load(): number {
    return this.#calls.size;
  }

  /** The worker's answer to `job`, typed by the job's name. */
  send<N extends JobName>(job: Job<N>): Promise<Answer<N>> {
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    // The worker answers a job of name N with an Answer<N> (query-protocol.ts); the map of calls holds any answer.
    const promise = new Promise<Answer<N>>((resolve, reject) =>
      this.#calls.set(id, { resolve: resolve as (answer: unknown) => void, reject }),
    );
    this.#worker.postMessage({ ...job, id });
    return promise;
  }

  /** Stops the worker once the calls it holds are answered (its snapshot was replaced). */
  retire(): void {
    this.#retired = true;
    if (this.#calls.size === 0) void this.#worker.terminate();
  }

  /** Stops the worker once the calls it holds are answered (shutdown: main.ts bounds the wait), or now without `drain`. */
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

  #receive(reply: WorkerReply): void {
    if (reply.type === 'ready') {
      this.#ready = true;
      return;
    }
    if (reply.type === 'failed') return this.#fail(reply.message);
    const call = this.#calls.get(reply.id);
    if (!call) return;
    this.#calls.delete(reply.id);
    if (reply.type === 'answer') call.resolve(reply.answer);
    else call.reject(fromWire(reply.error));
    if (this.#retired && this.#calls.size === 0) void this.#worker.terminate();
  }

  #fail(message: string): void {
    if (this.#failure) return;
    this.#failure = this.#retired
      ? new Error(message)
      : new HttpError(503, 'UNAVAILABLE', `this query is unavailable: ${message}`);
    if (!this.#retired) this.#onFailure(message);
    for (const call of this.#calls.values()) call.reject(this.#failure);
    this.#calls.clear();
  }
}
