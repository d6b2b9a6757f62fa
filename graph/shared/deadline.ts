// A query's time budget: long loops check it between steps and stop with BudgetError naming the field to narrow.
import { BudgetError } from '../errors.js';

/** A point in time a query must finish by; `check()` throws BudgetError(field) once it has passed. */
export class Deadline {
  readonly #at: number;

  /** `budgetMs` from now (a positive finite number of milliseconds); `field` is what the caller should narrow. */
  constructor(
    readonly budgetMs: number,
    readonly field: string,
  ) {
    if (!(budgetMs > 0) || !Number.isFinite(budgetMs))
      throw new RangeError(`time budget: expected a positive number of milliseconds, got ${budgetMs}`);
    this.#at = performance.now() + budgetMs;
  }

  /** True once the budget is spent. */
  get expired(): boolean {
    return performance.now() > this.#at;
  }

  /** Throws BudgetError naming the field if the budget is spent. */
  check(): void {
    if (this.expired)
      throw new BudgetError(
        this.field,
        `the query ran over its time budget of ${this.budgetMs} ms; narrow it and retry`,
      );
  }
}
