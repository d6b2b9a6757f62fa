// A chosen file read as a source's text: .txt and .md as they are (line ends made \n), .html and .htm through htmlToText; anything else refused in words.
import { htmlToText } from './html-to-text.js';

/** The file types a source can be read from, by extension. */
export const SOURCE_FILE_TYPES = ['.txt', '.md', '.html', '.htm'] as const;

/** Files above this many bytes are refused before reading (the server takes 2,000,000 characters of text). */
export const SOURCE_FILE_MAX_BYTES = 16 * 1024 * 1024;

/** A file's text and the title it suggests (an HTML `<title>`, else the file name without its extension). */
export interface SourceFileText {
  text: string;
  title: string;
}

/** The extension of `name` if it is one a source can be read from. */
export function sourceFileType(name: string): (typeof SOURCE_FILE_TYPES)[number] | undefined {
  const lower = name.toLowerCase();
  return SOURCE_FILE_TYPES.find((type) => lower.endsWith(type));
}

/** Reads `file` as a source; throws an Error whose message says what is wrong and what is accepted. */
export async function readSourceFile(file: File): Promise<SourceFileText> {
  const type = sourceFileType(file.name);
  if (!type)
    throw new Error(`"${file.name}" is not a text file this reads: choose a ${SOURCE_FILE_TYPES.join(', ')} file`);
  if (file.size > SOURCE_FILE_MAX_BYTES)
    throw new Error(`"${file.name}" is ${(file.size / 1048576).toFixed(1)} MB; a source file may have at most 16 MB`);
  const raw = (await file.text()).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const base = file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
  if (type === '.html' || type === '.htm') {
    const { text, title } = htmlToText(raw);
    return { text, title: title || base };
  }
  return { text: raw.trim(), title: base };
}
