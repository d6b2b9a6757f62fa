// Small HTTP-only shapes shared by routes: id path parameters and actor references in query strings.
import { Type } from 'typebox';

/**
 * An id as a client sends it. Deliberately looser than the dataset's Id pattern: any string up to 200
 * characters is looked up as plain text, so a near miss ("Israel") gets a 404 with close matches, not a 400.
 */
export function IdText(example: string, description = 'an id') {
  return Type.String({ minLength: 1, maxLength: 200, description, examples: [example] });
}

/** `{ id }` path parameters. */
export function IdParams(example: string, description?: string) {
  return Type.Object({ id: IdText(example, description) }, { additionalProperties: false });
}
