// Computes one dataset snapshot's metrics in a worker that loads the file itself (metrics need a graphology graph); twins share an answer; retires with the snapshot.
import { InFlight } from './in-flight.js';
import type { Answer, Job } from './query-protocol.js';
import { WorkerChannel } from './worker-channel.js';

export { fromWire } from './wire-error.js';

/** A worker that loads one dataset file (hash-checked) or builds the records it is given, and answers requests one at a time in order; identical requests in flight share one answer. */
export class MetricsComputer {
  readonly #channel: WorkerChannel;
  readonly #inFlight = new InFlight();

  /** `records`: a stored dataset's records (shareJsonSteps), as it has no file to load (`file` then only names it). */
  constructor(file: string, hash: string, onFailure: (message: string) => void, records?: SharedArrayBuffer) {
    this.#channel = new WorkerChannel('metrics-worker', records ? { file, hash, records } : { file, hash }, onFailure);
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

  /** The metrics `job` asks for; requests with the same `key` in flight share the answer. */
  run(key: string, job: Job<'compute-metrics'>): Promise<Answer<'compute-metrics'>> {
    return this.#inFlight.share(key, () => this.#channel.send<'compute-metrics'>(job));
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
