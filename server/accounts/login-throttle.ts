// Failed sign-ins counted per account name and per client address in a sliding window, kept in the store so every API process counts together; past the limit, sign-in is refused before any password is checked.
//
// Hand-written rather than @fastify/rate-limit: that plugin counts every request under one key (and per process),
// while guessing must be limited per name (many addresses, one victim) and per address (one address, many names),
// only failures count, and two API processes on one PostgreSQL must not each allow the full count.
import type { AccountsDb } from './account-store.js';

/** Failure counts in the `login_failures` table (migration 0004): shared by every process on the database, kept over restarts. */
export class LoginThrottle {
  /** When old rows were last swept (this process's clock): at most once per window. */
  #swept = 0;

  constructor(
    private readonly db: AccountsDb,
    /** Failures allowed per name and per address within `windowMs`. */
    readonly maxFailures: number,
    readonly windowMs: number,
    /** Failures allowed per address (one address trying many names), within the same window. */
    readonly maxPerAddress = maxFailures * 4,
  ) {}

  /** Seconds until this name and address may try again, or 0 when they may try now. */
  async retryAfter(name: string, address: string, now = Date.now()): Promise<number> {
    const waits = await Promise.all([
      this.#wait(`name:${name}`, this.maxFailures, now),
      this.#wait(`addr:${address}`, this.maxPerAddress, now),
    ]);
    return Math.ceil(Math.max(...waits) / 1000);
  }

  /** Records a failed attempt for the name and the address (one statement: both or neither). */
  async fail(name: string, address: string, now = Date.now()): Promise<void> {
    const at = new Date(now);
    await this.db
      .insertInto('login_failures')
      .values([
        { key: `name:${name}`, at },
        { key: `addr:${address}`, at },
      ])
      .execute();
    // Rows past the window count for nothing: swept now and then, so a flood of made-up names cannot grow the table.
    if (now - this.#swept >= this.windowMs) {
      this.#swept = now;
      await this.db
        .deleteFrom('login_failures')
        .where('at', '<=', new Date(now - this.windowMs))
        .execute();
    }
  }

  /** Forgets the name's failures after a successful sign-in (the address's stay: it may be guessing other names). */
  async succeed(name: string): Promise<void> {
    await this.db.deleteFrom('login_failures').where('key', '=', `name:${name}`).execute();
  }

  /** Milliseconds until `key` has fewer than `max` failures in the window: the max-th latest failure leaving it. */
  async #wait(key: string, max: number, now: number): Promise<number> {
    const latest = await this.db
      .selectFrom('login_failures')
      .select('at')
      .where('key', '=', key)
      .where('at', '>', new Date(now - this.windowMs))
      .orderBy('at', 'desc')
      .limit(max)
      .execute();
    return latest.length < max ? 0 : latest[max - 1]!.at.getTime() + this.windowMs - now;
  }
}
