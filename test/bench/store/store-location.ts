// Benchmark helper: a fresh store for one run — a temporary PGlite folder, or a new database on TEST_DATABASE_URL's server (empty, or a copy of a template database) — and how to drop it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backend, StoreLocation } from '../../../server/store/database.js';
import { adminSql, databaseUrl, dropDatabase } from '../../server/store/admin-sql.js';

/** How `benchLocation` makes the store: `template`, a database of the server to copy (PostgreSQL only). */
export interface BenchLocationOptions {
  template?: string;
}

/**
 * A new store location on `backend` and the function that removes it: empty, or with `template` a new database made
 * from that one (`CREATE DATABASE … TEMPLATE`: a loaded 1M store in seconds, where loading it takes minutes).
 */
export async function benchLocation(
  backend: Backend,
  { template }: BenchLocationOptions = {},
): Promise<{ where: StoreLocation; drop: () => Promise<void> }> {
  // The name goes into the statement as it is (identifiers cannot be parameters): only a plain identifier is accepted.
  if (template !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(template))
    throw new Error(`--template-db: ${JSON.stringify(template)} is not a plain database name`);
  const dataDir = mkdtempSync(join(tmpdir(), 'age-bench-'));
  if (backend === 'pglite' && template === undefined)
    return { where: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin)
    throw new Error(`${template === undefined ? '--backend postgres' : '--template-db'} needs TEST_DATABASE_URL`);
  const name = `age_bench_${process.pid}_${Date.now()}`;
  await adminSql(admin, `CREATE DATABASE ${name}${template === undefined ? '' : ` TEMPLATE ${template}`}`);
  return {
    where: { dataDir, databaseUrl: databaseUrl(admin, name) },
    drop: async () => {
      await dropDatabase(admin, name);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
