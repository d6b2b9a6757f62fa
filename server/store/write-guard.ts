// The one authorization check every write route calls. For now: the ADMIN_TOKEN bearer (writes are never open); the accounts work replaces the body with roles.
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';
import { tokenMatches } from '../routes/admin.js';

/** Who is writing: a stable id (recorded in the change log as `who`) and how they proved it. */
export interface WriteActor {
  readonly id: string;
  readonly via: 'admin-token' | 'session' | 'api-token';
}

/** 401: the request proves no identity (no or malformed credentials). */
export class UnauthenticatedError extends HttpError {
  constructor(message = 'writing needs `Authorization: Bearer <token>`') {
    super(401, 'UNAUTHORIZED', message, 'authorization');
  }
}

/** 403: the identity is known (or a token was sent) but may not write this dataset. */
export class ForbiddenError extends HttpError {
  constructor(message = 'this token may not write') {
    super(403, 'FORBIDDEN', message, 'authorization');
  }
}

/**
 * Who may write to `datasetId`, or throws: 401 without credentials, 403 with a wrong token or when no token is
 * configured (writes are then closed to all), 404 (NotFoundError, from the caller's dataset lookup) for an unknown dataset.
 * Today one identity, `admin`, holds the `ADMIN_TOKEN`; roles per dataset replace this body, not its signature.
 */
export async function authorizeWrite(request: FastifyRequest, datasetId: string, adminToken: string): Promise<WriteActor> {
  void datasetId; // every dataset alike until roles exist
  const header = request.headers.authorization;
  if (!header) throw new UnauthenticatedError();
  if (!header.startsWith('Bearer ')) throw new UnauthenticatedError('`Authorization` must be `Bearer <token>`');
  if (!adminToken) throw new ForbiddenError('writes are closed: the server has no ADMIN_TOKEN (and no accounts yet)');
  if (!tokenMatches(header.slice(7), adminToken)) throw new ForbiddenError();
  return { id: 'admin', via: 'admin-token' };
}
