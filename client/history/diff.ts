// A readable diff of two versions of a record: one row per field that changed, nested fields named by their path (pure, no DOM).

/** One field that differs: its path, a label a person reads, and the value before and after (undefined: absent). */
export interface FieldChange {
  path: string;
  label: string;
  before: string | undefined;
  after: string | undefined;
}

/** Longest value shown in full; longer ones (a source's text, a 1 MB note) are cut with a count, so a diff stays readable and quick. */
export const MAX_VALUE_LENGTH = 400;

type Flat = Map<string, string>;

/** Leaves of a record by path: `strength`, `evidence[0].quote`; a list of plain values is one leaf ("a, b"). */
export function flatten(value: unknown, path = '', out: Flat = new Map()): Flat {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      if (value.length) out.set(path, value.map(String).join(', '));
    } else value.forEach((item, index) => flatten(item, `${path}[${index}]`, out));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      flatten(item, path ? `${path}.${key}` : key, out);
  } else out.set(path, String(value));
  return out;
}

/** "evidence[0].quote" → "Evidence 1 · quote"; "strengthNote" → "Strength note". */
export function fieldLabel(path: string): string {
  const words = path
    .replace(/\[(\d+)\]/g, (_m, index: string) => ` ${Number(index) + 1}`)
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  const text = words.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value cut to MAX_VALUE_LENGTH characters from `from` (where two long texts start to differ), saying how many were left out. */
export function shorten(text: string | undefined, from = 0): string | undefined {
  if (text === undefined || text.length <= MAX_VALUE_LENGTH) return text;
  const start = Math.max(0, Math.min(from - 60, text.length - MAX_VALUE_LENGTH));
  const end = start + MAX_VALUE_LENGTH;
  const count = (n: number) => n.toLocaleString('en-GB');
  return `${start ? `(${count(start)} characters) …` : ''}${text.slice(start, end)}${end < text.length ? `… (${count(text.length - end)} more characters)` : ''}`;
}

/** Index of the first character where two texts differ. */
function firstDifference(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The order a person reads a record in (the store's jsonb sorts keys by length); fields not listed follow in their own order. */
const FIELD_ORDER = [
  'id',
  'name',
  'title',
  'kind',
  'source',
  'target',
  'valence',
  'strength',
  'strengthBasis',
  'strengthNote',
  'confidence',
  'stance',
  'dates',
  'amounts',
  'evidence',
  'aliases',
  'description',
  'note',
];

function rank(path: string): number {
  const at = FIELD_ORDER.indexOf(/^[^.[]*/.exec(path)![0]);
  return at < 0 ? FIELD_ORDER.length : at;
}

/** The fields that differ between two versions (null: the record did not exist), in reading order. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])].sort((x, y) => rank(x) - rank(y));
  return paths
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => {
      const from = firstDifference(a.get(path), b.get(path));
      return { path, label: fieldLabel(path), before: shorten(a.get(path), from), after: shorten(b.get(path), from) };
    });
}
