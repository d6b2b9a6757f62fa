// A schema-error formatter for routes whose bodies hold secrets: the 400 names the field and the rule, never the value sent.
import type { FastifySchemaValidationError } from 'fastify';
import { HttpError } from '../errors.js';

/** Turns the first validation failure into a 400 `BAD_REQUEST` naming its field (the shared handler would quote the value: a password). */
export function quietValidation(errors: FastifySchemaValidationError[], context: string): Error {
  const first = errors[0];
  const params = (first?.params ?? {}) as Record<string, unknown>;
  const path = (first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const named = params.missingProperty ?? params.additionalProperty ?? path;
  const field = typeof named === 'string' && named !== '' ? named : context;
  if (params.missingProperty !== undefined)
    return new HttpError(400, 'BAD_REQUEST', `${context}.${field} is required`, field);
  if (params.additionalProperty !== undefined)
    return new HttpError(
      400,
      'BAD_REQUEST',
      `unknown ${context} field ${JSON.stringify(String(field).slice(0, 80))}`,
      field,
    );
  return new HttpError(400, 'BAD_REQUEST', `${context}.${field} ${first?.message ?? 'is invalid'}`, field);
}
