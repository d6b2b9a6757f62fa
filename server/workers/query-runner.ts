// One metrics worker thread per dataset snapshot: queues requests to it, shares identical ones, and retires it when the snapshot is replaced.
import type { Worker } from 'node:worker_threads';
import { BudgetError, QueryError } from '../../graph/errors.js';
import type { MetricId, MetricsResult } from '../../graph/metrics/results.js';
import type { RelationFilter } from '../../graph/query/filter.js';
import { HttpError } from '../errors.js';
import type { MetricsReply, MetricsRequest } from './metrics-protocol.js';
import { startWorker } from './start-worker.js';

interface Call {
  resolve: (result: MetricsResult) => void;
  reject: (error: Error) => void;
}

/** A metrics worker over one dataset file; `run` answers from the worker, identical requests in flight share one answer. */
export class MetricsRunner {
  readonly #worker: Worker;
  readonly #calls = new Map<number, Call>();
  readonly #inFlight = new Map<string, Promise<MetricsResult>>();
  #nextId = 0;
  #failure: Error | undefined;
  #retired = false;

  constructor(file: string, hash: string, onFailure: (message: string) => void) {
    this.#worker = startWorker('metrics-worker', { file, hash });
    this.#worker.unref(); // an idle worker must not keep the process alive after the server closed
    this.#worker.on('message', (reply: MetricsReply) => this.#receive(reply, onFailure));
    this.#worker.on('error', (error) => this.#fail(error.message, onFailure));
    this.#worker.on('exit', () => this.#fail('the metrics worker stopped', () => undefined));
  }

  /** Distinct requests queued or running in the worker. */
  get pending(): number {
    return this.#inFlight.size;
  }

  /** True if a request with this key is already queued or running. */
  has(key: string): boolean {
    return this.#inFlight.has(key);
  }

  /** The metrics for `filter` and `metrics`, computed in the worker (requests run one at a time, in order). */
  run(key: string, filter: RelationFilter, metrics: MetricId[] | undefined): Promise<MetricsResult> {
    const shared = this.#inFlight.get(key);
    if (shared) return shared;
    if (this.#failure) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    const promise = new Promise<MetricsResult>((resolve, reject) => this.#calls.set(id, { resolve, reject }));
    this.#inFlight.set(key, promise);
    const settle = () => {
      this.#inFlight.delete(key);
      if (this.#retired && this.#calls.size === 0) void this.#worker.terminate();
    };
    promise.then(settle, settle);
    this.#worker.postMessage({ id, filter, metrics } satisfies MetricsRequest);
    return promise;
  }

  /** Stops the worker once the requests it holds are answered (its snapshot was replaced). */
  retire(): void {
    this.#retired = true;
    if (this.#calls.size === 0) void this.#worker.terminate();
  }

  /** Stops the worker now; pending requests fail. */
  async close(): Promise<void> {
    this.#retired = true;
    await this.#worker.terminate();
  }

  #receive(reply: MetricsReply, onFailure: (message: string) => void): void {
    if (reply.type === 'ready') return;
    if (reply.type === 'failed') return this.#fail(reply.message, onFailure);
    const call = this.#calls.get(reply.id);
    if (!call) return;
    this.#calls.delete(reply.id);
    if (reply.type === 'result') return call.resolve(reply.result);
    // Typed errors cross the thread boundary as code and field, and are rebuilt so the error handler maps them as usual.
    if (reply.code === 'OVER_BUDGET' && reply.field) return call.reject(new BudgetError(reply.field, stripField(reply.message, reply.field)));
    if (reply.code === 'BAD_QUERY' && reply.field) return call.reject(new QueryError(reply.field, stripField(reply.message, reply.field)));
    call.reject(new Error(reply.message));
  }

  #fail(message: string, onFailure: (message: string) => void): void {
    if (this.#failure) return;
    this.#failure = this.#retired ? new Error(message) : new HttpError(503, 'UNAVAILABLE', `metrics are unavailable: ${message}`);
    if (!this.#retired) onFailure(message);
    for (const call of this.#calls.values()) call.reject(this.#failure);
    this.#calls.clear();
  }
}

function stripField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
