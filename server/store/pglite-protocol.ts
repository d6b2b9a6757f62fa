// The messages between the main thread and the PGlite thread, and PostgreSQL errors carried across with their fields (code, constraint…).

/** The fields of a PostgreSQL error that survive the thread boundary; `code` is what the routes map to 409/412/422. */
export const ERROR_FIELDS = [
  'severity',
  'code',
  'detail',
  'hint',
  'position',
  'where',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
] as const;
export type ErrorField = (typeof ERROR_FIELDS)[number];

/** An error as sent by the thread: its message and whichever PostgreSQL fields it had. */
export type WireError = { message: string } & Partial<Record<ErrorField, string>>;

/** What the main thread asks about database `db` (one PGlite per data folder, several in a test process); answered by `id`. */
export type ThreadRequest =
  | { type: 'open'; id: number; db: number; dataDir: string }
  | { type: 'query'; id: number; db: number; sql: string; parameters: unknown[]; blob?: string }
  | { type: 'memory'; id: number; db: number }
  | { type: 'close'; id: number; db: number };

/** What the PGlite thread holds, in bytes: the database's WASM memory (it grows and never shrinks), the thread's JS heap (committed) and the memory outside it (array buffers). */
export interface ThreadMemory {
  wasm: number;
  heap: number;
  external: number;
}

/** What the thread answers to request `id`: done (a statement's rows, if it was one), or the error it raised. */
export type ThreadReply =
  | { type: 'done'; id: number; rows?: unknown[]; affectedRows?: number | undefined; memory?: ThreadMemory }
  | { type: 'error'; id: number; error: WireError };

/** A PostgreSQL error raised in the PGlite thread, rebuilt with its fields (`code` '23505' for a unique violation…). */
export class StoreQueryError extends Error implements Partial<Record<ErrorField, string>> {
  severity?: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
  where?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
  routine?: string;

  constructor(wire: WireError) {
    super(wire.message);
    for (const field of ERROR_FIELDS) if (wire[field] !== undefined) this[field] = wire[field];
  }
}

/** The wire form of anything thrown in the thread: PostgreSQL's fields when it has them, its message always. */
export function toWireError(error: unknown): WireError {
  const wire: WireError = { message: error instanceof Error ? error.message : String(error) };
  const source = (error ?? {}) as Record<string, unknown>;
  for (const field of ERROR_FIELDS) if (typeof source[field] === 'string') wire[field] = source[field];
  return wire;
}
