// Builds a dataset from imported records, runs the loader's checks on it, and maps every issue back to file, line and field.
import { checkDataset } from '../load/load-dataset.js';
import { DatasetLoadError, type DatasetIssue } from '../load/dataset-issues.js';
import { SCHEMA_VERSION, type Dataset, type Relation, type Source } from '../model/schema.js';
import { asText, asToken, isMissing } from './cells.js';
import { SOURCE_FIELD_NAMES } from './fields.js';
import { FieldReader } from './field-reader.js';
import { ImportError, ImportIssue, type Origin } from './import-issues.js';
import type { Mapping, SideMapping } from './mapping.js';
import { OriginTable, fieldForPath } from './origin-table.js';
import { PLACEHOLDER_QUOTE, VIA_PLACEHOLDER } from './record-evidence.js';
import { ACTOR_RECORD_FIELDS, REQUIRED_NODE_FIELDS, recordToActor } from './record-to-actor.js';
import { RELATION_RECORD_FIELDS, REQUIRED_EDGE_FIELDS, recordToRelation } from './record-to-relation.js';
import { kindFallback } from './kind-fallback.js';
import { ValueSharer } from './share-values.js';
import { assignIds } from './assign-ids.js';
import { isSlug, slugify, type PreviousIds } from './foreign-ids.js';
import { ImportReport } from './import-report.js';

/** The dataset-level values an import takes from the file or from options. */
export interface DatasetMeta {
  id?: string;
  title?: string;
  description?: string;
}

/** Options every import shares. */
export interface AssembleOptions {
  mapping: Mapping;
  /** Id of a placeholder source that relations without a quote cite (the import refuses them otherwise). */
  placeholderSource?: string;
  /** Overrides of the file's own id, title and description (CSV has none of its own). */
  meta?: DatasetMeta;
  /** Ids an earlier import of the same data gave, by external id: reused so ids stay stable. */
  previousIds?: PreviousIds;
  /** The dataset id when neither the file nor `meta` gives one (the CLI passes one from the output file's name). */
  defaultId?: string;
}

/** A validated import: the dataset, source texts by id, and the placeholder source's text file to write, if one was used. */
export interface AssembledDataset {
  dataset: Dataset;
  texts: Map<string, string>;
  placeholder?: { path: string; text: string };
  /** Source texts the import made (a preset's register file, quoted row by row), to write beside the dataset. */
  sourceFiles?: Array<{ path: string; text: string }>;
  /** What the import did (absent for datasets written by other code, such as the generator). */
  report?: ImportReport;
}

type Section = 'sources' | 'actors' | 'relations';

