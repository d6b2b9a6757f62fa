// Pagination parameters of list routes: every list is bounded.
import { Type } from 'typebox';

/** Largest page any list route returns. */
export const MAX_LIMIT = 500;

/** `limit` (1..500, default 50) and `offset` (0.., default 0). */
export const paginationProperties = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 50, description: `page size, at most ${MAX_LIMIT}` }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0, description: 'items to skip' }),
};
