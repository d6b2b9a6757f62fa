// Streams an XML file through saxes: element events with their line, text, and strict well-formedness errors with lines.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SaxesParser } from 'saxes';
import type { ProgressReporter } from '../csv/read-csv.js';
import { ImportError, ImportIssue } from '../import-issues.js';

/** What a reader does with the document: elements open (with attributes and the line of `<`), text, elements close. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, line: number): void;
  text(text: string): void;
  close(name: string): void;
}

/** Parser complaints kept: after the first real error a parser reports follow-on ones that only add noise. */
const KEPT_ERRORS = 3;
/** Elements between progress reports. */
const PROGRESS_EVERY = 100_000;

/**
 * Reads `file` as XML whose root must be `root`, calling the handlers as it goes, so memory holds only what the
 * handlers keep (no DOM). Throws ImportError with the file and line of each well-formedness error (at most three).
 */
export async function streamXml(
  file: string,
  root: string,
  handlers: XmlHandlers,
  progress?: ProgressReporter,
): Promise<void> {
  const totalBytes = await stat(file)
    .then((info) => info.size)
    .catch((error: Error) => {
      throw new ImportError([
        new ImportIssue({ file }, '', `cannot read the file: ${error.message}`, 'MALFORMED_FILE'),
      ]);
    });
  const parser = new SaxesParser({ position: true });
  const issues: ImportIssue[] = [];
  let tagLine = 1;
  let seenRoot = false;
  let elements = 0;
  const stream = createReadStream(file, { encoding: 'utf8' });
  parser.on('error', (error) => {
    const reason = `broken XML: ${error.message.replace(/^\d+:\d+: /, '')}`;
    const repeat = issues.some((issue) => issue.line === parser.line && issue.reason === reason);
    if (issues.length < KEPT_ERRORS && !repeat)
      issues.push(new ImportIssue({ file, line: parser.line }, '', reason, 'MALFORMED_FILE'));
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    if (!seenRoot && tag.name !== root) {
      issues.push(
        new ImportIssue(
          { file, line: tagLine },
          '',
          `the root element is <${tag.name}>, expected <${root}>`,
          'MALFORMED_FILE',
        ),
      );
    }
    seenRoot = true;
    if (issues.length > 0) return; // a broken or foreign document feeds nothing further to the reader
    handlers.open(tag.name, tag.attributes as Record<string, string>, tagLine);
    if (progress && ++elements % PROGRESS_EVERY === 0) progress(file, stream.bytesRead, totalBytes, elements);
  });
  parser.on('text', (text) => issues.length === 0 && handlers.text(text));
  parser.on('cdata', (text) => issues.length === 0 && handlers.text(text));
  parser.on('closetag', (tag) => issues.length === 0 && handlers.close(tag.name));
  try {
    for await (const chunk of stream) parser.write(chunk as string);
    parser.close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError([
      new ImportIssue({ file }, '', `cannot read the file: ${(error as Error).message}`, 'MALFORMED_FILE'),
    ]);
  }
  progress?.(file, totalBytes, totalBytes, elements);
  if (issues.length > 0) throw new ImportError(issues);
}