/** Collects sources, actors and relations from any reader, then validates the whole (nothing is written before). */
export class DatasetBuilder {
  readonly issues: ImportIssue[] = [];
  /** What the import did, filled as records come in; complete after `finish` (also when it refuses). */
  readonly report = new ImportReport();
  readonly #sources: Source[] = [];
  readonly #actors: unknown[] = [];
  readonly #relations: unknown[] = [];
  readonly #origins: Record<Section, OriginTable> = {
    sources: new OriginTable(),
    actors: new OriginTable(),
    relations: new OriginTable(),
  };
  #nodeReader?: FieldReader;
  #edgeReader?: FieldReader;
  #meta: DatasetMeta = {};
  #metaOrigin: Origin;
  #usedPlaceholder = false;
  readonly #sourceFiles = new Map<string, string>();
  /** Relations whose id the importer made up (`rel-<n>`), by index. */
  readonly #generatedIds = new Set<number>();
  /** Index in the built dataset → index among the records read (self-loops are left out at `finish`). */
  #keptRelations: number[] | undefined;
  readonly #sharer = new ValueSharer();

  constructor(
    private readonly options: AssembleOptions,
    /** The file dataset-level issues (id, title) are reported against. */
    file: string,
  ) {
    this.#metaOrigin = { file };
  }

  /** Dataset id, title and description as the input file gives them (options override them). */
  setMeta(meta: DatasetMeta, origin?: Origin): void {
    this.#meta = { ...meta };
    if (origin) this.#metaOrigin = origin;
  }

  /** Adds a source from a record keyed by field name (CSV `sources` part, or a format's own source list). */
  addSource(values: Record<string, unknown>, origin: Origin): void {
    const reader = new FieldReader({ columns: {}, defaults: {} }, SOURCE_FIELD_NAMES, Object.keys(values), false);
    const source: Record<string, unknown> = {};
    for (const field of SOURCE_FIELD_NAMES) {
      const value = reader.get(values, field);
      if (!isMissing(value)) source[field] = field === 'id' || field === 'published' ? asToken(value) : asText(value);
      else if (field === 'author' || field === 'publisher') source[field] = ''; // optional in practice, required (maybe empty) in the schema
    }
    this.#sources.push(source as Source);
    this.#origins.sources.add(origin);
    this.report.countIn('sources');
  }

  /** A source's text that the import brings itself (a preset's register), read by the checks and written beside the dataset. */
  addSourceFile(path: string, text: string): void {
    this.#sourceFiles.set(path, text);
  }

  /** Starts the node records of an input with these columns; reports missing columns at `origin` (the header). */
  beginNodes(columns: readonly string[], origin: Origin, side: SideMapping = this.options.mapping.nodes): void {
    this.#nodeReader = new FieldReader(side, ACTOR_RECORD_FIELDS, columns, true);
    this.issues.push(...this.#nodeReader.columnIssues(origin, REQUIRED_NODE_FIELDS));
  }

  /** Starts the edge records of an input with these columns; reports missing columns at `origin` (the header). */
  beginEdges(columns: readonly string[], origin: Origin): void {
    this.#edgeReader = new FieldReader(this.options.mapping.edges, RELATION_RECORD_FIELDS, columns, false);
    // Evidence is required: a quote column (or a full `evidence` list), unless a placeholder source is named.
    const required: string[] = [...REQUIRED_EDGE_FIELDS];
    if (!this.#edgeReader.has('evidence') && this.options.placeholderSource === undefined)
      required.push('evidenceQuote');
    this.issues.push(...this.#edgeReader.columnIssues(origin, required));
  }

  /** Converts and keeps one node record. */
  addNode(values: Record<string, unknown>, origin: Origin): void {
    const reader = this.#nodeReader!;
    const fallback = kindFallback(
      values,
      reader,
      this.options.mapping.nodes.defaults.kind,
      'nodes',
      origin,
      this.report,
    );
    const converted = recordToActor(fallback?.values ?? values, reader, this.#onlySource());
    if (fallback)
      converted.value.attributes = { ...(converted.value.attributes as object | undefined), kind: fallback.kind };
    reader.countDefaults(values);
    this.report.countIn('nodes');
    for (const problem of converted.problems) this.issues.push(new ImportIssue(origin, problem.field, problem.reason));
    this.#actors.push(converted.value);
    this.#origins.actors.add(origin, converted.via);
  }

  /** Converts and keeps one edge record. */
  addEdge(values: Record<string, unknown>, origin: Origin): void {
    const reader = this.#edgeReader!;
    const position = this.#relations.length + 1;
    const fallback = kindFallback(
      values,
      reader,
      this.options.mapping.edges.defaults.kind,
      'edges',
      origin,
      this.report,
    );
    const converted = recordToRelation(fallback?.values ?? values, reader, {
      position,
      onlySource: this.#onlySource(),
      placeholderSource: this.options.placeholderSource,
    });
    if (fallback)
      converted.value.attributes = { ...(converted.value.attributes as object | undefined), kind: fallback.kind };
    reader.countDefaults(values);
    this.report.countIn('edges');
    if (isMissing(reader.get(values, 'id'))) this.#generatedIds.add(position - 1);
    for (const problem of converted.problems) this.issues.push(new ImportIssue(origin, problem.field, problem.reason));
    if (converted.via & VIA_PLACEHOLDER) this.#usedPlaceholder = true;
    this.#sharer.relation(converted.value);
    this.#relations.push(converted.value);
    this.#origins.relations.add(origin, converted.via);
  }

  /**
   * Declares one actor per distinct relation end, for an edge list that comes without a node list: ids from the
   * edges, names equal to ids, every other field from the node defaults (`--default node.kind=state`); each actor
   * is located at the edge row that first names it.
   */
  deriveNodesFromEdges(origin: Origin): void {
    // Only the node defaults apply: the node column mapping names columns of a node list there is not.
    this.beginNodes(['id'], origin, { columns: {}, defaults: this.options.mapping.nodes.defaults });
    const seen = new Set<unknown>();
    this.#relations.forEach((relation, index) => {
      for (const end of [(relation as Relation).source, (relation as Relation).target]) {
        if (typeof end !== 'string' || end === '' || seen.has(end)) continue;
        seen.add(end);
        const first = this.#origins.relations.origin(index) ?? origin;
        this.addNode({ id: end }, { ...first, element: `actor "${end}" (first named here)` });
      }
    });
    // They are made, not read: counted as a mapping rather than as input nodes.
    this.report.countIn('nodes', -seen.size);
    this.report.mapped('actors made from edge ends (no node list)', seen.size);
  }

  /** Runs every dataset check; returns the dataset or throws one ImportError naming file, line and field of each issue. */
  finish(readText: (sourcePath: string) => string | undefined): AssembledDataset {
    const meta = { ...this.#meta, ...definedOnly(this.options.meta ?? {}) };
    if (meta.id !== undefined && !isSlug(meta.id)) {
      // A tool's own graph id ("G", igraph's) names no dataset: the output file's name does, else the id's slug.
      const id = this.options.defaultId ?? (slugify(meta.id) || meta.id);
      this.report.mapped(`dataset id "${meta.id}" replaced by "${id}"`);
      meta.id = id;
    }
    meta.id ??= this.options.defaultId;
    const placeholder = this.#placeholder();
    const sources = placeholder ? [...this.#sources, placeholder.source] : this.#sources;
    const document: Record<string, unknown> = {
      schemaVersion: SCHEMA_VERSION,
      id: meta.id,
      title: meta.title ?? meta.id,
    };
    if (meta.description !== undefined) document.description = meta.description;
    this.#fillReport();
    if (this.issues.length > 0) throw new ImportError(this.issues); // converting already failed: checks would only cascade
    const kept = assignIds({
      sourceIds: sources.map((source) => source.id),
      actors: this.#actors as Record<string, unknown>[],
      relations: this.#relations as Record<string, unknown>[],
      previous: this.options.previousIds,
      generated: this.#generatedIds,
      report: this.report,
      actorOrigin: (index) => this.#origins.actors.origin(index),
      relationOrigin: (index) => this.#origins.relations.origin(index),
    });
    this.#keptRelations = kept.length === this.#relations.length ? undefined : kept;
    const relations = this.#keptRelations ? kept.map((index) => this.#relations[index]) : this.#relations;
    Object.assign(document, { sources, actors: this.#actors, relations });
    this.report.records.out = { sources: sources.length, actors: this.#actors.length, relations: relations.length };
    const read = (path: string) =>
      placeholder && path === placeholder.source.path
        ? placeholder.text
        : (this.#sourceFiles.get(path) ?? readText(path));
    const sourceFiles = [...this.#sourceFiles].map(([path, text]) => ({ path, text }));
    try {
      const { dataset, texts } = checkDataset(document, this.#metaOrigin.file, read);
      return {
        dataset,
        texts,
        report: this.report,
        ...(sourceFiles.length > 0 ? { sourceFiles } : {}),
        ...(placeholder ? { placeholder: { path: placeholder.source.path, text: placeholder.text } } : {}),
      };
    } catch (error) {
      if (!(error instanceof DatasetLoadError)) throw error;
      throw new ImportError(error.issues.map((issue) => this.#locate(issue)));
    }
  }

  /** The defaults each reader applied, by field, into the report. */
  #fillReport(): void {
    for (const [side, reader] of [
      ['nodes', this.#nodeReader],
      ['edges', this.#edgeReader],
    ] as const) {
      for (const [field, count] of reader?.filled ?? []) this.report.defaults[side][field] = count;
    }
  }

  /** The declared source evidence without a source column cites: the only one, if there is exactly one. */
  #onlySource(): string | undefined {
    return this.#sources.length === 1 && typeof this.#sources[0]!.id === 'string' ? this.#sources[0]!.id : undefined;
  }

  #placeholder(): { source: Source; text: string } | undefined {
    const id = this.options.placeholderSource;
    if (!this.#usedPlaceholder || id === undefined || this.#sources.some((source) => source.id === id))
      return undefined;
    const source: Source = {
      id,
      title: 'PLACEHOLDER: relations imported without evidence',
      author: '',
      publisher: '',
      published: new Date().toISOString().slice(0, 10),
      path: `sources/${id}.txt`,
    };
    return { source, text: `${PLACEHOLDER_QUOTE}\n` };
  }

  /** A loader issue at `/relations/3/kind` as an import issue at the record's file and line, naming the input's column. */
  #locate(issue: DatasetIssue): ImportIssue {
    const reason = issue.reason.replace(
      /\/(sources|actors|relations)\/(\d+)[\w/]*/g,
      (path, section: Section, index: string) => {
        const at = section === 'relations' && this.#keptRelations ? this.#keptRelations[Number(index)]! : Number(index);
        const origin = this.#origins[section].origin(at);
        return origin ? describe(origin) : path;
      },
    );
    const match = /^\/(sources|actors|relations)\/(\d+)(\/.*)?$/.exec(issue.path);
    if (!match) return new ImportIssue(this.#metaOrigin, issue.path.slice(1), reason, issue.code);
    const section = match[1] as Section;
    const index =
      section === 'relations' && this.#keptRelations ? this.#keptRelations[Number(match[2])]! : Number(match[2]);
    const field = fieldForPath(section, match[3] ?? '', this.#origins[section].via(index));
    const reader = section === 'actors' ? this.#nodeReader : section === 'relations' ? this.#edgeReader : undefined;
    const origin = this.#origins[section].origin(index) ?? this.#metaOrigin;
    return new ImportIssue(origin, field && reader ? reader.column(field) : field, reason, issue.code);
  }
}

function describe(origin: Origin): string {
  if (origin.line !== undefined) return `${origin.file}:${origin.line}`;
  return origin.element ? `${origin.element} in ${origin.file}` : origin.file;
}

function definedOnly(meta: DatasetMeta): DatasetMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined));
}
