// The schema pass: TypeBox validation errors turned into typed dataset issues, one class per kind of refusal.
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { Actor, Dataset, Evidence, Id, PartialDate, Relation, SCHEMA_VERSION, Source } from '../model/schema.js';
import { didYouMean } from './did-you-mean.js';
import {
  type DatasetIssue,
  MalformedDate,
  MissingEvidence,
  OutOfRange,
  SchemaViolation,
  UnknownKind,
  WrongSchemaVersion,
} from './dataset-issues.js';
import { atSliceEnd, type Sliced } from '../shared/slices.js';

const datasetValidator = Compile(Dataset);

/** Compiled validators of the elements of each section of a dataset. */
export const sectionValidators = { sources: Compile(Source), actors: Compile(Actor), relations: Compile(Relation) };
type Section = keyof typeof sectionValidators;
const SECTIONS = Object.keys(sectionValidators) as Section[];
// The patterns as the schemas declare them, to tell a malformed date from a malformed id.
const DATE_PATTERN = (PartialDate as { pattern?: string }).pattern;
const ID_PATTERN = (Id as { pattern?: string }).pattern;

/**
 * True if the value matches the dataset schema (fast path: errors are only computed for a bad dataset), in slices:
 * the document with its sections emptied, then each element by its section's validator, which is what the Dataset
 * schema asks (its sections are plain arrays of those); one Check of a million relations held the event loop for
 * half a second.
 */
export function* matchesDatasetSchemaSteps(value: unknown): Sliced<boolean> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return datasetValidator.Check(value);
  const root = value as Record<string, unknown>;
  const shell: Record<string, unknown> = { ...root };
  for (const section of SECTIONS) if (Array.isArray(root[section])) shell[section] = [];
  if (!datasetValidator.Check(shell)) return false;
  for (const section of SECTIONS) {
    const list = root[section] as unknown[];
    for (let i = 0; i < list.length; i++) {
      if (!sectionValidators[section].Check(list[i])) return false;
      if (atSliceEnd(i)) yield;
    }
  }
  return true;
}

/** Every schema issue of a parsed dataset document, each mapped to the most specific issue class, in slices (a refused reload of a million relations must not hold the event loop either). */
export function* schemaIssueSteps(value: unknown, file: string): Sliced<DatasetIssue[]> {
  if (yield* matchesDatasetSchemaSteps(value)) return [];
  // TypeBox's Errors walks the whole value uncompiled (seconds for 200k relations), so it runs on the document
  // with its sections emptied and then only on the elements the compiled element validators refuse.
  const root = value as Record<string, unknown>;
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const shell = isObject ? { ...root } : value;
  const errors: TLocalizedValidationError[] = [];
  for (const section of isObject ? SECTIONS : []) {
    const list = root[section];
    if (!Array.isArray(list)) continue;
    (shell as Record<string, unknown>)[section] = [];
    for (let index = 0; index < list.length; index++) {
      if (atSliceEnd(index)) yield;
      const item: unknown = list[index];
      if (sectionValidators[section].Check(item)) continue;
      const prefix = `/${section}/${index}`;
      for (const error of sectionValidators[section].Errors(item))
        errors.push({ ...error, instancePath: prefix + error.instancePath });
    }
  }
  errors.unshift(...datasetValidator.Errors(shell));
  const issues = errors.flatMap((error) => toIssues(error, value, file));
  // A value can fail several keywords (type and const); one issue per path and class says it once.
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code} ${issue.path}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** The fields the schema knows at a JSON pointer (a relation, an actor, a piece of evidence, a source, the dataset). */
function knownFields(path: string): string[] {
  const schema = /^\/relations\/\d+\/evidence\/\d+$/.test(path)
    ? Evidence
    : /^\/actors\/\d+\/evidence\/\d+$/.test(path)
      ? Evidence
      : /^\/relations\/\d+$/.test(path)
        ? Relation
        : /^\/actors\/\d+$/.test(path)
          ? Actor
          : /^\/sources\/\d+$/.test(path)
            ? Source
            : path === ''
              ? Dataset
              : undefined;
  return schema ? Object.keys(schema.properties) : [];
}

function toIssues(error: TLocalizedValidationError, root: unknown, file: string): DatasetIssue[] {
  const path = error.instancePath;
  const shown = show(valueAt(root, path));
  if (path === '/schemaVersion') {
    return [new WrongSchemaVersion(file, path, `schemaVersion is ${shown}; this code reads version ${SCHEMA_VERSION}`)];
  }
  switch (error.keyword) {
    case 'boolean':
      // TypeBox reports an unknown field twice: as `false` at the field and as additionalProperties at its parent.
      return error.schemaPath.endsWith('/additionalProperties') ? [] : [new SchemaViolation(file, path, error.message)];
    case 'additionalProperties':
      return error.params.additionalProperties.map(
        (name) =>
          new SchemaViolation(
            file,
            `${path}/${escapePointer(name)}`,
            `unknown field "${name}"${didYouMean(name, knownFields(path))}`,
          ),
      );
    case 'required':
      return error.params.requiredProperties.map((name) => missingField(file, `${path}/${escapePointer(name)}`, name));
    case 'enum': {
      const allowed = error.params.allowedValues.join(', ');
      if (/^\/(relations|actors)\/\d+\/kind$/.test(path)) {
        const what = path.startsWith('/relations') ? 'relation' : 'actor';
        const value = valueAt(root, path);
        const hint = typeof value === 'string' ? didYouMean(value, error.params.allowedValues.map(String)) : '';
        return [new UnknownKind(file, path, `unknown ${what} kind ${shown}${hint}; known kinds: ${allowed}`)];
      }
      return [new SchemaViolation(file, path, `${shown} is not one of: ${allowed}`)];
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return [new OutOfRange(file, path, `${shown} is out of range: ${error.message}`)];
    case 'minItems':
      if (/^\/relations\/\d+\/evidence$/.test(path)) {
        return [new MissingEvidence(file, path, 'a relation needs at least one evidence quote')];
      }
      break;
    case 'pattern':
      if (error.params.pattern === DATE_PATTERN) {
        return [new MalformedDate(file, path, `${shown} is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`)];
      }
      if (error.params.pattern === ID_PATTERN) {
        return [new SchemaViolation(file, path, `${shown} is not an id: ids are lower-case slugs like "israel"`)];
      }
      break;
  }
  return [new SchemaViolation(file, path, `${shown}: ${error.message}`)];
}

function missingField(file: string, path: string, name: string): DatasetIssue {
  if (path === '/schemaVersion') {
    return new WrongSchemaVersion(file, path, `schemaVersion is missing; this code reads version ${SCHEMA_VERSION}`);
  }
  if (/^\/relations\/\d+\/evidence$/.test(path)) {
    return new MissingEvidence(file, path, 'a relation needs at least one evidence quote');
  }
  return new SchemaViolation(file, path, `missing required field "${name}"`);
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The value a JSON pointer names in a document, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** A short rendering of an offending value for a reason sentence. */
function show(value: unknown): string {
  if (value === undefined) return 'the value';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
