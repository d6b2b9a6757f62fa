// Evidence and amounts from a record: a JSON list where the input has one, else the plain columns' single item.
import type { Evidence } from '../model/schema.js';
import { asJson, asNumber, asText, asToken, isMissing } from './cells.js';
import type { FieldReader } from './field-reader.js';

/** Flags kept per record so an issue at `/relations/3/evidence/0/quote` can name the column the value came from. */
export const VIA_EVIDENCE_JSON = 1;
export const VIA_AMOUNTS_JSON = 2;
export const VIA_PLACEHOLDER = 4;
export const VIA_NESTED_DATES = 8;

/** What a record says about evidence: a list (possibly invalid, checked later), or nothing; `error` for bad JSON. */
export interface ReadList {
  value?: unknown;
  json: boolean;
  error?: { field: string; reason: string };
}

/** The record's evidence: the `evidence` JSON column, else one item from evidenceSource/Quote/Start (source defaults to `onlySource`). */
export function readEvidence(
  values: Record<string, unknown>,
  reader: FieldReader,
  onlySource: string | undefined,
): ReadList {
  const list = reader.get(values, 'evidence');
  if (!isMissing(list)) {
    const parsed = asJson(list);
    return 'error' in parsed
      ? { json: true, error: { field: reader.column('evidence'), reason: parsed.error } }
      : { value: parsed.value, json: true };
  }
  const quote = reader.get(values, 'evidenceQuote');
  if (isMissing(quote)) return { json: false };
  const source = reader.get(values, 'evidenceSource') ?? onlySource;
  const start = reader.get(values, 'evidenceStart');
  const item: Record<string, unknown> = {};
  if (!isMissing(source)) item.source = asToken(source);
  item.quote = asText(quote);
  if (!isMissing(start)) item.start = asNumber(start);
  return { value: [item], json: false };
}

/** The record's amounts: the `amounts` JSON column, else one from amount + amountCurrency / amountUnit. */
export function readAmounts(values: Record<string, unknown>, reader: FieldReader): ReadList {
  const list = reader.get(values, 'amounts');
  if (!isMissing(list)) {
    const parsed = asJson(list);
    return 'error' in parsed
      ? { json: true, error: { field: reader.column('amounts'), reason: parsed.error } }
      : { value: parsed.value, json: true };
  }
  const value = reader.get(values, 'amount');
  if (isMissing(value)) return { json: false };
  const amount: Record<string, unknown> = { value: asNumber(value) };
  const currency = reader.get(values, 'amountCurrency');
  const unit = reader.get(values, 'amountUnit');
  if (!isMissing(currency)) amount.currency = asToken(currency);
  if (!isMissing(unit)) amount.unit = asText(unit);
  return { value: [amount], json: false };
}

/** The evidence an import without quotes cites when a placeholder source is named (see the README: Evidence). */
export function placeholderEvidence(sourceId: string): Evidence[] {
  return [{ source: sourceId, quote: PLACEHOLDER_QUOTE }];
}

/** The one sentence of a placeholder source's text, and so the quote of every relation citing it. */
export const PLACEHOLDER_QUOTE =
  'PLACEHOLDER: this relation was imported without an evidence quote; it rests on no source yet.';
