// Several API processes on one PostgreSQL: each commit NOTIFYs `age_changes`; every process LISTENs and reloads the dataset whose served revision fell behind.
import type { Datasets } from '../datasets.js';
import type { StoreLogger } from '../dataset-store.js';
import { snapshotRevision } from './store-loader.js';

/** The channel every committed write notifies, with `<revision> <dataset id>` as payload. */
export const CHANGE_CHANNEL = 'age_changes';

/** Milliseconds between reconnection attempts after the listening connection is lost. */
const RECONNECT_MS = 1000;

/** The payload a write sends on CHANGE_CHANNEL. */
export function changePayload(datasetId: string, revision: number): string {
  return `${revision} ${datasetId}`;
}

/**
 * Brings each served dataset up to a revision: a reload when its served revision is below it. This process's own
 * writes and other processes' notifications go through the same instance, so a write and the NOTIFY of that very
 * write cost one rebuild, not two; requests arriving during a reload coalesce into at most one more.
 */
export class CatchUp {
  readonly #running = new Map<string, Promise<void>>();
  readonly #wanted = new Map<string, number>();

  constructor(
    private readonly datasets: Datasets,
    private readonly logger: StoreLogger,
  ) {}

  /** Asks for dataset `id` at `revision` or later; resolves once it is served (or the reload failed and was logged). */
  request(id: string, revision: number): Promise<void> {
    this.#wanted.set(id, Math.max(this.#wanted.get(id) ?? 0, revision));
    let running = this.#running.get(id);
    if (!running) {
      running = this.#run(id).finally(() => this.#running.delete(id));
      this.#running.set(id, running);
    }
    return running;
  }

  async #run(id: string): Promise<void> {
    for (;;) {
      let entry;
      try {
        entry = this.datasets.entry(id);
      } catch {
        return; // a dataset this process does not serve (added by another since it started)
      }
      const served = snapshotRevision(entry.store.current) ?? 0;
      if (served >= (this.#wanted.get(id) ?? 0)) return;
      const result = await this.datasets.reload(id);
      if (!result.ok) {
        this.logger.error(
          { dataset: id, issues: result.issues.slice(0, 10) },
          "catching up with another process's write failed",
        );
        return;
      }
      this.logger.info(
        { dataset: id, revision: snapshotRevision(entry.store.current) },
        'caught up with a write from another process',
      );
    }
  }
}

/** Listens on CHANGE_CHANNEL over its own connection (reconnecting, then catching up on every dataset); `close()` stops it. */
export async function listenForChanges(
  databaseUrl: string,
  catchUp: CatchUp,
  logger: StoreLogger,
): Promise<{ close(): Promise<void> }> {
  const { default: pg } = await import('pg');
  let client: InstanceType<typeof pg.Client> | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', (message) => {
      const [revision, id] = (message.payload ?? '').split(' ', 2);
      if (id && Number.isInteger(Number(revision))) void catchUp.request(id, Number(revision));
    });
    next.on('error', (error) => {
      logger.error({ err: error.message }, 'the LISTEN connection failed; reconnecting');
      void next.end().catch(() => undefined);
      if (!closed) timer = setTimeout(() => void reconnect(), RECONNECT_MS);
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    client = next;
  };
  const reconnect = async (): Promise<void> => {
    try {
      await connect();
      // Notifications sent while disconnected are lost: compare every dataset with the store's head instead.
      const heads = await client!.query<{ id: string; revision: number }>('SELECT id, revision FROM datasets');
      for (const row of heads.rows) void catchUp.request(row.id, row.revision);
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'reconnecting the LISTEN connection failed; retrying');
      if (!closed) timer = setTimeout(() => void reconnect(), RECONNECT_MS);
    }
  };
  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
    },
  };
}
