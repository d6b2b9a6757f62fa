// POST /api/sources, PUT and DELETE /api/sources/:id: source documents with their full text (size-capped); an edited text must keep every quote citing it.
import { Type } from '@fastify/type-provider-typebox';
import { Source } from '../../../graph/model/schema.js';
import type { Intent } from '../change-set.js';
import { refuseMalformed } from '../write-request.js';
import { ifMatchOf, recordWriteRoutes } from './record-writes.js';

/** Longest source text accepted, in characters (a long report; larger bodies get 413). */
export const SOURCE_TEXT_MAX = 2_000_000;

/** A source's metadata and its text; `path` (where `npm run export` writes the text) defaults to `sources/<id>.txt`. */
const SourceUpload = Type.Object(
  {
    ...Source.properties,
    path: Type.Optional(Source.properties.path),
    text: Type.String({ minLength: 1, maxLength: SOURCE_TEXT_MAX }),
  },
  { additionalProperties: false },
);

/** The intent of an uploaded source: the record (with its path) and the text apart; 422 names `text` when it is missing or too long. */
function sourceIntent(
  dataset: string,
  body: Record<string, unknown>,
  op: 'create' | 'update',
  ifMatch?: string,
): Intent {
  const { text, ...rest } = body;
  const record = { ...rest, path: rest.path ?? `sources/${String(rest.id)}.txt` } as Source;
  const textIssue =
    typeof text !== 'string' || text.length === 0
      ? "must be the source's full text, a non-empty string"
      : text.length > SOURCE_TEXT_MAX
        ? `is ${text.length} characters; at most ${SOURCE_TEXT_MAX}`
        : undefined;
  const extra = textIssue ? [{ field: 'text', code: 'SCHEMA_VIOLATION', message: `text ${textIssue}` }] : [];
  refuseMalformed(
    dataset,
    { sources: [{ record, field: '', text: typeof text === 'string' ? text : '' }], actors: [], relations: [] },
    extra,
  );
  return { type: 'source', op, record, text: text as string, field: '', ...ifMatchOf(ifMatch) };
}

const sourceWrites = recordWriteRoutes({
  type: 'source',
  body: SourceUpload,
  bodyLimit: SOURCE_TEXT_MAX * 4 + 64 * 1024, // UTF-8 and JSON escapes
  id: { example: 'besa-1723', description: 'source id' },
  create: { summary: 'Upload a source: its metadata and full text' },
  replace: {
    summary: 'Replace a source and its text (If-Match: its ETag); every stored quote citing it must still be found',
  },
  remove: { summary: 'Delete a source no evidence cites (If-Match: its ETag)' },
  intent: sourceIntent,
});

export default sourceWrites;
