// Tests for server/accounts/user-commands.ts (`npm run user`): add, list, role, password, token, remove, and usage errors.
import t from 'tap';
import { findAccount } from '../../../server/accounts/account-store.js';
import { findApiToken } from '../../../server/accounts/api-tokens.js';
import { verifyPassword } from '../../../server/accounts/passwords.js';
import { openSession, findSession } from '../../../server/accounts/sessions.js';
import { runUserCommand, UsageError, USAGE } from '../../../server/accounts/user-commands.js';
import { HttpError } from '../../../server/errors.js';
import { accountsDb } from './accounts-app.js';

/** A fake terminal: the password it would read (and from where it was asked), and the lines printed. */
function io(password?: string) {
  const asked: boolean[] = [];
  const lines: string[] = [];
  return {
    asked,
    lines,
    readPassword: async (fromStdin: boolean) => (asked.push(fromStdin), password),
    print: (line: string) => void lines.push(line),
  };
}

/** The error `promise` rejects with (or undefined if it resolves), to check its class and message. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error as Error,
  );

t.test('bad command lines are usage errors naming what is wrong', async (t) => {
  const db = await accountsDb(t);
  const run = (argv: string[]) => runUserCommand(db, argv, io());
  await t.rejects(run(['frobnicate']), new UsageError('unknown command "frobnicate"'));
  t.type(await failure(run(['add'])), UsageError, 'a name is needed');
  t.type(await failure(run(['add', 'a', 'b'])), UsageError, 'one name only');
  await t.rejects(run(['add', 'ada', '--role', 'owner']), /--role must be one of viewer, editor, admin, got "owner"/);
  await t.rejects(
    run(['add', 'ada', '--password', 'secret-on-the-command-line']),
    /Unknown option '--password'/,
    'no password argument: ps would show it',
  );
  await t.rejects(run(['role', 'ada']), /--role must be one of/);
  await t.rejects(run(['role', 'ada', '--role', 'editor', '--revoke']), /not both/);
  t.type(await failure(run(['token', 'ada', '--days', '0'])), HttpError, 'an unknown account is refused');
  await runUserCommand(db, ['add', 'ada'], io());
  t.match(await failure(run(['token', 'ada', '--days', '0'])), new UsageError('--days must be an integer 1..3650'));
  const help = io();
  await runUserCommand(db, ['help'], help);
  t.same(help.lines, [USAGE]);
});

t.test('add reads the password from stdin or a prompt, never an argument, and hashes it', async (t) => {
  const db = await accountsDb(t);
  const fromStdin = io('a long enough password');
  await runUserCommand(db, ['add', 'ada', '--role', 'editor', '--dataset', 'besa-1723', '--password-stdin'], fromStdin);
  t.same(fromStdin.asked, [true]);
  t.same(fromStdin.lines, ['added ada: editor of besa-1723']);
  const ada = await findAccount(db, 'ada');
  t.ok(await verifyPassword(ada!.password_hash, 'a long enough password'));
  const noPassword = io(undefined);
  await runUserCommand(db, ['add', 'robot'], noPassword);
  t.same(noPassword.asked, [false], 'asked on the terminal when not told stdin');
  t.same(
    noPassword.lines,
    ['added robot: viewer of * (no password: API tokens only)'],
    'viewer of every dataset by default',
  );
  await t.rejects(
    runUserCommand(db, ['add', 'eve', '--password-stdin'], io('short')),
    new HttpError(400, 'BAD_REQUEST', 'password must be at least 10 characters', 'password'),
  );
  await t.rejects(runUserCommand(db, ['add', 'ada'], io()), /already exists/);
  await t.rejects(runUserCommand(db, ['add', 'Ada'], io()), /name must be/);
  await t.rejects(runUserCommand(db, ['add', 'x', '--dataset', 'no spaces'], io()), /dataset must be a dataset id/);
  t.equal(await findAccount(db, 'eve'), undefined, 'nothing half-made');
});

t.test('list, role, password, token and remove', async (t) => {
  const db = await accountsDb(t);
  const empty = io();
  await runUserCommand(db, ['list'], empty);
  t.same(empty.lines, ['no accounts']);
  await runUserCommand(
    db,
    ['add', 'ada', '--role', 'viewer', '--dataset', 'a', '--password-stdin'],
    io('first password!'),
  );
  const listing = io();
  await runUserCommand(db, ['list'], listing);
  t.match(listing.lines, [/^ada\ta:viewer\tpassword\t\d{4}-/]);
  const role = io();
  await runUserCommand(db, ['role', 'ada', '--role', 'editor', '--dataset', 'a'], role);
  await runUserCommand(db, ['role', 'ada', '--role', 'admin'], role);
  await runUserCommand(db, ['role', 'ada', '--revoke', '--dataset', 'a'], role);
  t.same(role.lines, ['ada: editor of a', 'ada: admin of *, editor of a', 'ada: admin of *']);
  const ada = (await findAccount(db, 'ada'))!;
  const session = await openSession(db, ada.id, 60_000);
  await runUserCommand(db, ['password', 'ada', '--password-stdin'], io('second password!'));
  t.ok(await verifyPassword((await findAccount(db, 'ada'))!.password_hash, 'second password!'));
  t.equal(await findSession(db, session.secret), undefined, 'a new password ends the sessions');
  await t.rejects(runUserCommand(db, ['password', 'ada'], io(undefined)), /no password given/);
  const token = io();
  await runUserCommand(db, ['token', 'ada', '--label', 'nightly', '--days', '7'], token);
  t.match(token.lines, [/^age_[\w-]{43}$/], 'only the token on stdout, for scripts');
  t.same(await findApiToken(db, token.lines[0]!), {
    accountId: ada.id,
    name: 'ada',
    roles: [{ dataset: '*', role: 'admin' }],
  });
  await t.rejects(
    runUserCommand(db, ['remove', 'ada'], io()),
    { statusCode: 409, code: 'LAST_ADMIN', field: 'name', message: /last admin of every dataset/ },
    'the last admin of * stays, from the command line too',
  );
  await runUserCommand(db, ['add', 'root', '--role', 'admin'], io(undefined));
  await runUserCommand(db, ['remove', 'ada'], io());
  t.equal(await findApiToken(db, token.lines[0]!), undefined, 'its tokens go with it');
  await t.rejects(runUserCommand(db, ['remove', 'ada'], io()), /no account "ada"/);
  const left = io();
  await runUserCommand(db, ['list'], left);
  t.match(left.lines, [/^root\t\*:admin\ttokens only\t\d{4}-/], 'only root is left');
});
