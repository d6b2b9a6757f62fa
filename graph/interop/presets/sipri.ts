// SIPRI Arms Transfers Database trade register (CSV export): one arms-transfer per deal, TIV amounts, the row as evidence.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { slugify } from '../foreign-ids.js';
import { ImportError, ImportIssue } from '../import-issues.js';
import { PresetFeed } from './preset-feed.js';
import { byHeader, readRegister, registerRows, type RegisterRow } from './register-rows.js';

/** SIPRI's trend-indicator value: a unit of military capability, not money (SIPRI says never to read it as dollars). */
export const TIV_UNIT = 'SIPRI TIV (millions)';

/**
 * Reads a SIPRI trade register as exported to CSV (Recipient, Supplier, Year of order, Number ordered, Weapon designation,
 * Weapon description, Number delivered, Year(s) of delivery, status, Comments, SIPRI TIV per unit / for total order /
 * of delivered weapons; the unnamed column after a value holds "?" when SIPRI marks it uncertain). The lines before
 * the header are skipped. Each deal: supplier → recipient, started at the order year, ended at the last delivery year,
 * with the TIV of the order and of the deliveries and the numbers ordered and delivered as amounts in their units.
 */
export async function readSipri(file: string, builder: DatasetBuilder): Promise<void> {
  const register = await readRegister(file);
  const feed = new PresetFeed(builder, register, {
    title: `SIPRI Arms Transfers Database, trade register (${file.split('/').pop()})`,
    author: 'Stockholm International Peace Research Institute',
    publisher: 'SIPRI',
  });
  let header: string[] | undefined;
  let rows = 0;
  for (const row of registerRows(register.text, ',')) {
    const first = row.cells.map((cell) => cell.replace(/^\uFEFF/, '').toLowerCase());
    if (!header) {
      if (first.includes('supplier') && first.includes('recipient'))
        header = row.cells.map((cell, i) => cell || `${row.cells[i - 1] ?? ''} ?`);
      continue;
    }
    rows++;
    builder.report.countIn('register rows');
    deal(feed, row, byHeader(header, row.cells));
  }
  if (!header)
    throw new ImportError([
      new ImportIssue(
        { file },
        '',
        'no header row with "Supplier" and "Recipient": not a SIPRI trade register export',
        'MALFORMED_FILE',
      ),
    ]);
  builder.report.extra.units = {
    amounts: [TIV_UNIT, 'units ordered', 'units delivered'],
    note: "TIV is SIPRI's trend-indicator value, not money",
  };
  builder.report.mapped('register rows to arms-transfer relations', rows);
  feed.finish();
}

function deal(feed: PresetFeed, row: RegisterRow, cell: (name: string) => string): void {
  const supplier = state(feed, cell('Supplier'), row);
  const recipient = state(feed, cell('Recipient'), row);
  const order = /^\d{4}$/.exec(cell('Year of order'))?.[0];
  const deliveries = [...cell('Year(s) of delivery').matchAll(/\d{4}/g)].map(([year]) => year).sort();
  const uncertain =
    cell('Year of order ?') === '?' || cell('Number ordered ?') === '?' || /\(/.test(cell('Number ordered'));
  const tiv = number(cell('SIPRI TIV for total order'));
  const amounts = [
    amount(cell('SIPRI TIV for total order'), TIV_UNIT, 'TIV of the whole order'),
    amount(cell('SIPRI TIV of delivered weapons'), TIV_UNIT, 'TIV of the weapons delivered'),
    amount(cell('Number ordered'), 'units ordered'),
    amount(cell('Number delivered'), 'units delivered'),
  ].filter((item) => item !== undefined);
  const designation = cell('Weapon designation');
  // log10 of the order's TIV (millions) from 0.1 to 10,000 spread over 0..1: a deal's weight among all of SIPRI's.
  const strength =
    tiv === undefined ? undefined : Math.round(Math.min(1, Math.max(0.01, (Math.log10(tiv) + 1) / 5)) * 100) / 100;
  feed.relation(
    {
      id: `sipri-${slugify(cell('Supplier'))}-${slugify(cell('Recipient'))}-${order ?? 'undated'}-${slugify(designation)}`
        .slice(0, 110)
        .replace(/-+$/, ''),
      kind: 'arms-transfer',
      source: supplier,
      target: recipient,
      valence: 'cooperative',
      ...(strength === undefined
        ? {}
        : {
            strength,
            strengthBasis: 'amount',
            strengthNote: `TIV ${tiv} million for the order: (log10(TIV) + 1) / 5`,
          }),
      confidence: uncertain ? 0.7 : 0.9,
      stance: 'reported',
      ...(order || deliveries.length > 0
        ? {
            dates: {
              ...(order ? { start: order } : {}),
              ...(deliveries.length > 0 ? { end: deliveries[deliveries.length - 1] } : {}),
            },
          }
        : {}),
      amounts,
      note: [
        cell('Number ordered'),
        designation,
        cell('Weapon description') && `(${cell('Weapon description')})`,
        cell('Comments') && `— ${cell('Comments')}`,
      ]
        .filter(Boolean)
        .join(' '),
      attributes: Object.fromEntries(
        Object.entries({
          weaponDesignation: designation,
          weaponDescription: cell('Weapon description'),
          yearsOfDelivery: cell('Year(s) of delivery'),
          status: cell('status'),
          tivPerUnit: cell('SIPRI TIV per unit'),
        }).filter(([, value]) => value !== ''),
      ),
    },
    row,
  );
}

/** A supplier or recipient: SIPRI marks non-state actors with `*` (rebel groups) and names a few organisations. */
function state(feed: PresetFeed, name: string, row: RegisterRow): string {
  const clean = name.replace(/\*+$/, '').trim();
  const kind = name.endsWith('*') ? 'group' : ORGANISATIONS.has(clean) ? 'organisation' : 'state';
  return feed.actor(clean, { name: clean, kind }, row);
}

const ORGANISATIONS = new Set(['NATO', 'African Union', 'United Nations', 'European Union', 'UN', 'OSCE', 'ECOWAS']);

/** A count or TIV as SIPRI writes it: "(100)" and a following "?" mark estimates. */
function amount(text: string, unit: string, note?: string): Record<string, unknown> | undefined {
  const value = number(text);
  if (value === undefined) return undefined;
  return { value, unit, ...(/\(/.test(text) ? { bound: 'approximate' } : {}), ...(note ? { note } : {}) };
}

function number(text: string): number | undefined {
  const match = /-?\d+(\.\d+)?/.exec(text.replace(/,/g, ''));
  return match ? Number(match[0]) : undefined;
}
