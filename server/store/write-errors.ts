// The typed refusals of the write API, each an HttpError with its status, code and field; 422 carries every issue found.
import { Type, type Static } from 'typebox';
import { HttpError } from '../errors.js';
import { ErrorResponse } from '../schemas/error.js';

/** One problem with a written record: the body field at fault, the loader's issue code, and a sentence. */
export const WriteIssue = Type.Object({
  field: Type.String({ examples: ['evidence[0].quote'] }),
  code: Type.String({ examples: ['QUOTE_NOT_FOUND'] }),
  message: Type.String(),
});
export type WriteIssue = Static<typeof WriteIssue>;

/** The error body of a refused write: the usual error plus `issues` (every problem, each naming its field). */
export const WriteRefused = Type.Object({ ...ErrorResponse.properties, issues: Type.Optional(Type.Array(WriteIssue)) });

/** Error responses of every write route. */
export const writeErrorResponses = {
  400: WriteRefused,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: WriteRefused,
  412: ErrorResponse,
  422: WriteRefused,
  428: ErrorResponse,
  429: ErrorResponse,
} as const;

/** A write refused with a list of issues (422 INVALID_RECORD; 409 IN_USE for deletions others depend on). */
export class WriteRefusedError extends HttpError {
  constructor(
    statusCode: 409 | 422,
    code: string,
    message: string,
    readonly issues: WriteIssue[],
  ) {
    super(statusCode, code, message, issues[0]?.field);
  }
}

/** 422 INVALID_RECORD listing every issue of the written records; the message names the first. */
export function invalidRecords(issues: WriteIssue[]): WriteRefusedError {
  return new WriteRefusedError(
    422,
    'INVALID_RECORD',
    `refused: ${issues.length} issue(s), first: ${issues[0]!.field}: ${issues[0]!.message}`,
    issues,
  );
}

/** 409: the id of a created record is already taken (sources, actors and relations share one id space). */
export class IdTakenError extends HttpError {
  constructor(id: string, takenBy: string, field: string) {
    super(409, 'ID_TAKEN', `id "${id}" is already used by a ${takenBy}`, field);
  }
}

/** 428: an update or delete without `If-Match` (the ETag of the version it was based on). */
export class PreconditionRequiredError extends HttpError {
  constructor(what: string) {
    super(428, 'PRECONDITION_REQUIRED', `${what}: send \`If-Match\` with the ETag you read (GET it first)`, 'if-match');
  }
}

/** 412: `If-Match` names a version that is no longer current (someone else wrote in between). */
export class PreconditionFailedError extends HttpError {
  constructor(what: string, version: number) {
    super(
      412,
      'PRECONDITION_FAILED',
      `${what} changed since you read it (now version ${version}); read it again and retry`,
      'if-match',
    );
  }
}

/** 422: an `Idempotency-Key` reused with another request. */
export class IdempotencyKeyReusedError extends HttpError {
  constructor() {
    super(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'this Idempotency-Key was used for another request; use a new key per request',
      'idempotency-key',
    );
  }
}
