// Typed graph errors across the thread boundary: flattened to code and fields in a worker, rebuilt on the main thread.
import { BudgetError, GraphError, NotFoundError, QueryError } from '../../graph/errors.js';
import type { WireError } from './query-protocol.js';

/** A thrown value as a worker posts it. */
export function toWire(error: unknown): WireError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof NotFoundError)
    return {
      message,
      code: error.code,
      field: error.field,
      entity: error.entity,
      entityId: error.id,
      suggestions: error.suggestions,
    };
  if (error instanceof GraphError) return { message, code: error.code, field: (error as { field?: string }).field };
  return { message };
}

/** Typed errors are rebuilt, so the error handler maps them as usual; anything else is a plain Error (a 500). */
export function fromWire(error: WireError): Error {
  const reason =
    error.field && error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
  if (error.code === 'NOT_FOUND' && error.entity && error.entityId !== undefined) {
    return new NotFoundError(
      error.entity as NotFoundError['entity'],
      error.entityId,
      error.suggestions ?? [],
      error.field,
    );
  }
  if (error.code === 'OVER_BUDGET' && error.field) return new BudgetError(error.field, reason);
  if (error.code === 'BAD_QUERY' && error.field) return new QueryError(error.field, reason);
  return new Error(error.message);
}
