// Correlates of War: formal alliances (dyadic, by type) as relations, and state system membership as actor existence.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { ImportError, ImportIssue } from '../import-issues.js';
import { PresetFeed } from './preset-feed.js';
import { byHeader, readRegister, registerRows, type RegisterRow } from './register-rows.js';

/** COW alliance types, strongest obligation first, as the kinds they become (a dyad takes its strongest). */
export const COW_ALLIANCE_KINDS = [
  ['defense', 'defence-pact'],
  ['neutrality', 'neutrality-pact'],
  ['nonaggression', 'non-aggression-pact'],
  ['entente', 'entente'],
] as const;

const COW = { author: 'Correlates of War Project', publisher: 'Correlates of War Project' };

/**
 * Reads COW's dyadic formal alliances (alliance_v4.1_by_dyad.csv: ccode1, state_name1, ccode2, state_name2, dyad start
 * and end day/month/year, left/right censoring, defense, neutrality, nonaggression, entente flags); with `states`
 * (states2016.csv), the states' system membership gives their existence dates. Actors are keyed `cow:<ccode>`.
 */
export async function readCowAlliances(file: string, builder: DatasetBuilder, states?: string): Promise<void> {
  const register = await readRegister(file);
  const feed = new PresetFeed(builder, register, {
    title: `Correlates of War formal alliances, dyadic (${file.split('/').pop()})`,
    ...COW,
  });
  const rows = registerRows(register.text, ',');
  const header = headerOf(rows, file, 'ccode1');
  const byType = new Map<string, number>();
  for (const row of rows) {
    const cell = byHeader(header, row.cells);
    builder.report.countIn('alliance dyads');
    const [flag, kind] = COW_ALLIANCE_KINDS.find(([flag]) => cell(flag) === '1') ?? [];
    if (!kind) {
      builder.report.warn(
        'NO_ALLIANCE_TYPE',
        'dyads with no alliance type flag set, left out',
        feed.origin(row),
        `dyad ${cell('ccode1')}–${cell('ccode2')}`,
      );
      continue;
    }
    byType.set(flag!, (byType.get(flag!) ?? 0) + 1);
    const ends = [1, 2].map((n) =>
      feed.actor(`cow:${cell(`ccode${n}`)}`, { name: cell(`state_name${n}`), kind: 'state' }, row),
    );
    const start = cowDate(cell('dyad_st_year'), cell('dyad_st_month'), cell('dyad_st_day'));
    const end = cowDate(cell('dyad_end_year'), cell('dyad_end_month'), cell('dyad_end_day'));
    feed.relation(
      {
        id: `cow-alliance-${cell('version4id')}-${cell('ccode1')}-${cell('ccode2')}`,
        kind,
        source: ends[0],
        target: ends[1],
        confidence: 1,
        stance: 'asserted',
        ...(start || end || cell('right_censor') === '1'
          ? {
              dates: {
                ...(start ? { start } : {}),
                ...(end ? { end } : {}),
                ...(end === undefined && cell('right_censor') === '1' ? { ongoing: true } : {}),
              },
            }
          : {}),
        attributes: Object.fromEntries(
          [
            'version4id',
            'defense',
            'neutrality',
            'nonaggression',
            'entente',
            'asymmetric',
            'left_censor',
            'right_censor',
          ]
            .filter((name) => cell(name) !== '')
            .map((name) => [name, cell(name)]),
        ),
      },
      row,
    );
  }
  builder.report.extra.allianceTypes = Object.fromEntries(byType);
  if (states !== undefined) await applyStates(states, feed, builder);
  feed.finish();
}

/** Reads COW's state system membership alone: one actor per state, its existence from its membership spells. */
export async function readCowStates(file: string, builder: DatasetBuilder): Promise<void> {
  const register = await readRegister(file);
  const feed = new PresetFeed(builder, register, {
    title: `Correlates of War state system membership (${file.split('/').pop()})`,
    ...COW,
  });
  await applyStates(file, feed, builder, true);
  feed.finish();
}

/**
 * Existence from membership (states2016.csv: stateabb, ccode, statenme, styear…endday, version): the first spell's start
 * and, unless the last spell runs to the end of the data (the version year's last day), its end; several spells are
 * kept in `attributes.membership`. With `declare`, every state becomes an actor; else only those the alliances name.
 */
async function applyStates(file: string, feed: PresetFeed, builder: DatasetBuilder, declare = false): Promise<void> {
  const register = await readRegister(file);
  const rows = registerRows(register.text, ',');
  const header = headerOf(rows, file, 'ccode');
  const spells = new Map<
    string,
    Array<{ start?: string; end?: string; row: RegisterRow; name: string; abb: string }>
  >();
  for (const row of rows) {
    const cell = byHeader(header, row.cells);
    builder.report.countIn('membership spells');
    const version = cell('version');
    const end =
      cell('endyear') === version && cell('endmonth') === '12' && cell('endday') === '31'
        ? undefined
        : cowDate(cell('endyear'), cell('endmonth'), cell('endday'));
    const list = spells.get(cell('ccode')) ?? [];
    list.push({
      start: cowDate(cell('styear'), cell('stmonth'), cell('stday')),
      end,
      row,
      name: cell('statenme'),
      abb: cell('stateabb'),
    });
    spells.set(cell('ccode'), list);
  }
  let dated = 0;
  for (const [ccode, list] of spells) {
    const id = `cow:${ccode}`;
    const first = list[0]!;
    if (declare) feed.actor(id, { name: first.name, kind: 'state' }, first.row);
    const actor = feed.known(id);
    if (!actor) continue;
    const last = list[list.length - 1]!;
    actor.exists = { ...(first.start ? { start: first.start } : {}), ...(last.end ? { end: last.end } : {}) };
    actor.aliases = [first.abb].filter(Boolean);
    if (list.length > 1)
      actor.attributes = { membership: JSON.stringify(list.map(({ start, end }) => ({ start, end: end ?? null }))) };
    dated++;
  }
  builder.report.mapped('actors given existence dates from COW state system membership', dated);
}

/** The header row (the first row naming `column`); refuses a file that has none. */
function headerOf(rows: Generator<RegisterRow>, file: string, column: string): string[] {
  // next() rather than for…of: leaving a for…of would close the generator the caller goes on reading.
  for (let next = rows.next(); !next.done; next = rows.next()) {
    const cells = next.value.cells.map((cell) => cell.replace(/^\uFEFF/, ''));
    if (cells.some((cell) => cell.toLowerCase() === column)) return cells;
  }
  throw new ImportError([
    new ImportIssue(
      { file },
      '',
      `no header row with a "${column}" column: not the COW file this preset reads`,
      'MALFORMED_FILE',
    ),
  ]);
}

/** A partial date from COW's year, month, day columns (missing values are ".", "", or negative codes). */
export function cowDate(year: string, month: string, day: string): string | undefined {
  const valid = (text: string, max: number) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= max;
  if (!/^\d{4}$/.test(year)) return undefined;
  if (!valid(month, 12)) return year;
  const mm = month.padStart(2, '0');
  return valid(day, 31) ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}
