// The one error handler: typed graph errors and Fastify errors become JSON `{ statusCode, code, error, message }`; 5xx details stay in the log.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { BudgetError, GraphError, NotFoundError, QueryError } from '../graph/errors.js';
import type { ErrorResponse } from './schemas/error.js';

/** An HTTP-level refusal raised by the server itself (oversized query, rate limit), with its status and code. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Runs `run`, renaming the field of a graph error from the engine's argument name to the query parameter
 * (`ids[1]` → `actors[1]`), so the 4xx names what the client actually sent.
 */
export function renameErrorField<T>(run: () => T, prefix: string, parameter: string): T {
  try {
    return run();
  } catch (error) {
    const field = (error as { field?: unknown }).field;
    if (!(error instanceof GraphError) || typeof field !== 'string' || !field.startsWith(prefix)) throw error;
    const renamed = parameter + field.slice(prefix.length);
    const reason = error.message.startsWith(`${field}: `) ? error.message.slice(field.length + 2) : error.message;
    if (error instanceof NotFoundError) throw new NotFoundError(error.entity, error.id, error.suggestions, renamed);
    if (error instanceof QueryError) throw new QueryError(renamed, reason);
    if (error instanceof BudgetError) throw new BudgetError(renamed, reason);
    throw error;
  }
}

function body(statusCode: number, code: string, message: string, extra: Partial<ErrorResponse> = {}): ErrorResponse {
  return { statusCode, code, error: STATUS_CODES[statusCode] ?? 'Error', message, ...extra };
}

/** Shortens a client-supplied value for quoting in a message. */
function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/** "; expecting one of a, b, c" from the route's schema for that part of the request, or ''. */
function knownParameters(request: FastifyRequest, context: string): string {
  const schema = (request.routeOptions?.schema as Record<string, { properties?: object } | undefined> | undefined)?.[
    context
  ];
  const names = Object.keys(schema?.properties ?? {});
  return names.length ? `; expecting one of ${names.join(', ')}` : '';
}

/** "; expecting one of shortest, strongest, widest" for an enum rule, "; expecting true or false" for a boolean: a 400 says what would do. */
function allowedValues(keyword: string | undefined, params: Record<string, unknown>): string {
  if (Array.isArray(params.allowedValues)) return `; expecting one of ${params.allowedValues.map(String).join(', ')}`;
  if (keyword === 'type' && params.type === 'boolean') return '; expecting true or false';
  return '';
}

/** Maps a Fastify schema-validation failure to a 400 naming the field, the rule and the value sent. */
function validationBody(error: FastifyError, request: FastifyRequest): ErrorResponse {
  const first = error.validation?.[0];
  const context = error.validationContext ?? 'request';
  const params = (first?.params ?? {}) as Record<string, unknown>;
  const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const named = params.missingProperty ?? params.additionalProperty ?? path;
  const field = typeof named === 'string' && named !== '' ? named : context;
  const part = (request as unknown as Record<string, unknown>)[context === 'querystring' ? 'query' : context];
  const value = part && typeof part === 'object' ? (part as Record<string, unknown>)[field] : undefined;
  let message: string;
  if (params.missingProperty !== undefined) message = `${context}.${field} is required`;
  else if (params.additionalProperty !== undefined)
    message = `unknown ${context === 'querystring' ? 'query' : context} parameter ${quote(params.additionalProperty)}${knownParameters(request, context)}`;
  else
    message = `${context}.${field} ${first?.message ?? 'is invalid'}${value === undefined ? '' : `, got ${quote(value)}`}${allowedValues(first?.keyword, params)}`;
  return body(400, 'BAD_REQUEST', message, { field });
}

/** Builds the JSON body and status of any error; logs 5xx with their details. */
export function toErrorResponse(error: unknown, request: FastifyRequest): ErrorResponse {
  if (error instanceof NotFoundError) {
    return body(404, error.code, error.message, { field: error.field ?? 'id', suggestions: error.suggestions });
  }
  if (error instanceof QueryError) return body(400, error.code, error.message, { field: error.field });
  if (error instanceof BudgetError) return body(422, error.code, error.message, { field: error.field });
  if (error instanceof GraphError) return body(400, error.code, error.message);
  if (error instanceof HttpError) {
    // A refused write lists every problem (`issues`, server/store/write-errors.ts); the route's schema declares it.
    const issues = (error as { issues?: unknown }).issues;
    const extra = { ...(error.field ? { field: error.field } : {}), ...(Array.isArray(issues) ? { issues } : {}) };
    return body(error.statusCode, error.code, error.message, extra as Partial<ErrorResponse>);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError?.validation) return validationBody(fastifyError, request);
  const status = fastifyError?.statusCode;
  // A URL that does not decode (`%c0%ae`, overlong UTF-8 in traversal attempts) names nothing here: 404.
  if (fastifyError?.code === 'FST_ERR_BAD_URL') return body(404, 'NO_ROUTE', 'not found');
  // @fastify/static answers traversal and dotfile attempts with 403, which confirms the path means something: say 404.
  if (status === 403) return body(404, 'NO_ROUTE', 'not found');
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own 4xx (body too large, bad content type, malformed URL) carry safe, useful messages.
    return body(status, fastifyError.code ?? 'BAD_REQUEST', fastifyError.message);
  }
  request.log.error({ err: error }, 'request failed');
  return body(500, 'INTERNAL', 'internal server error; the details are in the server log');
}

/** Fastify error handler built on toErrorResponse. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const response = toErrorResponse(error, request);
  return reply.status(response.statusCode).type('application/json; charset=utf-8').send(response);
}

/** JSON 404 for any route the server does not have. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  const message = `no route ${request.method} ${quote(path.length > 200 ? path.slice(0, 200) : path)}`;
  return reply
    .status(404)
    .type('application/json; charset=utf-8')
    .send(body(404, 'NO_ROUTE', message));
}
