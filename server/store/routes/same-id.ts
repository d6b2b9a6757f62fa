// The id in a PUT body must be the one in its URL (or absent: then the URL's is used).
import { QueryError } from '../../../graph/errors.js';

/** The body with `id` set from the URL; 400 naming `id` when the body names another record. */
export function sameId(body: Record<string, unknown>, id: string): Record<string, unknown> {
  if (body.id !== undefined && body.id !== id)
    throw new QueryError(
      'id',
      `the body's id ${JSON.stringify(body.id)} is not the URL's "${id}"; ids cannot be changed (create a new record and delete this one)`,
    );
  return { ...body, id };
}
