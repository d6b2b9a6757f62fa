// Values as other tools write them in XML: typed attribute text, GEXF times in any timeformat, spells and slices.
import { parsePartialDate } from '../../model/dates.js';

const NUMERIC = new Set(['integer', 'long', 'int', 'short', 'byte', 'double', 'float', 'biginteger', 'bigdecimal']);

/** An attribute's text as its declared type says (GEXF `type`, GraphML `attr.type`): numbers and booleans parsed. */
export function typedValue(text: string, type: string | undefined): string | number | boolean {
  const declared = type?.toLowerCase();
  if (declared && NUMERIC.has(declared)) {
    const number = Number(text.trim());
    return text.trim() !== '' && Number.isFinite(number) ? number : text;
  }
  if (declared === 'boolean') {
    const lower = text.trim().toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
  }
  return text;
}

/**
 * A GEXF time as a partial date: `date` and `dateTime` values by their day (or month, year) prefix; `double` and
 * `integer` values only when they are whole years (1000–2999), since a time step 3 or 0.5 names no date. Undefined otherwise.
 */
export function gexfDate(value: string, timeformat: string): string | undefined {
  const text = value.trim();
  if (timeformat === 'double' || timeformat === 'integer' || timeformat === 'float' || /^-?\d+(\.\d+)?$/.test(text)) {
    const number = Number(text);
    return Number.isInteger(number) && number >= 1000 && number <= 2999 ? String(number) : undefined;
  }
  const prefix = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(text)?.[1];
  return prefix !== undefined && parsePartialDate(prefix) ? prefix : undefined;
}

/** The spells (GEXF 1.2–1.3 `<spell>`, 1.1 `<slice>`) of one element: the whole span, and every spell when several. */
export class Spells {
  readonly #spells: Array<{ start?: string; end?: string }> = [];

  /** Adds one spell's bounds as written (`start`/`startopen`, `end`/`endopen`). */
  add(attributes: Record<string, string>): void {
    this.#spells.push({ start: attributes.start ?? attributes.startopen, end: attributes.end ?? attributes.endopen });
  }

  get size(): number {
    return this.#spells.length;
  }

  /** The earliest start and latest end as partial dates (by `timeformat`), plus bounds that name no date. */
  span(timeformat: string): { start?: string; end?: string; undated: string[] } {
    const undated: string[] = [];
    const dates = (which: 'start' | 'end') =>
      this.#spells.flatMap((spell) => {
        const raw = spell[which];
        if (raw === undefined || raw === '') return [];
        const date = gexfDate(raw, timeformat);
        if (date === undefined) undated.push(raw);
        return date === undefined ? [] : [date];
      });
    const starts = dates('start').sort();
    const ends = dates('end').sort();
    return { start: starts[0], end: ends[ends.length - 1], undated };
  }

  /** Every spell as written, as JSON text (kept in `attributes.spells` when there are several). */
  toJson(): string {
    return JSON.stringify(this.#spells);
  }
}

/** The local part of a possibly prefixed XML name (`viz:position` → `position`). */
export function localName(name: string): string {
  const at = name.indexOf(':');
  return at === -1 ? name : name.slice(at + 1);
}
