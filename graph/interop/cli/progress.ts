// Progress lines for large imports on stderr: at most one a second, only for files big enough to wait for.
import type { ProgressReporter } from '../csv/read-csv.js';

/** Files smaller than this finish before a progress line would help. */
const LARGE_FILE = 8 * 1024 * 1024;

/** A reporter printing `edges.csv: 42% (420,000 rows)` through `log`, throttled to one line a second. */
export function progressPrinter(log: (line: string) => void, now: () => number = Date.now): ProgressReporter {
  let last = 0;
  return (file, bytesRead, totalBytes, rows) => {
    if (totalBytes < LARGE_FILE) return;
    const done = bytesRead >= totalBytes;
    if (!done && now() - last < 1000) return;
    last = now();
    log(`${file}: ${Math.min(100, Math.floor((100 * bytesRead) / totalBytes))}% (${rows.toLocaleString('en')} rows)`);
  };
}
