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

/** The URL of database `name` on the server of `admin`. */
export function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
