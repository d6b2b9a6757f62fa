// JSON.parse of a dataset file in batches of array elements, read from disk twice, so a large file is never one huge string.
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/**
 * Bytes of array elements parsed by one JSON.parse call (default): large enough that the calls cost nothing, small
 * enough that a batch's text and the string copies its sharing drops mostly die young (4 MB batches: about 40 MB
 * more resident after the 1M-relation load).
 */
const BATCH_BYTES = 64 * 1024;
/** Bytes read from disk at a time while scanning (default). */
const CHUNK_BYTES = 16 * 1024 * 1024;
/** Arrays of the root object parsed in batches; they hold nearly all of a large dataset. */
const BATCHED = new Set(['actors', 'relations']);

/** A byte range of the file, end exclusive. */
type Range = [start: number, end: number];

/** Where a document's pieces lie: the root without its batched arrays, and each batched array's element ranges. */
interface Layout {
  /** The root's text in order: byte ranges, and `[]` where a batched array was taken out. */
  skeleton: Array<Range | '[]'>;
  arrays: Map<string, Range[]>;
}

/** Sizes of the pieces read and parsed (tests make them tiny), and what to do with each parsed piece. */
export interface LargeJsonOptions {
  batchBytes?: number;
  chunkBytes?: number;
  /** Called on the root (without its batched arrays) and on each batch of elements right after parsing; returns it. */
  eachPiece?: (piece: unknown) => unknown;
}

/** A file's content hash and parsed value; `value` is undefined when the document cannot be split (see parseLargeJsonFile). */
export interface LargeJson {
  hash: string;
  value: unknown;
}

/**
 * Reads a JSON document whose root is an object: the first pass hashes the bytes and finds the element ranges of
 * the root's `actors` and `relations` arrays; the second parses them a few megabytes at a time, and the rest of the
 * root on its own, giving what JSON.parse gives for the whole document. `value` is undefined when the document
 * cannot be split this way (not an object at the root, a syntax error, a batched key given twice): the caller then
 * parses the whole text, which also locates any error. The event loop gets a turn between chunks and batches.
 *
 * Why by hand: one JSON.parse needs the whole file as one string next to its bytes and its parsed value (peak
 * 2.7 GB of memory for the 498 MB benchmark file, and the event loop blocked for seconds); streaming parsers that
 * emit values one by one (stream-json and the like) are several times slower than V8's JSON.parse, which this still
 * uses for every value. The scan only tracks strings and nesting: `"` and `\` never occur inside a multi-byte UTF-8
 * sequence, so every range starts and ends on a character boundary.
 */
export async function parseLargeJsonFile(file: string, options: LargeJsonOptions = {}): Promise<LargeJson> {
  const { batchBytes = BATCH_BYTES, chunkBytes = CHUNK_BYTES, eachPiece = (piece) => piece } = options;
  const handle = await open(file, 'r');
  try {
    const hash = createHash('sha256');
    const scanner = new LayoutScanner(batchBytes);
    const chunk = Buffer.allocUnsafe(chunkBytes);
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position);
      if (bytesRead === 0) break;
      const bytes = chunk.subarray(0, bytesRead);
      hash.update(bytes);
      scanner.scan(bytes, position);
      position += bytesRead;
    }
    const digest = hash.digest('hex').slice(0, 32);
    const layout = scanner.finish();
    return { hash: digest, value: layout && (await parseLayout(handle, layout, eachPiece)) };
  } finally {
    await handle.close();
  }
}

