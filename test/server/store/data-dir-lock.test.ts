// Tests for server/store/data-dir-lock.ts: a second opener of an embedded store is refused at once, naming the holder (and `npm run user` says what to do); a dead holder's lock is taken over.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { listAccounts } from '../../../server/accounts/account-store.js';
import { busyAdvice, runUserCommand } from '../../../server/accounts/user-commands.js';
import type { AccountsDb } from '../../../server/accounts/account-store.js';
import { LOCK_FILE, lockDataDir, noteServerAddress, StoreBusyError } from '../../../server/store/data-dir-lock.js';
import { openStoreDatabase } from '../../../server/store/database.js';
import { freshLocation } from './backends.js';

/** The error `promise` rejects with (or undefined if it resolves). */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

t.test(
  'a running server holds its DATA_DIR: a second opener is refused with the address, the store untouched',
  async (t) => {
    const { dataDir } = await freshLocation(t, 'pglite');
    const server = await openStoreDatabase({ dataDir });
    t.teardown(() => server.close());
    noteServerAddress(dataDir, 'http://127.0.0.1:3917/');
    const lock = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as Record<string, unknown>;
    t.equal(lock.pid, process.pid);
    t.equal(lock.url, 'http://127.0.0.1:3917/');

    const started = Date.now();
    const refused = await failure(openStoreDatabase({ dataDir }));
    t.ok(Date.now() - started < 5_000, 'refused at once, no hang');
    t.type(refused, StoreBusyError);
    const busy = refused as StoreBusyError;
    t.match(busy.message, `${dataDir} is in use by the server on http://127.0.0.1:3917/ (pid ${process.pid})`);
    const advice = busyAdvice(busy);
    t.match(advice, /stop it and run this again/);
    t.match(advice, /Accounts… in the explorer \(http:\/\/127\.0\.0\.1:3917\/\)/);
    t.match(advice, /POST http:\/\/127\.0\.0\.1:3917\/api\/accounts/);

    // The holder still works, and its lock is still its own.
    await runUserCommand(server.db as unknown as AccountsDb, ['add', 'ada', '--role', 'editor'], {
      readPassword: async () => undefined,
      print: () => undefined,
    });
    t.same(
      (await listAccounts(server.db as unknown as AccountsDb)).map((a) => a.name),
      ['ada'],
    );
    t.ok(existsSync(join(dataDir, LOCK_FILE)), 'the refused opener left the lock in place');
  },
);

t.test('closing releases the lock: the next opener gets the store', async (t) => {
  const { dataDir } = await freshLocation(t, 'pglite');
  const first = await openStoreDatabase({ dataDir });
  await first.close();
  t.notOk(existsSync(join(dataDir, LOCK_FILE)));
  const second = await openStoreDatabase({ dataDir });
  t.teardown(() => second.close());
  t.equal(second.backend, 'pglite');
});

t.test('a lock left by a process that died is taken over; a live one is not', async (t) => {
  const { dataDir } = await freshLocation(t, 'pglite');
  const file = join(dataDir, LOCK_FILE);
  // Above Linux's largest pid (2^22): no such process.
  writeFileSync(file, JSON.stringify({ pid: 4_194_304 + 17, host: hostname(), by: 'server/main.ts', since: 'x' }));
  const release = lockDataDir(dataDir);
  t.equal((JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid, process.pid, 'taken over');
  release();
  t.notOk(existsSync(file), 'released');

  writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), by: 'user-cli.ts', since: 'then' }));
  t.throws(() => lockDataDir(dataDir), {
    constructor: StoreBusyError,
    message: new RegExp(`another process \\(user-cli\\.ts, pid ${process.ppid}, since then\\)`),
  });
  t.equal((JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid, process.ppid, 'the live lock stays');

  writeFileSync(file, '{"pid": 1'); // torn by a crash while written: no holder
  lockDataDir(dataDir)();
  t.notOk(existsSync(file));
});
