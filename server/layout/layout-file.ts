// The layout cache file: a small binary header (format, node count, node ids' hash, payload hash) and float32 x, y per node in index order.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bump when the layout's settings or seeding change: files of another version are recomputed, never reused.
 * Version 1: the rules of graph/layout/layout-rules.ts (settings over inferSettings, seeds, tie pull), pair weights log1p.
 */
export const LAYOUT_FORMAT_VERSION = 1;

const MAGIC = 0x4c584741; // "AGXL" read little-endian
const HASH_BYTES = 32;
const HEADER_BYTES = 16 + 2 * HASH_BYTES; // magic, version, node count, iterations, ids hash, payload hash

/** What a cache file holds besides the node ids (checked against its hash). */
export interface LayoutFileContent {
  positions: Float32Array;
  iterations: number;
}

/** The cache file of a dataset content hash; the hash is reduced to safe characters, though ours are hex already. */
export function layoutFilePath(cacheDir: string, contentHash: string): string {
  return join(cacheDir, `${contentHash.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 128)}.layout`);
}

/** SHA-256 of the node ids in index order: a file made for another order of the same actors is not reused. */
export function hashNodeIds(nodeIds: readonly string[]): Buffer {
  const hash = createHash('sha256');
  // In chunks: one join of a million ids would build a ~15 MB string at once.
  for (let i = 0; i < nodeIds.length; i += 65536) hash.update(`${nodeIds.slice(i, i + 65536).join('\n')}\n`);
  return hash.digest();
}

/** The file's bytes for these positions. */
export function encodeLayout(content: LayoutFileContent, idsHash: Buffer): Buffer {
  const payload = Buffer.from(content.positions.buffer, content.positions.byteOffset, content.positions.byteLength);
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(MAGIC, 0);
  header.writeUInt32LE(LAYOUT_FORMAT_VERSION, 4);
  header.writeUInt32LE(content.positions.length / 2, 8);
  header.writeUInt32LE(content.iterations, 12);
  idsHash.copy(header, 16);
  createHash('sha256')
    .update(payload)
    .digest()
    .copy(header, 16 + HASH_BYTES);
  return Buffer.concat([header, payload]);
}

/** The positions in `bytes` if they are a whole, uncorrupted file of this version for exactly these node ids; else undefined. */
export function decodeLayout(bytes: Buffer, nodeCount: number, idsHash: Buffer): LayoutFileContent | undefined {
  if (bytes.length !== HEADER_BYTES + 8 * nodeCount) return undefined;
  if (
    bytes.readUInt32LE(0) !== MAGIC ||
    bytes.readUInt32LE(4) !== LAYOUT_FORMAT_VERSION ||
    bytes.readUInt32LE(8) !== nodeCount
  )
    return undefined;
  if (!bytes.subarray(16, 16 + HASH_BYTES).equals(idsHash)) return undefined;
  const payload = bytes.subarray(HEADER_BYTES);
  if (
    !createHash('sha256')
      .update(payload)
      .digest()
      .equals(bytes.subarray(16 + HASH_BYTES, HEADER_BYTES))
  )
    return undefined;
  // Copied into its own aligned buffer: a Buffer from readFile may sit at any offset of a shared pool.
  const positions = new Float32Array(2 * nodeCount);
  new Uint8Array(positions.buffer).set(payload);
  if (!positions.every(Number.isFinite)) return undefined;
  return { positions, iterations: bytes.readUInt32LE(12) };
}

/** Reads a cache file; undefined when it is missing, unreadable, corrupt or made for other data. */
export async function readLayoutFile(
  file: string,
  nodeCount: number,
  idsHash: Buffer,
): Promise<LayoutFileContent | undefined> {
  try {
    return decodeLayout(await readFile(file), nodeCount, idsHash);
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically (a temporary file renamed over it), so a crash or a second server never leaves half a file. */
export async function writeLayoutFile(file: string, content: LayoutFileContent, idsHash: Buffer): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, encodeLayout(content, idsHash));
  await rename(temporary, file);
}
