// What every write route does around its change set: find the dataset, call the write guard, honour Idempotency-Key, commit, let the served graph follow, answer with the revision.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { sectionValidators } from '../../graph/load/schema-issues.js';
import { shareRepeatedStrings } from '../../graph/load/share-strings.js';
import { HttpError } from '../errors.js';
import type { Datasets } from '../datasets.js';
import { applyChanges, type Intent, type WriteResult } from './change-set.js';
import type { CatchUp } from './change-listener.js';
import { checkRecords, type CheckInput } from './check-records.js';
import { recycleAfterWrite } from './recycle-after-write.js';
import type { StoreConnection } from './database.js';
import { REVISION_HEADER } from './revision-header.js';
import { authorizeWrite } from './write-guard.js';
import { invalidRecords, type WriteIssue } from './write-errors.js';

/** The answer to a committed write: the revision it made and each record's new version and ETag. */
export const WriteResponse = Type.Object({
  revision: Type.Integer({
    description: 'the dataset revision this write made; reads answering from it carry it in `x-revision`',
  }),
  results: Type.Array(
    Type.Object({
      type: Type.String({ examples: ['relation'] }),
      id: Type.String(),
      op: Type.String({ examples: ['create'] }),
      version: Type.Integer({ description: "the record's new version (0: deleted)" }),
      etag: Type.Optional(Type.String({ description: 'send as If-Match to update or delete it next' })),
    }),
  ),
});
export type WriteResponse = Static<typeof WriteResponse>;

/** Headers of a write: `If-Match` for updates and deletes, `Idempotency-Key` for creates. */
export const WriteHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({ maxLength: 512, description: 'the ETag the change is based on (updates, deletes); stale: 412' }),
  ),
  'idempotency-key': Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'creates: the same key and body replays the first answer instead of writing twice',
    }),
  ),
});

/** What the store's routes are given. */
export interface WriteContext {
  datasets: Datasets;
  connection: StoreConnection;
  catchUp: CatchUp;
  adminToken: string;
}

/** Throws the request's schema error unless it is about the body: bodies are checked by the loader's rules, which list every issue. */
export function throwNonBodyValidation(request: FastifyRequest): void {
  const error = request.validationError as (Error & { validationContext?: string }) | undefined;
  if (error && error.validationContext !== 'body') throw error;
}

/** 400 unless the body is a JSON object. */
export function requireObject(body: unknown, field = 'body'): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw new HttpError(400, 'BAD_REQUEST', `${field} must be a JSON object`, field);
  return body as Record<string, unknown>;
}

/**
 * 422 with every issue when a written record does not match its schema (checked before touching the store, so
 * later steps can trust the records' shape); each issue names its body field.
 */
export function refuseMalformed(datasetId: string, written: CheckInput, extra: WriteIssue[] = []): void {
  const bad: CheckInput = {
    sources: written.sources.filter(({ record }) => !sectionValidators.sources.Check(record)),
    actors: written.actors.filter(({ record }) => !sectionValidators.actors.Check(record)),
    relations: written.relations.filter(({ record }) => !sectionValidators.relations.Check(record)),
  };
  if (bad.sources.length + bad.actors.length + bad.relations.length + extra.length === 0) return;
  // Only the schema's verdicts: references to stored records cannot be judged without them.
  const issues = checkRecords(datasetId, bad).filter(
    (issue) => !['UNKNOWN_ACTOR', 'UNKNOWN_SOURCE', 'QUOTE_NOT_FOUND', 'MISSING_SOURCE_TEXT'].includes(issue.code),
  );
  issues.push(...extra);
  if (issues.length > 0) throw invalidRecords(issues);
}

/**
 * Runs one write for `request`: resolves the dataset (404), asks the write guard (401/403), applies `intents`
 * (replaying an earlier answer for a known Idempotency-Key), waits for the served graph to include it, and sends
 * the answer with `x-revision` (and the record's ETag when one record was written).
 */
export async function runWrite(
  context: WriteContext,
  request: FastifyRequest,
  reply: FastifyReply,
  makeIntents: (datasetId: string) => Intent[],
  options: { status?: number; reverts?: number; requireIfMatch?: boolean } = {},
): Promise<FastifyReply> {
  const datasetId = context.datasets.resolve((request.query as { dataset?: string }).dataset).id;
  const who = await authorizeWrite(request, datasetId, context.adminToken);
  // One copy of each repeated long string (kind, note, quote, actor ids) across the write's records, as the start's
  // read does: JSON.parse gives every occurrence its own, and a 100k-relation bulk write left ~60 MB more resident.
  const intents = shareRepeatedStrings(makeIntents(datasetId));
  const status = options.status ?? 200;
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' ? header : undefined;
  const idempotency =
    key === undefined
      ? undefined
      : {
          key,
          requestHash: createHash('sha256')
            .update(`${request.method} ${request.url.split('?')[0]}\n${JSON.stringify(request.body ?? null)}`)
            .digest('hex'),
          respond: (result: WriteResult) => ({ status, body: toResponse(result) }),
        };
  const local = context.catchUp.localWrite(datasetId);
  let outcome;
  try {
    outcome = await applyChanges(context.connection.db, datasetId, intents, {
      who: who.id,
      ...(idempotency ? { idempotency } : {}),
      ...(options.reverts === undefined ? {} : { reverts: options.reverts }),
      requireIfMatch: options.requireIfMatch ?? true,
    });
    // The write is committed; the served graph, index and search tables follow it in memory before the answer (so
    // the writer reads its write), or read the store back if another process's commit came in between.
    if (!('replayed' in outcome)) {
      context.catchUp.follow(datasetId, outcome.revision, intents);
      void recycleAfterWrite(context.connection, intents.length, request.log);
    }
  } finally {
    local();
  }
  if ('replayed' in outcome) {
    const body = outcome.replayed.body as WriteResponse;
    return reply
      .status(outcome.replayed.status)
      .header('idempotent-replayed', 'true')
      .header(REVISION_HEADER, String(body.revision))
      .send(body);
  }
  await context.catchUp.request(datasetId, outcome.revision);
  const body = toResponse(outcome);
  const only = body.results.length === 1 ? body.results[0]?.etag : undefined;
  if (only) reply.header('etag', only);
  return reply.status(status).header(REVISION_HEADER, String(outcome.revision)).send(body);
}

function toResponse(result: WriteResult): WriteResponse {
  return {
    revision: result.revision,
    results: result.results.map((r) => ({
      type: r.type,
      id: r.id,
      op: r.op,
      version: r.version,
      ...(r.etag ? { etag: r.etag } : {}),
    })),
  };
}
