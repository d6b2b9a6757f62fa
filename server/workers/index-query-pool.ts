// The index workers of one snapshot: path, neighbourhood and actor-search jobs on its shared index, each to the least-loaded worker, twins sharing an answer.
import { availableParallelism } from 'node:os';
import { InFlight } from './in-flight.js';
import type { Answer, IndexJobName, IndexWorkerData, Job } from './query-protocol.js';
import { WorkerChannel } from './worker-channel.js';

/** Index workers per snapshot unless told otherwise: one per core, at least two so one slow query never holds up the rest. */
export const DEFAULT_QUERY_WORKERS = Math.max(2, availableParallelism());

/** Most index workers a snapshot may have (each holds a copy of the actor search table and its own search scratch). */
export const MAX_QUERY_WORKERS = 16;

/** `size` index workers; they attach to the shared index memory, so starting one takes milliseconds, not a dataset load. */
export class IndexQueryPool {
  readonly #channels: WorkerChannel[];
  readonly #inFlight = new InFlight();
  #turn = 0;

  constructor(size: number, data: Omit<IndexWorkerData, 'entry'>, onFailure: (message: string) => void) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_QUERY_WORKERS)
      throw new RangeError(`query workers: expected an integer from 1 to ${MAX_QUERY_WORKERS}, got ${size}`);
    let told = false; // one log line when workers fail, not one per worker
    const tell = (message: string) => {
      if (!told) onFailure(message);
      told = true;
    };
    this.#channels = Array.from({ length: size }, () => new WorkerChannel('index-worker', { ...data }, tell));
  }

  /** Workers in the pool (failed ones included). */
  get size(): number {
    return this.#channels.length;
  }

  /** True once every worker still working has attached to the index (and at least one works). */
  get ready(): boolean {
    const working = this.#channels.filter((channel) => !channel.failure);
    return working.length > 0 && working.every((channel) => channel.ready);
  }

  /** Distinct requests queued or running in the pool. */
  get pending(): number {
    return this.#inFlight.size;
  }

  /** Requests each worker holds, in pool order (what dispatch balances). */
  get loads(): number[] {
    return this.#channels.map((channel) => channel.load);
  }

  /** True if a request with this key is already queued or running. */
  has(key: string): boolean {
    return this.#inFlight.has(key);
  }

  /** The answer to `job` from the least-loaded working worker; requests with the same `key` in flight share it. */
  run<N extends IndexJobName>(key: string, job: Job<N>): Promise<Answer<N>> {
    return this.#inFlight.share(key, () => this.#pick().send<N>(job));
  }

  /** Stops every worker once the requests it holds are answered (the snapshot was replaced). */
  retire(): void {
    for (const channel of this.#channels) channel.retire();
  }

  /** Stops every worker once its requests are answered (shutdown), or now without `drain`. */
  async close(drain = true): Promise<void> {
    await Promise.all(this.#channels.map((channel) => channel.close(drain)));
  }

  /** The working worker holding the fewest requests; ties go round in turn, so an idle pool spreads its work. */
  #pick(): WorkerChannel {
    const n = this.#channels.length;
    let best: WorkerChannel | undefined;
    for (let i = 0; i < n; i++) {
      const channel = this.#channels[(this.#turn + i) % n]!;
      if (!channel.failure && (!best || channel.load < best.load)) best = channel;
    }
    this.#turn = (this.#turn + 1) % n;
    return best ?? this.#channels[0]!; // all failed: its send rejects with the failure (503)
  }
}
