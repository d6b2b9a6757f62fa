// The canonical text of a dataset file: schema key order, top-level arrays sorted by id, so diffs show only real changes.
import type { TSchema } from 'typebox';
import { Dataset } from '../model/schema.js';

/** Sections whose order carries no meaning: sorted by id so an insertion shows as one hunk. Other arrays keep their order. */
const SORTED_SECTIONS = new Set(['sources', 'actors', 'relations']);

/** A dataset as canonical JSON: keys in the schema's declared order, sources/actors/relations by id, 2-space indent, final newline. */
export function formatDataset(dataset: Dataset): string {
  return `${JSON.stringify(canonical(Dataset, dataset, true), null, 2)}\n`;
}

/** The value rebuilt with its object keys in `schema`'s property order; keys the schema does not declare go last, sorted. */
function canonical(schema: TSchema, value: unknown, top = false): unknown {
  const shape = schema as { properties?: Record<string, TSchema>; items?: TSchema };
  if (Array.isArray(value)) {
    return shape.items ? value.map((item) => canonical(shape.items as TSchema, item)) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const declared = Object.keys(shape.properties ?? {});
  const extra = Object.keys(record)
    .filter((key) => !declared.includes(key))
    .sort();
  const result: Record<string, unknown> = {};
  for (const key of [...declared, ...extra]) {
    if (record[key] === undefined) continue;
    const child = shape.properties?.[key];
    let next = child ? canonical(child, record[key]) : record[key];
    if (top && SORTED_SECTIONS.has(key) && Array.isArray(next)) next = [...next].sort(byId);
    result[key] = next;
  }
  return result;
}

/** Orders by id in code-unit order, which, unlike localeCompare, is the same on every machine. */
function byId(a: unknown, b: unknown): number {
  const x = String((a as { id?: unknown }).id);
  const y = String((b as { id?: unknown }).id);
  return x < y ? -1 : x > y ? 1 : 0;
}
