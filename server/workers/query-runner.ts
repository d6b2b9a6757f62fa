// The metrics worker of one dataset snapshot: loads the file itself (metrics need a graphology graph), shares identical requests, retires with the snapshot.
import { InFlight } from './in-flight.js';
import type { QueryOp } from './query-protocol.js';
import { WorkerChannel } from './worker-channel.js';

export { fromWire } from './wire-error.js';

/** A worker that loads one dataset file (hash-checked) and answers requests one at a time in order; identical requests in flight share one answer. */
export class QueryRunner {
  readonly #channel: WorkerChannel;
  readonly #inFlight = new InFlight();

  constructor(file: string, hash: string, onFailure: (message: string) => void) {
    this.#channel = new WorkerChannel('metrics-worker', { file, hash }, onFailure);
  }

  /** True once the worker has loaded its dataset. */
  get ready(): boolean {
    return this.#channel.ready;
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
    return this.#inFlight.share(key, () => this.#channel.send(op));
  }

  /** Stops the worker once the requests it holds are answered (its snapshot was replaced). */
  retire(): void {
    this.#channel.retire();
  }

  /** Stops the worker once the requests it holds are answered, or now without `drain`. */
  close(drain = true): Promise<void> {
    return this.#channel.close(drain);
  }
}
