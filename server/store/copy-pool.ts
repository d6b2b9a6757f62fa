// The `pg` pool lent to Kysely with clients that stream `COPY … FROM STDIN` statements through pg-copy-streams.
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isCopyFromStdin } from './copy-rows.js';

/** Streams COPY data through pg-copy-streams on a `pg` client; resolves with the rows copied. */
function copyIn(client: PoolClient, sql: string, data: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = client.query(copyFrom(sql));
    stream.on('finish', () => resolve(stream.rowCount ?? 0));
    stream.on('error', reject);
    stream.end(data);
  });
}

/** The `pg` pool as Kysely's `PostgresPool`, its clients streaming COPY … FROM STDIN statements (see above). */
export function copyingPool(pool: Pool): PostgresPool {
  const lent = new WeakMap<PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapped = lent.get(client);
      if (!wrapped) {
        wrapped = {
          async query(sql: string, parameters: ReadonlyArray<unknown>) {
            if (!isCopyFromStdin(sql, parameters)) return client.query(sql, [...parameters]);
            return { command: 'COPY', rowCount: await copyIn(client, sql, parameters[0]), rows: [] };
          },
          release: () => client.release(),
        } as unknown as PostgresPoolClient;
        lent.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}
