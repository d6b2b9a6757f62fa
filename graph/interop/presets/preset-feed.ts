// What every preset does with a register: cite it as the source, collect actors once each, hand relations to the builder.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { slugify } from '../foreign-ids.js';
import type { Origin } from '../import-issues.js';
import type { RegisterRow, RegisterText } from './register-rows.js';

/** The source record of a register: who publishes it (the title is built from the file's name). */
export interface RegisterSource {
  title: string;
  author: string;
  publisher: string;
}

/** An actor as a preset knows it: a raw id (the register's code or name), and its fields. */
export type PresetActor = Record<string, unknown> & { name: string; kind: string };

const EDGE_COLUMNS = [
  'id',
  'source',
  'target',
  'kind',
  'valence',
  'strength',
  'strengthBasis',
  'strengthNote',
  'confidence',
  'stance',
  'dates',
  'amounts',
  'evidence',
  'note',
  'attributes',
];
const NODE_COLUMNS = ['id', 'name', 'kind', 'aliases', 'description', 'exists', 'externalIds', 'attributes'];

/** Feeds a preset's records to the builder in the project's own field names (no column mapping applies). */
export class PresetFeed {
  readonly sourceId: string;
  readonly #actors = new Map<string, { actor: PresetActor; origin: Origin }>();

  constructor(
    private readonly builder: DatasetBuilder,
    readonly register: RegisterText,
    source: RegisterSource,
  ) {
    this.sourceId = slugify(register.path.replace(/^sources\//, '').replace(/\.txt$/, '')) || 'register';
    builder.addSourceFile(register.path, register.text);
    builder.addSource(
      { id: this.sourceId, ...source, published: register.day, path: register.path },
      { file: register.file, element: 'the file itself' },
    );
    builder.beginEdges(EDGE_COLUMNS, { file: register.file, line: 1 });
  }

  /** The origin of a row, for issues and report examples. */
  origin(row: RegisterRow): Origin {
    return { file: this.register.file, line: row.line };
  }

  /** Declares an actor under `rawId` (first declaration wins; later ones may only add fields it lacked). */
  actor(rawId: string, actor: PresetActor, row: RegisterRow): string {
    const known = this.#actors.get(rawId);
    if (!known) this.#actors.set(rawId, { actor, origin: this.origin(row) });
    else for (const [key, value] of Object.entries(actor)) if (known.actor[key] === undefined) known.actor[key] = value;
    return rawId;
  }

  /** The actor declared under `rawId`, to refine (existence dates from a second file). */
  known(rawId: string): PresetActor | undefined {
    return this.#actors.get(rawId)?.actor;
  }

  /** Hands one relation to the builder, citing its row. */
  relation(record: Record<string, unknown>, row: RegisterRow): void {
    this.builder.addEdge(
      { ...record, evidence: [{ source: this.sourceId, quote: row.raw, start: row.start }] },
      this.origin(row),
    );
  }

  /** Hands the actors to the builder once every row is read. */
  finish(): void {
    this.builder.beginNodes(NODE_COLUMNS, { file: this.register.file, line: 1 });
    for (const [id, { actor, origin }] of this.#actors) this.builder.addNode({ ...actor, id }, origin);
  }
}
