// The authorization checks: who may read a dataset (a private one exists only for those with a role on it), who may write it, who manages accounts.
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../../graph/errors.js';
import { editDistance } from '../../graph/query/require-actor.js';
import { HttpError } from '../errors.js';
import { principalOf, unauthorized, type Principal } from './principal.js';
import { ALL_DATASETS, roleAtLeast, roleOn, type Role } from './roles.js';

/** Who a permitted write is by, for the change log: an account, or the server's ADMIN_TOKEN (accountId null). */
export interface Writer {
  accountId: number | null;
  name: string;
  via: Principal['via'];
  role: Role;
}

/** True when every dataset is public or `dataset` is listed in the `publicDatasets` setting. */
export function isPublic(request: FastifyRequest, dataset: string): boolean {
  const listed = request.server.accounts.settings.publicDatasets;
  return listed.includes(ALL_DATASETS) || listed.includes(dataset);
}

/** True when the request may read `dataset`: it is public, or the principal holds any role on it. */
export async function canRead(request: FastifyRequest, dataset: string): Promise<boolean> {
  return isPublic(request, dataset) || roleOn((await principalOf(request)).roles, dataset) !== undefined;
}

/** The ids among `ids` this request may read, in their order. */
export async function readableIds(request: FastifyRequest, ids: readonly string[]): Promise<string[]> {
  const readable: string[] = [];
  for (const id of ids) if (await canRead(request, id)) readable.push(id);
  return readable;
}

/**
 * The 404 for a dataset this request may not see, identical to the one for an id that is not served: close
 * matches are drawn only from the datasets it may read, so neither the message nor the suggestions tell them apart.
 */
export async function unknownDataset(
  request: FastifyRequest,
  id: string,
  servedIds: readonly string[],
  field = 'dataset',
): Promise<NotFoundError> {
  const readable = await readableIds(request, servedIds);
  const close = readable.filter((candidate) => editDistance(id.toLowerCase().slice(0, 120), candidate, 3) <= 3);
  return new NotFoundError('dataset', id, (close.length > 0 ? close : readable).slice(0, 10), field);
}

/**
 * The one guard of every write route: anonymous → 401; no role on a private dataset → 404 (as if it did not exist);
 * a role too weak (a viewer, or an editor of another public dataset) → 403; else who is writing.
 */
export async function authorizeWrite(
  request: FastifyRequest,
  dataset: string,
  need: Role = 'editor',
  field = 'dataset',
): Promise<Writer> {
  const principal = await principalOf(request);
  if (principal.via === 'anonymous')
    throw unauthorized('sign in (POST /api/auth/login) or send `Authorization: Bearer <token>` to change data');
  const role = roleOn(principal.roles, dataset);
  if (role === undefined && !isPublic(request, dataset)) throw new NotFoundError('dataset', dataset, [], field);
  if (!roleAtLeast(role, need)) {
    throw new HttpError(
      403,
      'FORBIDDEN',
      `${describe(principal)} is ${role ? `a ${role}` : 'not a member'} of dataset ${JSON.stringify(dataset)}; this needs ${need}`,
      field,
    );
  }
  return writerOf(principal, role!);
}

/**
 * The guard of what belongs to no one dataset (importing a new dataset): the role `need` on every dataset ("*");
 * anonymous → 401, any weaker principal → 403 naming `field`. No 404 here: there is no private dataset to hide.
 */
export async function authorizeEveryDataset(
  request: FastifyRequest,
  need: Role,
  field = 'authorization',
): Promise<Writer> {
  const principal = await principalOf(request);
  if (principal.via === 'anonymous')
    throw unauthorized('sign in (POST /api/auth/login) or send `Authorization: Bearer <token>` to import');
  const role = roleOn(principal.roles, ALL_DATASETS);
  if (!roleAtLeast(role, need))
    throw new HttpError(
      403,
      'FORBIDDEN',
      `${describe(principal)} is not ${need} of every dataset ("*"), which this needs`,
      field,
    );
  return writerOf(principal, role!);
}

/** Who is writing, as the change log records it: the account, or the ADMIN_TOKEN, with the role that let it. */
function writerOf(principal: Principal, role: Role): Writer {
  return {
    accountId: principal.account?.id ?? null,
    name: principal.account?.name ?? 'ADMIN_TOKEN',
    via: principal.via,
    role,
  };
}

/** The guard of account management: the principal must be admin of every dataset (`*`); anonymous → 401, others → 403. */
export async function authorizeAccountAdmin(request: FastifyRequest): Promise<Principal> {
  const principal = await principalOf(request);
  if (principal.via === 'anonymous') throw unauthorized('sign in as an admin to manage accounts');
  if (roleOn(principal.roles, ALL_DATASETS) !== 'admin')
    throw new HttpError(403, 'FORBIDDEN', 'managing accounts needs the admin role on every dataset ("*")');
  return principal;
}

/** The signed-in principal of an account (session or token); anonymous → 401, the ADMIN_TOKEN (no account) → 403. */
export async function requireAccountPrincipal(
  request: FastifyRequest,
): Promise<Principal & { account: { id: number; name: string } }> {
  const principal = await principalOf(request);
  if (principal.via === 'anonymous') throw unauthorized('sign in first');
  if (!principal.account)
    throw new HttpError(403, 'FORBIDDEN', "the ADMIN_TOKEN is no account; use an account's session or token");
  return principal as Principal & { account: { id: number; name: string } };
}

function describe(principal: Principal): string {
  return principal.account ? `account ${JSON.stringify(principal.account.name)}` : 'the ADMIN_TOKEN';
}
