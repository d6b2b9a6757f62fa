// Bulk rows through COPY … FROM STDIN (text format) inside the caller's Kysely transaction, on PGlite and on a PostgreSQL server.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { StoreDatabase } from './tables.js';

// Why a COPY statement with its data as the one parameter: Kysely hides a transaction's connection, and COPY needs
// the driver's own streaming (pg-copy-streams on a `pg` client: `copy-pool.ts`; the `/dev/blob` device on PGlite:
// `pglite-pool.ts`). Both pools lend clients that recognise `COPY … FROM STDIN` with one parameter and stream it, so
// a bulk write stays one transaction on one connection, all or nothing, and goes through Kysely like every statement.

/** A `COPY table (columns) FROM STDIN` statement, which the pool clients stream their single parameter into. */
export const COPY_FROM_STDIN = /^COPY\s[^;]*\sFROM\s+STDIN\s*$/i;

/** True when a statement is a COPY … FROM STDIN carrying its data as its only parameter. */
export function isCopyFromStdin(sql: string, parameters: ReadonlyArray<unknown>): parameters is [string] {
  return parameters.length === 1 && typeof parameters[0] === 'string' && COPY_FROM_STDIN.test(sql);
}

/** Column types of each table written by COPY: `json` columns take the record's JSON text as is. */
export type CopyColumns = Record<string, 'text' | 'int' | 'json'>;

// COPY's text format: a backslash, tab, newline or carriage return inside a value is escaped, `\N` is null.
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format. */
function field(value: unknown, type: CopyColumns[string]): string {
  if (value === undefined || value === null) return '\\N';
  const text = type === 'json' && typeof value !== 'string' ? JSON.stringify(value) : String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

/** Rows as COPY text data: one line per row, tab-separated, in `columns` order. */
export function copyText(rows: readonly object[], columns: CopyColumns): string {
  const names = Object.keys(columns);
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    lines[i] = names.map((name) => field(row[name], columns[name]!)).join('\t');
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Rows per COPY statement: the data of one statement is one string (≈ 20 MB of relations), well under V8's string
 * limit at a first load of 1M relations, and large enough that statements cost nothing.
 */
const COPY_BATCH = 50_000;

/** Inserts `rows` into `table` with COPY, on the connection of `db` (a transaction's, for all or nothing). */
export async function copyRows(
  db: Kysely<StoreDatabase> | Transaction<StoreDatabase>,
  table: keyof StoreDatabase,
  columns: CopyColumns,
  rows: readonly object[],
): Promise<void> {
  const statement = `COPY ${JSON.stringify(table)} (${Object.keys(columns)
    .map((name) => JSON.stringify(name))
    .join(', ')}) FROM STDIN`;
  for (let i = 0; i < rows.length; i += COPY_BATCH) {
    await db.executeQuery(CompiledQuery.raw(statement, [copyText(rows.slice(i, i + COPY_BATCH), columns)]));
  }
}