/** Parses the pieces of a layout, passing each through `eachPiece` as it is parsed; undefined on a syntax error in any of them. */
async function parseLayout(
  handle: FileHandle,
  layout: Layout,
  eachPiece: (piece: unknown) => unknown,
): Promise<unknown> {
  const read = async ([start, end]: Range): Promise<string> => {
    const bytes = Buffer.allocUnsafe(end - start);
    const { bytesRead } = await handle.read(bytes, 0, end - start, start);
    return bytes.toString('utf8', 0, bytesRead);
  };
  const parts: string[] = [];
  for (const piece of layout.skeleton) parts.push(piece === '[]' ? piece : await read(piece));
  const root = eachPiece(tryParse(parts.join('')));
  if (root === undefined || root === null || typeof root !== 'object' || Array.isArray(root)) return undefined;
  for (const [name, ranges] of layout.arrays) {
    const elements: unknown[] = [];
    for (const range of ranges) {
      const batch = eachPiece(tryParse(`[${await read(range)}]`)) as unknown[] | undefined;
      if (!batch) return undefined;
      for (const element of batch) elements.push(element);
    }
    (root as Record<string, unknown>)[name] = elements;
  }
  return root;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A byte-at-a-time scan of the document that keeps its state between chunks; `failed` once it cannot be split. */
class LayoutScanner {
  readonly #skeleton: Layout['skeleton'] = [];
  readonly #arrays: Layout['arrays'] = new Map();
  #failed = false;
  #depth = 0;
  #inString = false;
  #escaped = false;
  #seenRoot = false;
  /** At depth 1, true between `{` or `,` and the next `:`: a string there is a key. */
  #awaitingKey = false;
  #keyBytes: number[] | undefined;
  #key: string | undefined;
  /** The batched array being scanned, its current batch's first byte, and where the root's text resumes. */
  #capturing: Range[] | undefined;
  #batchStart = 0;
  #copiedFrom = 0;
  #end = 0;

  constructor(private readonly batchBytes: number) {}

  scan(bytes: Uint8Array, offset: number): void {
    if (this.#failed) return;
    this.#end = offset + bytes.length;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (this.#inString) {
        if (this.#escaped) this.#escaped = false;
        else if (byte === BACKSLASH) this.#escaped = true;
        else if (byte === QUOTE) this.#inString = false;
        if (this.#keyBytes) {
          this.#keyBytes.push(byte);
          if (!this.#inString) this.#endKey();
        }
        continue;
      }
      if (byte === QUOTE) {
        this.#inString = true;
        if (this.#depth === 1 && this.#awaitingKey && !this.#capturing) this.#keyBytes = [byte];
      } else if (this.#capturing) {
        this.#scanElements(byte, offset + i);
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        this.#open(byte, offset + i);
      } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (--this.#depth < 0) return this.#fail();
      } else if (this.#depth === 1 && byte === COLON) {
        this.#awaitingKey = false;
      } else if (this.#depth === 1 && byte === COMMA) {
        this.#awaitingKey = true;
        this.#key = undefined;
      }
      if (this.#failed) return;
    }
  }

  /** The layout, or undefined if the document is not one object with well-nested strings and brackets. */
  finish(): Layout | undefined {
    if (this.#failed || !this.#seenRoot || this.#depth !== 0 || this.#inString || this.#capturing) return undefined;
    this.#skeleton.push([this.#copiedFrom, this.#end]);
    return { skeleton: this.#skeleton, arrays: this.#arrays };
  }

  #open(byte: number, at: number): void {
    if (this.#depth === 0) {
      if (this.#seenRoot || byte !== OPEN_OBJECT) return this.#fail();
      this.#seenRoot = true;
      this.#awaitingKey = true;
    }
    this.#depth++;
    const key = this.#key;
    if (byte !== OPEN_ARRAY || this.#depth !== 2 || key === undefined || !BATCHED.has(key)) return;
    if (this.#arrays.has(key)) return this.#fail(); // JSON.parse keeps the last of a repeated key; not worth copying
    this.#skeleton.push([this.#copiedFrom, at], '[]');
    this.#capturing = [];
    this.#arrays.set(key, this.#capturing);
    this.#batchStart = at + 1;
  }

  /** Inside a batched array (depth 2 is its own level): cut a batch at a top-level comma, close it at its `]`. */
  #scanElements(byte: number, at: number): void {
    if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      this.#depth++;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (this.#depth === 2) {
        if (byte !== CLOSE_ARRAY) return this.#fail();
        this.#capturing!.push([this.#batchStart, at]);
        this.#capturing = undefined;
        this.#copiedFrom = at + 1;
      }
      this.#depth--;
    } else if (byte === COMMA && this.#depth === 2 && at - this.#batchStart >= this.batchBytes) {
      this.#capturing!.push([this.#batchStart, at]);
      this.#batchStart = at + 1;
    }
  }

  #endKey(): void {
    const text = Buffer.from(this.#keyBytes!).toString('utf8');
    this.#keyBytes = undefined;
    const key = tryParse(text);
    if (typeof key !== 'string') return this.#fail();
    this.#key = key;
  }

  #fail(): void {
    this.#failed = true;
  }
}
