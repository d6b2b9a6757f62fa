// The loader's checks on written records: a small dataset of the records written plus the stored records they touch, run through graph/load's checkDataset.
import { checkDataset } from '../../graph/load/load-dataset.js';
import { DatasetLoadError } from '../../graph/load/dataset-issues.js';
import { SCHEMA_VERSION, type Actor, type Relation, type Source } from '../../graph/model/schema.js';
import type { WriteIssue } from './write-errors.js';

/** A section of the checked document. */
export type Section = 'sources' | 'actors' | 'relations';

/** A record to check and where it came from: `field` (its body path, '' for a whole body) when written now, undefined when already stored (context). */
export interface Checked<T> {
  record: T;
  field?: string;
}

/** What to check: the written records and the stored ones they must agree with; sources with their text. */
export interface CheckInput {
  sources: Array<Checked<Source> & { text: string }>;
  actors: Array<Checked<Actor>>;
  relations: Array<Checked<Relation>>;
}

/** `/evidence/0/quote` → `evidence[0].quote`: the body path in the form the API's 4xx use. */
function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}

/** Joins a body prefix and a field: ('relations[2]', 'strength') → 'relations[2].strength'. */
function joinField(prefix: string, field: string): string {
  if (!prefix) return field;
  if (!field) return prefix;
  return field.startsWith('[') ? `${prefix}${field}` : `${prefix}.${field}`;
}

const SINGULAR: Record<Section, string> = { sources: 'source', actors: 'actor', relations: 'relation' };

/**
 * Every issue the loader would raise about these records, each naming the body field at fault; an issue in a
 * stored record (a quote no longer found in an edited text) names `contextField` and the stored record.
 */
export function checkRecords(datasetId: string, input: CheckInput, contextField = 'id'): WriteIssue[] {
  // Each source's path is replaced by its position, so the loader's text lookup finds the stored or uploaded text.
  const document = {
    schemaVersion: SCHEMA_VERSION,
    id: datasetId,
    title: datasetId,
    sources: input.sources.map(({ record }, index) => ({ ...record, path: `#${index}` })),
    actors: input.actors.map(({ record }) => record),
    relations: input.relations.map(({ record }) => record),
  };
  try {
    checkDataset(document, 'request', (path) => input.sources[Number(path.slice(1))]?.text);
    return [];
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
    return error.issues.map((issue) => {
      const match = /^\/(sources|actors|relations)\/(\d+)(.*)$/.exec(issue.path);
      if (!match) return { field: contextField, code: issue.code, message: issue.reason };
      const section = match[1] as Section;
      const item = input[section][Number(match[2])];
      const rest = pointerToField(match[3] ?? '');
      if (item?.field !== undefined) {
        // An uploaded source carries no path; the check's stand-in path is never the client's fault.
        const field = joinField(item.field, section === 'sources' && rest === 'path' ? 'text' : rest);
        return { field: field || 'body', code: issue.code, message: issue.reason };
      }
      const id = (item?.record as { id?: string } | undefined)?.id ?? '?';
      return {
        field: contextField,
        code: issue.code,
        message: `stored ${SINGULAR[section]} "${id}" would break: ${rest ? `${rest}: ` : ''}${issue.reason}`,
      };
    });
  }
}
