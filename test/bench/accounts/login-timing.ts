// Benchmark: how long sign-in takes for a right password, a wrong one, an unknown name and a token-only account (the decoy hash should make them alike).
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { resolve } from 'node:path';
import { buildApp } from '../../../server/app.js';
import { createAccount, type AccountsDb } from '../../../server/accounts/account-store.js';
import { migrateToLatest } from '../../../server/store/database.js';
import { pglitePool } from '../../../server/store/pglite-pool.js';

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const PASSWORD = 'correct horse battery';

const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: pglitePool(await PGlite.create()) }) }) as AccountsDb;
await migrateToLatest(db as never);
await createAccount(db, { name: 'ada', password: PASSWORD, roles: [] });
await createAccount(db, { name: 'robot', roles: [] });
const fixture = resolve(import.meta.dirname, '../../fixtures/server/mini.json');
const app = await buildApp(
  { dataFile: fixture, logLevel: 'silent', rateLimitMax: 0, loginMaxFailures: 1000 },
  { accountsDb: db },
);

const cases = {
  'right password': { name: 'ada', password: PASSWORD },
  'wrong password': { name: 'ada', password: 'not the password' },
  'unknown name': { name: 'nobody', password: PASSWORD },
  'token-only account': { name: 'robot', password: PASSWORD },
} as const;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((label) => [label, []]));
// Interleaved rounds, so machine load drifts alike over every case.
for (let round = 0; round < ROUNDS; round++) {
  for (const [label, payload] of Object.entries(cases)) {
    const started = performance.now();
    await app.inject({ method: 'POST', url: '/api/auth/login', payload });
    times[label]!.push(performance.now() - started);
  }
}
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
console.log(`sign-in latency over ${ROUNDS} interleaved rounds (ms, through app.inject)`);
console.log('| case | median | p90 |\n|---|---:|---:|');
for (const [label, values] of Object.entries(times))
  console.log(`| ${label} | ${quantile(values, 0.5).toFixed(1)} | ${quantile(values, 0.9).toFixed(1)} |`);
await app.close();
await db.destroy();
