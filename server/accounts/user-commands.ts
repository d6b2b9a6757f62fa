// The commands of `npm run user`: add, list, remove, role, password, token — parsed with node:util's parseArgs and run against the accounts database.
import { parseArgs } from 'node:util';
import { HttpError } from '../errors.js';
import { holderWords, type StoreBusyError } from '../store/data-dir-lock.js';
import {
  createAccount,
  listAccounts,
  removeAccount,
  requireAccount,
  setPassword,
  setRole,
  type AccountsDb,
} from './account-store.js';
import { createApiToken } from './api-tokens.js';
import { ALL_DATASETS, isRole, ROLES, type Role } from './roles.js';

/** What a command may read and write: the password (from stdin or a prompt, never an argument) and its output lines. */
export interface UserCommandIo {
  readPassword(fromStdin: boolean): Promise<string | undefined>;
  print(line: string): void;
}

/** The usage text, printed on `help` and with every usage error. */
export const USAGE = `usage: npm run user -- <command>
  add NAME [--role ${ROLES.join('|')}] [--dataset ID] [--password-stdin]   create an account (role on ID, default every dataset "*")
  list                                                     accounts and their roles
  remove NAME                                              remove an account, its roles, sessions and tokens
  role NAME --role ${ROLES.join('|')} [--dataset ID]                  give a role on ID (default "*"), replacing the one there
  role NAME --revoke [--dataset ID]                        take the role on ID (default "*") away
  password NAME [--password-stdin]                         set a new password (ends the account's sessions)
  token NAME [--label TEXT] [--days N]                     create an API token (printed once)
The password is read from stdin with --password-stdin, else asked for on a terminal; it is never an argument (ps shows those).`;

/** A mistake in the command line; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

const OPTIONS = {
  role: { type: 'string' },
  dataset: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  revoke: { type: 'boolean' },
  label: { type: 'string' },
  days: { type: 'string' },
} as const;

function roleOption(value: string | undefined, fallback?: Role): Role {
  if (value === undefined && fallback) return fallback;
  if (!isRole(value))
    throw new UsageError(
      `--role must be one of ${ROLES.join(', ')}${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`,
    );
  return value;
}

function oneName(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one account NAME`);
  return positionals[0]!;
}

/** Runs one command line (`argv` without `npm run user --`); throws UsageError for a bad line and HttpError for a refused change. */
export async function runUserCommand(db: AccountsDb, argv: readonly string[], io: UserCommandIo): Promise<void> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') return io.print(USAGE);
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const dataset = values.dataset ?? ALL_DATASETS;
  switch (command) {
    case 'add': {
      const name = oneName(positionals, 'add');
      const role = roleOption(values.role, 'viewer');
      const password = await io.readPassword(Boolean(values['password-stdin']));
      const account = await createAccount(db, { name, roles: [{ dataset, role }], ...(password ? { password } : {}) });
      return io.print(
        `added ${account.name}: ${account.roles.map((r) => `${r.role} of ${r.dataset}`).join(', ')}${account.canSignIn ? '' : ' (no password: API tokens only)'}`,
      );
    }
    case 'list': {
      const accounts = await listAccounts(db);
      if (accounts.length === 0) return io.print('no accounts');
      for (const account of accounts) {
        io.print(
          `${account.name}\t${account.roles.map((r) => `${r.dataset}:${r.role}`).join(',') || '-'}\t${account.canSignIn ? 'password' : 'tokens only'}\t${account.createdAt}`,
        );
      }
      return;
    }
    case 'remove':
      await removeAccount(db, oneName(positionals, 'remove'));
      return io.print(`removed ${positionals[0]}`);
    case 'role': {
      const name = oneName(positionals, 'role');
      if (values.revoke && values.role !== undefined) throw new UsageError('give --role or --revoke, not both');
      const roles = await setRole(db, name, dataset, values.revoke ? null : roleOption(values.role));
      return io.print(`${name}: ${roles.map((r) => `${r.role} of ${r.dataset}`).join(', ') || 'no roles'}`);
    }
    case 'password': {
      const name = oneName(positionals, 'password');
      const password = await io.readPassword(Boolean(values['password-stdin']));
      if (!password) throw new UsageError('no password given (pipe it with --password-stdin, or run on a terminal)');
      await setPassword(db, name, password);
      return io.print(`password of ${name} changed; its sessions are ended`);
    }
    case 'token': {
      const account = await requireAccount(db, oneName(positionals, 'token'));
      const days = values.days === undefined ? undefined : Number(values.days);
      if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3650))
        throw new UsageError('--days must be an integer 1..3650');
      const created = await createApiToken(
        db,
        account.id,
        values.label ?? 'cli',
        days === undefined ? undefined : days * 86_400_000,
      );
      return io.print(created.token);
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

/** The message a refused change prints (an HttpError's, which names no secret). */
export function describeFailure(error: unknown): string {
  return error instanceof HttpError || error instanceof UsageError ? error.message : String(error);
}

/** What to do when a running server holds the embedded store: stop it, or manage accounts through it. */
export function busyAdvice({ dataDir, holder }: StoreBusyError): string {
  const where = holder.url ?? 'http://HOST:PORT/';
  return [
    `user: ${holderWords(holder)} holds the store in ${dataDir}; an embedded store opens in one process at a time.`,
    `Either stop it and run this again, or, while the server runs, sign in as an admin of every dataset and use`,
    `Accounts… in the explorer (${where}), or the API: POST ${where}api/accounts (see README, Accounts and roles).`,
  ].join('\n');
}
