// /api/accounts: account management for admins of every dataset (list, create, remove, give or take a role).
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../schemas/error.js';
import { createAccount, listAccounts, removeAccount, setRole, type AccountsDb } from './account-store.js';
import { AccountBody, AccountInfo, AccountList, AccountName, RoleBody } from './auth-schemas.js';
import { authorizeAccountAdmin } from './authorize.js';
import { DatasetRole } from './roles.js';
import { refuseOwnAdminRole } from './keep-admins.js';
import { principalOf } from './principal.js';
import { quietValidation } from './quiet-validation.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
} as const;
const RoleParams = Type.Object({
  name: AccountName,
  dataset: Type.String({ minLength: 1, maxLength: 200, description: 'a dataset id, or `*` for every dataset' }),
});
const Roles = Type.Object({ name: Type.String(), roles: Type.Array(DatasetRole) }, { additionalProperties: false });

const accountRoutes: FastifyPluginAsyncTypebox<{ db: AccountsDb }> = async (app, { db }) => {
  // Every route here is for admins of `*` only; the check runs before the body is even looked at.
  app.addHook('preHandler', async (request) => void (await authorizeAccountAdmin(request)));

  app.get(
    '',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Every account with its roles (admin)',
        response: { 200: AccountList, ...errors },
      },
    },
    async () => ({ accounts: await listAccounts(db) }),
  );

  app.post(
    '',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Create an account (admin); without a password it can use API tokens only',
        body: AccountBody,
        response: { 201: AccountInfo, ...errors },
      },
      schemaErrorFormatter: quietValidation,
    },
    async (request, reply) => {
      const { name, password, roles } = request.body;
      const created = await createAccount(db, {
        name,
        roles: roles ?? [],
        ...(password === undefined ? {} : { password }),
      });
      request.log.info({ account: name, roles: created.roles }, 'account created');
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/:name',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Remove an account with its roles, sessions and tokens (admin); 409 for your own account or the last admin of `*`',
        params: Type.Object({ name: AccountName }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      refuseOwnAdminRole(await principalOf(request), request.params.name, { remove: true });
      await removeAccount(db, request.params.name);
      request.log.info({ account: request.params.name }, 'account removed');
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/:name/roles/:dataset',
    {
      schema: {
        tags: ['accounts'],
        summary:
          "Give an account a role on a dataset (or `*`), replacing its role there (admin); 409 for lowering your own admin role on `*` or the last admin's",
        params: RoleParams,
        body: RoleBody,
        response: { 200: Roles, ...errors },
      },
    },
    async (request) => {
      const { name, dataset } = request.params;
      refuseOwnAdminRole(await principalOf(request), name, { dataset, role: request.body.role });
      return { name, roles: await setRole(db, name, dataset, request.body.role) };
    },
  );

  app.delete(
    '/:name/roles/:dataset',
    {
      schema: {
        tags: ['accounts'],
        summary:
          "Take an account's role on a dataset away (admin); 409 for your own admin role on `*` or the last admin's",
        params: RoleParams,
        response: { 200: Roles, ...errors },
      },
    },
    async (request) => {
      const { name, dataset } = request.params;
      refuseOwnAdminRole(await principalOf(request), name, { dataset, role: null });
      return { name, roles: await setRole(db, name, dataset, null) };
    },
  );
};

export default accountRoutes;
