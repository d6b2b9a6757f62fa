// JSON.parse with the line and column of the first syntax error, which V8 does not always report.
import { InvalidJson } from './dataset-issues.js';

/** The parsed value, or an InvalidJson issue locating the first syntax error. */
export function parseJson(text: string, file: string): { value: unknown } | { issue: InvalidJson } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, message);
    const { line, column } = lineAndColumn(text, offset);
    return {
      issue: new InvalidJson(
        file,
        line,
        column,
        `invalid JSON at line ${line}, column ${column}: ${shortMessage(message)}`,
      ),
    };
  }
}

/** Line and column (both from 1) of a character offset; a column counts UTF-16 units, as editors mostly do. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const offset = Math.min(Math.max(at, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const POSITION = /at position (\d+)/;

/** Offset of the first syntax error: from V8's message when it gives one, otherwise found by bisection. */
function errorOffset(text: string, message: string): number {
  const stated = POSITION.exec(message);
  if (stated) return Number(stated[1]);
  if (/end of JSON input/.test(message)) return text.length;
  // Node 20's V8 says only "Unexpected token 'x', ..." for some errors. A prefix that holds the error
  // fails with it; a shorter one only runs out of input, so the shortest failing prefix ends at the error.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsWithin(text.slice(0, mid + 1))) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** True if parsing `prefix` fails before reaching its end (a genuine error, not just a truncated document). */
function failsWithin(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/end of JSON input/.test(message)) return false;
    const stated = POSITION.exec(message);
    return !stated || Number(stated[1]) < prefix.length;
  }
}

/** V8's message without the document excerpt it sometimes quotes. */
function shortMessage(message: string): string {
  return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}
