// `npm run user -- <command>`: manage accounts in the store the server uses (DATA_DIR or DATABASE_URL, as the server reads them).
import { text } from 'node:stream/consumers';
import { settingsFromEnv, mergeSettings } from '../config.js';
import { StoreBusyError } from '../store/data-dir-lock.js';
import { openStoreDatabase } from '../store/database.js';
import type { AccountsDb } from './account-store.js';
import { busyAdvice, describeFailure, runUserCommand, USAGE, UsageError } from './user-commands.js';

/** Reads a line from the terminal without echoing it (raw mode), on stderr so stdout stays clean for tokens. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return (finish(), resolve(value));
        if (char === '\u0003') return (finish(), reject(new UsageError('cancelled')));
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The password from stdin (`--password-stdin`, one trailing newline dropped), else asked twice on a terminal, else none. */
async function readPassword(fromStdin: boolean): Promise<string | undefined> {
  if (fromStdin) return (await text(process.stdin)).replace(/\r?\n$/, '');
  if (!process.stdin.isTTY) return undefined;
  const first = await promptHidden('password: ');
  if (first === '') return undefined;
  if ((await promptHidden('again: ')) !== first) throw new UsageError('the two passwords differ');
  return first;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') return (console.log(USAGE), 0);
  const settings = mergeSettings(settingsFromEnv(process.env));
  let connection;
  try {
    connection = await openStoreDatabase({
      dataDir: settings.dataDir,
      ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
    });
  } catch (error) {
    if (!(error instanceof StoreBusyError)) throw error;
    console.error(busyAdvice(error));
    return 1;
  }
  try {
    await runUserCommand(connection.db as unknown as AccountsDb, argv, {
      readPassword,
      print: (line) => console.log(line),
    });
    return 0;
  } catch (error) {
    console.error(`user: ${describeFailure(error)}`);
    if (error instanceof UsageError) console.error(USAGE);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await connection.close();
  }
}

process.exitCode = await main();
