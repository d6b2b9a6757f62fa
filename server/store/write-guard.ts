// The one authorization check every write route calls: roles per dataset (server/accounts/authorize.ts) behind the store's signature.
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';
import { authorizeWrite as authorizeByRole } from '../accounts/authorize.js';

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
 * Who may write to `datasetId`, or throws: 401 for anonymous callers and bad credentials; 404 (NotFoundError) when
 * the dataset is private and the caller has no role on it; 403 for a viewer, or an editor of other datasets only.
 * An account writes as its name; the server's ADMIN_TOKEN as `admin`. (`adminToken` is read from the settings now.)
 */
export async function authorizeWrite(
  request: FastifyRequest,
  datasetId: string,
  _adminToken?: string,
): Promise<WriteActor> {
  const writer = await authorizeByRole(request, datasetId);
  if (writer.via === 'admin-token') return { id: 'admin', via: 'admin-token' };
  return { id: writer.name, via: writer.via === 'token' ? 'api-token' : 'session' };
}
