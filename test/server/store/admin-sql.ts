// Test and bench helper: one statement on a PostgreSQL server in a connection of its own, and the URL of one of its databases.

/**
 * Runs one statement on the server of `admin` in a connection of its own (CREATE and DROP DATABASE refuse to run
 * in a transaction).
 */
export async function adminSql(admin: string, sql: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Drops database `name` and ends every session in it. A role without SUPERUSER (as in CI) may end only its own
 * sessions, and an autovacuum worker busy in the database runs as the superuser: the drop then fails with 42501
 * (seen once in five clean-clone runs). The worker is done within moments, so the drop is tried again.
 */
export async function dropDatabase(admin: string, name: string, attempts = 10): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminSql(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** The URL of database `name` on the server of `admin`. */
export function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
