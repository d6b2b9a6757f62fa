// Failed sign-ins counted per account name and per client address in a sliding window; past the limit, sign-in is refused before any password is checked.
//
// Hand-written rather than @fastify/rate-limit: that plugin counts every request under one key, while guessing must be
// limited per name (many addresses, one victim) and per address (one address, many names), and only failures count.

/** Failure counts in one process's memory (a restart forgets them; several processes each keep their own). */
export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    /** Failures allowed per name and per address within `windowMs`. */
    readonly maxFailures: number,
    readonly windowMs: number,
    /** Failures allowed per address (one address trying many names), within the same window. */
    readonly maxPerAddress = maxFailures * 4,
  ) {}

  /** Seconds until this name and address may try again, or 0 when they may try now. */
  retryAfter(name: string, address: string, now = Date.now()): number {
    const waits = [
      this.#wait(`name:${name}`, this.maxFailures, now),
      this.#wait(`addr:${address}`, this.maxPerAddress, now),
    ];
    return Math.ceil(Math.max(...waits) / 1000);
  }

  /** Records a failed attempt for the name and the address. */
  fail(name: string, address: string, now = Date.now()): void {
    for (const key of [`name:${name}`, `addr:${address}`]) this.#failures.set(key, [...this.#recent(key, now), now]);
    if (this.#failures.size > 100_000) this.#sweep(now); // a flood of made-up names must not grow memory without bound
  }

  /** Forgets the name's failures after a successful sign-in (the address's stay: it may be guessing other names). */
  succeed(name: string): void {
    this.#failures.delete(`name:${name}`);
  }

  #recent(key: string, now: number): number[] {
    return (this.#failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }

  #wait(key: string, max: number, now: number): number {
    const recent = this.#recent(key, now);
    return recent.length < max ? 0 : recent[recent.length - max]! + this.windowMs - now;
  }

  #sweep(now: number): void {
    for (const [key, times] of this.#failures)
      if (times.every((at) => now - at >= this.windowMs)) this.#failures.delete(key);
  }
}
