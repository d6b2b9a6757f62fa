// Cell values from any input (CSV text, typed XML attributes, JSON values) coerced to what the dataset schema expects.

/** True for a value the input did not give: absent, null or an empty cell. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Free text as written (quotes, notes and names keep their spaces); numbers and booleans as their text. */
export function asText(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value;
}

/** An id, kind or other token: surrounding spaces from a spreadsheet cell removed. */
export function asToken(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : asText(value);
}

/** A number from a number or from text that is exactly one; other text is left as is for the schema check to refuse. */
export function asNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return value;
  return Number(text);
}

/** A boolean from a boolean or from true/false, yes/no, 1/0 in any case; other values left for the schema check. */
export function asBoolean(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true' || text === 'yes' || text === '1') return true;
  if (text === 'false' || text === 'no' || text === '0') return false;
  return value;
}

/** A partial date; a year given as a number (a typed XML attribute, a spreadsheet) becomes its text. */
export function asDate(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : asToken(value);
}

/** A list or object given as JSON text, or already parsed; `error` says why text is not JSON. */
export function asJson(value: unknown): { value: unknown } | { error: string } {
  if (typeof value !== 'string') return { value };
  try {
    return { value: JSON.parse(value) as unknown };
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
}

/** Aliases from a JSON array, or from text separated by `|` (the spreadsheet way). */
export function asAliases(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text.startsWith('[')) {
    const parsed = asJson(text);
    return 'value' in parsed ? parsed.value : value;
  }
  return text
    .split('|')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

/** A colour as lower-case `#rrggbb` from `#RGB`, `#RRGGBB` or `rgb(r, g, b)`; anything else left for the schema check. */
export function asColor(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`;
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/.exec(text);
  return rgb ? rgbHex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])) : value;
}

/** `#rrggbb` from 0..255 channels (clamped). */
export function rgbHex(r: number, g: number, b: number): string {
  return `#${[r, g, b]
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
