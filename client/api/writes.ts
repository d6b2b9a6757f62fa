// Requests that change data: JSON out, the CSRF token and the dataset added here once, refusals turned into a WriteError that says what to do next.
import { ApiError, currentDataset, withQuery, type Params } from './http.js';

/** One problem the server found with a field of the request body (422/400/409 `issues`, or the error's own `field`). */
export interface FieldIssue {
  field: string;
  message: string;
  code?: string;
}

/** The answer of a write: the parsed body, the record's ETag (for the next If-Match) and the dataset revision it made. */
export interface WriteAnswer<T> {
  data: T;
  etag: string | null;
  revision: number | null;
}

/** Options of one write: `ifMatch` for updates and deletes, `idempotencyKey` for creates, extra query parameters. */
export interface WriteOptions {
  ifMatch?: string | null;
  idempotencyKey?: string;
  params?: Params;
  signal?: AbortSignal;
  /** Routes about no one dataset (sign-in, sign-out) leave `dataset=` out. */
  unscoped?: boolean;
}

/** The HTTP methods that change something. */
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A refused write: `status`, every field issue the server listed, and one sentence of what to do next (`advice`). */
export class WriteError extends ApiError {
  constructor(
    statusCode: number,
    code: string,
    message: string,
    url: string,
    readonly issues: readonly FieldIssue[],
    readonly advice: string,
  ) {
    super(statusCode, code, message, url);
  }
  override get name(): string {
    return 'WriteError';
  }
  /** The HTTP status (0: no answer). */
  get status(): number {
    return this.statusCode;
  }
  /** The issues about `field` or anything inside it (`evidence` matches `evidence[0].quote`). */
  issuesFor(field: string): FieldIssue[] {
    return this.issues.filter(
      (issue) => issue.field === field || issue.field.startsWith(`${field}.`) || issue.field.startsWith(`${field}[`),
    );
  }
}

/** What the user should do after a refusal with this status, in one sentence. */
export function adviceFor(status: number, code = ''): string {
  if (status === 0) return 'The server did not answer: check the connection, then try again.';
  if (status === 412) return 'Someone changed this since you opened it — reload to see their version.';
  if (status === 428) return 'This needs the version you read: reload it, then save again.';
  if (status === 401) return 'Sign in to make changes.';
  if (status === 403) return 'Your account may only read this dataset: ask an admin for the editor role.';
  if (status === 404) return 'It is no longer there (deleted, or not yours to see): reload the page.';
  if (status === 409 && code === 'ID_TAKEN') return 'That id is taken: choose another one.';
  if (status === 409 && (code === 'OWN_ADMIN_ROLE' || code === 'LAST_ADMIN')) return 'Nothing was changed.';
  if (status === 409) return 'Other records depend on it: change or delete those first.';
  if (status === 413) return 'It is too large: shorten it and try again.';
  if (status === 429) return 'Too many attempts: wait a little, then try again.';
  if (status === 400 || status === 422) return 'Correct the fields marked, then save again.';
  return 'The server failed: try again in a moment.';
}

let csrfToken: string | null = null;

/** Sets the session's CSRF token sent in `x-csrf-token` with every write (null: none; signed out or not a session). */
export function useCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** A fresh key for `Idempotency-Key`: one per create the user asks for, reused if that request is retried. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function issuesOf(body: Record<string, unknown> | undefined): FieldIssue[] {
  const listed = Array.isArray(body?.issues) ? (body.issues as unknown[]) : [];
  const issues = listed
    .filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object')
    .filter((item) => typeof item.field === 'string' && typeof item.message === 'string')
    .map((item) => ({
      field: item.field as string,
      message: item.message as string,
      ...(typeof item.code === 'string' ? { code: item.code } : {}),
    }));
  // A single refusal (400 BAD_REQUEST, 409 ID_TAKEN, 412 on `if-match`) names its field without a list.
  if (issues.length === 0 && typeof body?.field === 'string' && typeof body.message === 'string')
    issues.push({ field: body.field, message: body.message });
  return issues;
}

/** The parsed answer with its ETag and revision, or the WriteError of a refusal. */
async function answerOf<T>(response: Response, url: string): Promise<WriteAnswer<T>> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const detail = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    const code = typeof detail?.code === 'string' ? detail.code : 'HTTP';
    const message =
      typeof detail?.message === 'string' ? detail.message : `${response.status} ${response.statusText || 'error'}`;
    throw new WriteError(response.status, code, message, url, issuesOf(detail), adviceFor(response.status, code));
  }
  const revision = Number(response.headers.get('x-revision'));
  return {
    data: parsed as T,
    etag: response.headers.get('etag'),
    revision: response.headers.has('x-revision') && Number.isInteger(revision) ? revision : null,
  };
}

/**
 * Sends `body` as JSON with `method` to `path` (plus `dataset=` unless unscoped, `x-csrf-token`, `If-Match`,
 * `Idempotency-Key`); answers the parsed body with the ETag and `x-revision`, or throws a WriteError.
 */
export async function sendJson<T>(
  method: WriteMethod,
  path: string,
  body?: unknown,
  options: WriteOptions = {},
): Promise<WriteAnswer<T>> {
  const dataset = currentDataset();
  const url = withQuery(path, options.unscoped || dataset === null ? options.params : { ...options.params, dataset });
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new WriteError(0, 'NETWORK', 'The server did not answer.', url, [], adviceFor(0));
  }
  return answerOf<T>(response, url);
}

/** GETs a record with its ETag and revision, the starting point of an edit (send the ETag back as `ifMatch`). */
export async function readForEdit<T>(path: string, signal?: AbortSignal): Promise<WriteAnswer<T>> {
  const dataset = currentDataset();
  const url = withQuery(path, dataset === null ? {} : { dataset });
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      cache: 'no-store', // an edit must start from the current version, never a cached one
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new WriteError(0, 'NETWORK', 'The server did not answer.', url, [], adviceFor(0));
  }
  return answerOf<T>(response, url);
}

/** The sentence to show for a failed write: the server's message and what to do next. */
export function describeWriteError(error: unknown): string {
  if (error instanceof WriteError) return `${error.message.replace(/\.$/, '')}. ${error.advice}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
