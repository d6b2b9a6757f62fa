// The typed reasons a dataset is refused, one class per refusal, and the error that carries all of them.
import { GraphError } from '../errors.js';

/** One thing wrong with a dataset file: where (file and JSON pointer), why (a sentence), and a stable code. */
export abstract class DatasetIssue {
  abstract readonly code: string;
  constructor(
    /** The dataset file the issue is in. */
    readonly file: string,
    /** JSON pointer to the offending value, e.g. `/relations/3/source`; '' for the whole document. */
    readonly path: string,
    /** A human sentence saying what is wrong. */
    readonly reason: string,
  ) {}

  get name(): string {
    return this.constructor.name;
  }

  /** `file:/json/path: reason`, the form editors and terminals link to. */
  toString(): string {
    return `${this.file}:${this.path || '/'}: ${this.reason}`;
  }
}

/** The file is not JSON; `line` and `column` (both from 1) locate the first syntax error. */
export class InvalidJson extends DatasetIssue {
  readonly code = 'INVALID_JSON';
  constructor(
    file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(file, '', reason);
  }

  override toString(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.reason}`;
  }
}

/** `schemaVersion` is missing or not the version this code reads. */
export class WrongSchemaVersion extends DatasetIssue {
  readonly code = 'WRONG_SCHEMA_VERSION';
}

/** A value the schema refuses that no more specific class describes (wrong type, unknown field, missing field). */
export class SchemaViolation extends DatasetIssue {
  readonly code = 'SCHEMA_VIOLATION';
}

/** A relation end, `country` or `partOf` naming an actor id the dataset does not declare. */
export class UnknownActor extends DatasetIssue {
  readonly code = 'UNKNOWN_ACTOR';
}

/** A relation or actor kind outside the vocabulary. */
export class UnknownKind extends DatasetIssue {
  readonly code = 'UNKNOWN_KIND';
}

/** A valence the relation's kind does not allow (an arms transfer cannot be hostile). */
export class ValenceContradictsKind extends DatasetIssue {
  readonly code = 'VALENCE_CONTRADICTS_KIND';
}

/** A `directed` flag that contradicts the direction the vocabulary fixes for the kind. */
export class DirectionContradictsKind extends DatasetIssue {
  readonly code = 'DIRECTION_CONTRADICTS_KIND';
}

/** A number outside its range: strength or confidence outside 0..1, a negative offset. */
export class OutOfRange extends DatasetIssue {
  readonly code = 'OUT_OF_RANGE';
}

/** An end date wholly before its start date. */
export class EndBeforeStart extends DatasetIssue {
  readonly code = 'END_BEFORE_START';
}

/** A date that is not a partial ISO date, or names no real day (2019-02-30). */
export class MalformedDate extends DatasetIssue {
  readonly code = 'MALFORMED_DATE';
}

/** An id declared twice, or shared by two things (an actor and a relation). */
export class DuplicateId extends DatasetIssue {
  readonly code = 'DUPLICATE_ID';
}

/** An evidence quote that is not an exact substring of its source text (or not at its stated offset). */
export class QuoteNotFound extends DatasetIssue {
  readonly code = 'QUOTE_NOT_FOUND';
}

/** Evidence citing a source id the dataset does not declare. */
export class UnknownSource extends DatasetIssue {
  readonly code = 'UNKNOWN_SOURCE';
}

/** A relation without evidence: every tie must rest on at least one quote. */
export class MissingEvidence extends DatasetIssue {
  readonly code = 'MISSING_EVIDENCE';
}

/** A declared source whose text file cannot be read. */
export class MissingSourceText extends DatasetIssue {
  readonly code = 'MISSING_SOURCE_TEXT';
}

/** A relation whose source and target are the same actor. */
export class SelfLoop extends DatasetIssue {
  readonly code = 'SELF_LOOP';
}

/** The dataset file itself cannot be read (missing, a folder, no permission). */
export class UnreadableDataset extends DatasetIssue {
  readonly code = 'UNREADABLE_DATASET';
  constructor(file: string, reason: string) {
    super(file, '', reason);
  }
}

/** Issues a DatasetLoadError's message lists before summing up the rest. */
export const MESSAGE_ISSUES = 100;

/** A dataset refused: every issue found, and a message listing the first MESSAGE_ISSUES of them. */
export class DatasetLoadError extends GraphError {
  readonly code = 'INVALID_DATASET';
  constructor(
    readonly file: string,
    readonly issues: DatasetIssue[],
  ) {
    const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    // The message lists the first issues only: a broken million-relation file can have millions (all stay in `issues`).
    const listed = issues.slice(0, MESSAGE_ISSUES).map((issue) => `  ${issue.toString()}`);
    if (issues.length > MESSAGE_ISSUES) listed.push(`  … and ${issues.length - MESSAGE_ISSUES} more`);
    super(`dataset ${file} refused, ${count}:\n${listed.join('\n')}`);
  }
}
