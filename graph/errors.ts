// Typed errors of the graph core, so callers (and tests) check the class, never the message text.

/** Base class of every error `graph/` throws on purpose; `code` is stable and machine-readable. */
export abstract class GraphError extends Error {
  abstract readonly code: string;
  override get name(): string {
    return this.constructor.name;
  }
}

/** An actor, relation or source id that the graph does not hold; `suggestions` are close matches. */
export class NotFoundError extends GraphError {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly entity: 'actor' | 'relation' | 'source' | 'dataset',
    readonly id: string,
    readonly suggestions: string[] = [],
    /** The query field that named the id (`from`, `a`), so the caller can say which input was wrong. */
    readonly field?: string,
  ) {
    const hint = suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?)` : '';
    super(`unknown ${entity} "${id}"${field ? ` in \`${field}\`` : ''}${hint}`);
  }
}

/** A query whose parameters are well-formed one by one but make no sense together (from = to, kinds all excluded). */
export class QueryError extends GraphError {
  readonly code = 'BAD_QUERY';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** A query that would exceed its budget (hops, k, result size or time); the caller should narrow it. */
export class BudgetError extends GraphError {
  readonly code = 'OVER_BUDGET';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
