// Pagination parameters and the page envelope of list responses: every list is bounded.
import { Type, type TSchema } from 'typebox';

/** Largest page any list route returns. */
export const MAX_LIMIT = 500;

/** `limit` (1..500, default 50) and `offset` (0.., default 0). */
export const paginationProperties = {
  limit: Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: 50, description: `page size, at most ${MAX_LIMIT}` }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0, description: 'items to skip' }),
};

/** `{ total, limit, offset, items }` around items of the given schema. */
export function Page<T extends TSchema>(item: T, name: string) {
  return Type.Object(
    {
      total: Type.Integer({ description: 'items matching, before paging' }),
      limit: Type.Integer(),
      offset: Type.Integer(),
      items: Type.Array(item),
    },
    { description: `A page of ${name}` },
  );
}
