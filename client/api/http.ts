// GET requests to the REST API: JSON in, typed answers out, and failures turned into ApiError with a message a person can read.

/** A request the API refused or that never got an answer (statusCode 0). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
  override get name(): string {
    return 'ApiError';
  }
}

/** Query parameters; undefined, null and empty lists are left out, lists are joined with commas. */
export type Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** The path with its query string. */
export function withQuery(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(name, value.join(','));
    } else q.set(name, String(value));
  }
  const text = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `${path}?${text}` : path;
}

let dataset: string | null = null;

/** Scopes every later API call to a dataset (`dataset=<id>`); null asks the server's default one. */
export function useDataset(id: string | null): void {
  dataset = id;
}

/** The dataset API calls are scoped to (null: the server's default). */
export function currentDataset(): string | null {
  return dataset;
}

let revision: number | null = null;

/** Time travel: every later read answers as the record stood at this revision (`revision=<n>`); null is now. */
export function useRevision(value: number | null): void {
  revision = value;
}

/** The revision reads are pinned to (null: now). */
export function currentRevision(): number | null {
  return revision;
}

/** The params with the dataset and revision every read carries; /api/history is the change log itself, where `revision` filters (the server skips it too). */
function scoped(path: string, params: Params | undefined, unscoped: boolean): Params | undefined {
  if (unscoped) return params;
  const travel = revision !== null && !path.startsWith('/api/history');
  return { ...params, ...(dataset === null ? {} : { dataset }), ...(travel ? { revision } : {}) };
}

/**
 * Fetches JSON from the API; throws ApiError naming what went wrong (the server's message when it sent one).
 * Every call carries the chosen dataset and revision here, in one place, so no endpoint can forget them;
 * `unscoped` is for the routes about all datasets (the dataset list).
 */
export async function getJson<T>(path: string, params?: Params, signal?: AbortSignal, unscoped = false): Promise<T> {
  const url = withQuery(path, scoped(path, params, unscoped));
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', 'The server did not answer. Is it running?', url);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = body as { code?: unknown; message?: unknown } | undefined;
    const message =
      typeof detail?.message === 'string' ? detail.message : `${response.status} ${response.statusText || 'error'}`;
    throw new ApiError(response.status, typeof detail?.code === 'string' ? detail.code : 'HTTP', message, url);
  }
  if (body === undefined)
    throw new ApiError(response.status, 'BAD_BODY', 'The server sent an answer that is not JSON.', url);
  return body as T;
}

/** A short message for any error thrown while talking to the API. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError)
    return error.statusCode ? `${error.message} (HTTP ${error.statusCode})` : error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
