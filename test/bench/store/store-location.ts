// Benchmark helper: a fresh store for one run — a temporary PGlite folder, or a new database on TEST_DATABASE_URL's server — and how to drop it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend, StoreLocation } from '../../../server/store/database.js';

/** A new empty store location on `backend` and the function that removes it. */
export async function benchLocation(backend: Backend): Promise<{ where: StoreLocation; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'age-bench-'));
  if (backend === 'pglite')
    return { where: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('--backend postgres needs TEST_DATABASE_URL');
  const { default: pg } = await import('pg');
  const name = `age_bench_${process.pid}_${Date.now()}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    where: { dataDir, databaseUrl: url.toString() },
    drop: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
