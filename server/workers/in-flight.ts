// Identical requests in flight share one answer: the first starts the work, the others wait on the same promise.

/** Promises of work under way, by request key; an entry leaves once its work settles. */
export class InFlight {
  readonly #work = new Map<string, Promise<unknown>>();

  /** Distinct requests under way. */
  get size(): number {
    return this.#work.size;
  }

  /** True if a request with this key is under way. */
  has(key: string): boolean {
    return this.#work.has(key);
  }

  /** The promise of the request under `key`: the one under way, or `start()`'s; one key always names one kind of work. */
  share<T>(key: string, start: () => Promise<T>): Promise<T> {
    const shared = this.#work.get(key) as Promise<T> | undefined;
    if (shared) return shared;
    const promise = start();
    this.#work.set(key, promise);
    const settle = () => this.#work.delete(key);
    promise.then(settle, settle);
    return promise;
  }
}
