// The shapes of the auth and account routes (TypeBox schemas and their Static types): sign-in, who am I, API tokens, accounts.
import { Type, type Static } from 'typebox';
import { PASSWORD_LENGTH } from './passwords.js';
import { DatasetRole, RoleSchema } from './roles.js';

/** An account name: lowercase letters, digits, `.`, `_`, `-`. */
export const AccountName = Type.String({
  minLength: 1,
  maxLength: 63,
  pattern: '^[a-z0-9][a-z0-9._-]*$',
  examples: ['ada'],
});

/** POST /api/auth/login. */
export const LoginBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_LENGTH.max * 4 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

/** GET /api/auth/me (and the login answer): the account, how it is signed in, its roles, and a session's CSRF token. */
export const Me = Type.Object(
  {
    account: Type.Union([Type.String(), Type.Null()], {
      description: 'the account name; null when not signed in (or the ADMIN_TOKEN)',
    }),
    via: Type.Union([
      Type.Literal('anonymous'),
      Type.Literal('session'),
      Type.Literal('token'),
      Type.Literal('admin-token'),
    ]),
    roles: Type.Array(DatasetRole, { description: 'roles per dataset id; `*` stands for every dataset' }),
    csrfToken: Type.Optional(
      Type.String({
        description: 'send it back in `x-csrf-token` on every state-changing request made with the session cookie',
      }),
    ),
    expiresAt: Type.Optional(Type.String({ description: 'when the session ends, ISO 8601' })),
    accounts: Type.Optional(
      Type.Literal(false, { description: 'present only on a server without accounts (no store): nobody can sign in' }),
    ),
  },
  { additionalProperties: false },
);
export type Me = Static<typeof Me>;

/** POST /api/auth/tokens. */
export const TokenBody = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 100, description: 'what the token is for, shown in the list' }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);
export type TokenBody = Static<typeof TokenBody>;

/** One API token as listed: never the token itself. */
export const TokenInfo = Type.Object(
  {
    id: Type.Integer(),
    label: Type.String(),
    prefix: Type.String({ description: 'the first characters of the token' }),
    createdAt: Type.String(),
    lastUsedAt: Type.Union([Type.String(), Type.Null()]),
    expiresAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

/** A token just created: the only answer that carries it. */
export const TokenCreated = Type.Object(
  {
    ...TokenInfo.properties,
    token: Type.String({ description: 'shown once; use as `Authorization: Bearer <token>`' }),
  },
  { additionalProperties: false },
);
export const TokenList = Type.Object({ tokens: Type.Array(TokenInfo) }, { additionalProperties: false });

/** An account as an admin sees it. */
export const AccountInfo = Type.Object(
  {
    name: Type.String(),
    createdAt: Type.String(),
    canSignIn: Type.Boolean({ description: 'it has a password' }),
    roles: Type.Array(DatasetRole),
  },
  { additionalProperties: false },
);
export type AccountInfo = Static<typeof AccountInfo>;
export const AccountList = Type.Object({ accounts: Type.Array(AccountInfo) }, { additionalProperties: false });
export type AccountList = Static<typeof AccountList>;

/** POST /api/accounts. */
export const AccountBody = Type.Object(
  {
    name: AccountName,
    password: Type.Optional(
      Type.String({
        minLength: PASSWORD_LENGTH.min,
        maxLength: PASSWORD_LENGTH.max * 4,
        description: 'without one the account uses API tokens only',
      }),
    ),
    roles: Type.Array(DatasetRole, { maxItems: 100, default: [] }),
  },
  { additionalProperties: false },
);
export type AccountBody = Static<typeof AccountBody>;

/** PUT /api/accounts/:name/roles/:dataset. */
export const RoleBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });
export type RoleBody = Static<typeof RoleBody>;
