// Where each imported record came from, kept compactly (a line number per record), and dataset paths mapped back to it.
import type { Origin } from './import-issues.js';
import { VIA_AMOUNTS_JSON, VIA_EVIDENCE_JSON, VIA_NESTED_DATES } from './record-evidence.js';

/** The origins of one section's records (sources, actors or relations), by index in the built dataset. */
export class OriginTable {
  readonly #files: string[] = [];
  readonly #fileOf: number[] = [];
  readonly #lines: Array<number | undefined> = [];
  readonly #elements: Array<string | undefined> = [];
  readonly #via: number[] = [];

  /** Records the origin of the next record and how its lists were read. */
  add(origin: Origin, via = 0): void {
    let file = this.#files.lastIndexOf(origin.file);
    if (file === -1) file = this.#files.push(origin.file) - 1;
    this.#fileOf.push(file);
    this.#lines.push(origin.line);
    this.#elements.push(origin.element);
    this.#via.push(via);
  }

  /** Where the record at `index` came from, or undefined past the end. */
  origin(index: number): Origin | undefined {
    const file = this.#fileOf[index];
    if (file === undefined) return undefined;
    const origin: Origin = { file: this.#files[file]! };
    if (this.#lines[index] !== undefined) origin.line = this.#lines[index];
    if (this.#elements[index] !== undefined) origin.element = this.#elements[index];
    return origin;
  }

  /** How the record at `index` read its lists (VIA_* flags). */
  via(index: number): number {
    return this.#via[index] ?? 0;
  }
}

const EVIDENCE_FIELDS: Record<string, string> = {
  source: 'evidenceSource',
  quote: 'evidenceQuote',
  start: 'evidenceStart',
};
const AMOUNT_FIELDS: Record<string, string> = { value: 'amount', currency: 'amountCurrency', unit: 'amountUnit' };

/**
 * The input field a JSON path inside one record names (`/evidence/0/quote` → evidenceQuote, `/dates/start` → start),
 * given how the record's lists were read; '' for the record as a whole.
 */
export function fieldForPath(section: 'sources' | 'actors' | 'relations', rest: string, via: number): string {
  const [head = '', index, leaf] = rest.split('/').slice(1);
  if (head === 'evidence') {
    if (via & VIA_EVIDENCE_JSON) return 'evidence';
    return EVIDENCE_FIELDS[leaf ?? ''] ?? (index === undefined ? 'evidenceQuote' : 'evidence');
  }
  if (head === 'amounts') {
    if (via & VIA_AMOUNTS_JSON) return 'amounts';
    return AMOUNT_FIELDS[leaf ?? ''] ?? 'amount';
  }
  if (head === 'dates' || head === 'exists') {
    if (via & VIA_NESTED_DATES || index === undefined) return head;
    return section === 'actors' ? `exists${index[0]!.toUpperCase()}${index.slice(1)}` : index;
  }
  return head;
}
