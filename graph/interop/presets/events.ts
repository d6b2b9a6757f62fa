// Event data in the ICEWS / GDELT shape: one relation per event through the CAMEO mapping, repeated events kept and counted by year.
import type { DatasetBuilder } from '../assemble-dataset.js';
import { ImportError, ImportIssue } from '../import-issues.js';
import { cameoMapping } from './cameo.js';
import { GDELT_COLUMNS } from './gdelt-columns.js';
import { PresetFeed, type PresetActor } from './preset-feed.js';
import { byHeader, readRegister, registerRows, type RegisterRow } from './register-rows.js';

/** Which column holds each part of an event, per shape; the first name a header has wins. */
const ROLES = {
  id: ['event id', 'globaleventid', 'event_id', 'id'],
  date: ['event date', 'sqldate', 'event_date', 'date'],
  source: ['source name', 'actor1name', 'source', 'actor1'],
  sourceCode: ['actor1code', 'source_code'],
  sourceCountry: ['source country', 'actor1countrycode', 'source_country'],
  sourceSectors: ['source sectors', 'actor1type1code', 'source_sectors'],
  target: ['target name', 'actor2name', 'target', 'actor2'],
  targetCode: ['actor2code', 'target_code'],
  targetCountry: ['target country', 'actor2countrycode', 'target_country'],
  targetSectors: ['target sectors', 'actor2type1code', 'target_sectors'],
  code: ['cameo code', 'eventcode', 'cameo', 'event_code', 'code'],
  intensity: ['intensity', 'goldsteinscale', 'goldstein'],
  text: ['event text', 'sourceurl', 'source_sentence', 'text', 'url'],
} as const;
type Role = keyof typeof ROLES;

/**
 * Reads events: ICEWS (tab-separated, with its header), GDELT 1.0/2.0 event files (tab-separated, no header: the
 * codebook's columns by position), or any CSV/TSV whose header names the parts (source, target, date, cameo,
 * goldstein, text). Each event is a relation of the kind its CAMEO code maps to (cameo.ts), dated at its day, its
 * strength |intensity| / 10 on the Goldstein scale, its quad class kept; the row is the evidence.
 */
export async function readEvents(file: string, builder: DatasetBuilder): Promise<void> {
  const register = await readRegister(file);
  const feed = new PresetFeed(builder, register, {
    title: `Event data (${file.split('/').pop()})`,
    author: '',
    publisher: '',
  });
  const firstLine = register.text.slice(
    0,
    register.text.indexOf('\n') === -1 ? undefined : register.text.indexOf('\n'),
  );
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  const rows = registerRows(register.text, delimiter);
  const first = rows.next();
  if (first.done)
    throw new ImportError([new ImportIssue({ file, line: 1 }, '', 'the file is empty', 'MALFORMED_FILE')]);
  // GDELT files have no header: a first row of 57, 58 or 61 cells starting with a numeric event id is data.
  const gdelt = /^\d+$/.test(first.value.cells[0] ?? '') && [57, 58, 61].includes(first.value.cells.length);
  const header = gdelt
    ? GDELT_COLUMNS[first.value.cells.length]!
    : first.value.cells.map((cell) => cell.replace(/^\uFEFF/, ''));
  const lower = header.map((name) => name.toLowerCase());
  const column = Object.fromEntries(
    Object.entries(ROLES).map(([role, names]) => [role, names.find((name) => lower.includes(name))]),
  ) as Record<Role, string | undefined>;
  const missing = (['source', 'target', 'date', 'code'] as const).filter((role) => column[role] === undefined);
  if (missing.length > 0) {
    throw new ImportError(
      missing.map(
        (role) =>
          new ImportIssue(
            { file, line: 1 },
            role,
            `no column gives the event's ${role} (expected one of: ${ROLES[role].join(', ')})`,
            'MISSING_COLUMN',
          ),
      ),
    );
  }
  const byYear: Record<string, number> = {};
  const byQuad: Record<string, number> = {};
  const read = (row: RegisterRow) => {
    const cell = byHeader(header, row.cells);
    const get = (role: Role) => (column[role] === undefined ? '' : cell(column[role]!));
    builder.report.countIn('events');
    const mapping = cameoMapping(get('code'));
    const date = eventDate(get('date'));
    if (!get('source') || !get('target'))
      return builder.report.warn(
        'EVENT_WITHOUT_ACTOR',
        'events naming no source or no target actor, left out',
        feed.origin(row),
        `"${get('source')}" → "${get('target')}"`,
      );
    if (!mapping)
      return builder.report.warn(
        'UNKNOWN_CAMEO_CODE',
        'events whose code is no CAMEO code, left out',
        feed.origin(row),
        `code "${get('code')}"`,
      );
    const source = eventActor(feed, row, get('source'), get('sourceCode'), get('sourceCountry'), get('sourceSectors'));
    const target = eventActor(feed, row, get('target'), get('targetCode'), get('targetCountry'), get('targetSectors'));
    const intensity = Number(get('intensity'));
    const scored = get('intensity') !== '' && Number.isFinite(intensity);
    const year = date?.slice(0, 4) ?? 'undated';
    byYear[year] = (byYear[year] ?? 0) + 1;
    byQuad[mapping.quadClass] = (byQuad[mapping.quadClass] ?? 0) + 1;
    feed.relation(
      {
        ...(get('id') ? { id: `event-${get('id')}` } : {}),
        kind: mapping.kind,
        source,
        target,
        valence: mapping.valence,
        ...(scored
          ? {
              strength: Math.min(1, Math.round(Math.abs(intensity) * 10) / 100),
              strengthBasis: 'scale',
              strengthNote: `Goldstein / intensity ${intensity}: |score| / 10`,
            }
          : {}),
        confidence: 0.6,
        stance: 'reported', // machine-coded from news reports
        ...(date ? { dates: { point: date } } : {}),
        attributes: {
          cameoCode: get('code'),
          cameoRoot: mapping.root,
          quadClass: mapping.quadClass,
          ...(scored ? { intensity } : {}),
          ...(get('text') ? { text: get('text') } : {}),
        },
      },
      row,
    );
  };
  if (gdelt) read(first.value);
  for (const row of rows) read(row);
  builder.report.extra.eventsByYear = byYear;
  builder.report.extra.eventsByQuadClass = byQuad;
  feed.finish();
}

/** An event's day: ISO (ICEWS "2018-03-05") or GDELT's SQLDATE "20180305". */
function eventDate(text: string): string | undefined {
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(text)?.[0];
}

/**
 * An event's actor: a state when its name is its country (ICEWS) or its code is its country code (GDELT "USA");
 * a government body when its sectors or code say government or military; else a group (citizens, parties, militants).
 * GDELT's sub-state actors share their country's name ("UNITED STATES" for USAGOV), so their code joins the name.
 */
function eventActor(
  feed: PresetFeed,
  row: RegisterRow,
  name: string,
  code: string,
  country: string,
  sectors: string,
): string {
  const state = name === country || (code !== '' && code === country);
  const government = /govern|military|executive|legislat|police|GOV|MIL|JUD|LEG/i.test(`${sectors} ${code.slice(3)}`);
  const kind = state ? 'state' : government ? 'government-body' : 'group';
  const label = code !== '' && !state ? `${name} (${code})` : name;
  const actor: PresetActor = { name: label, kind, ...(code ? { externalIds: [code] } : {}) };
  return feed.actor(code || name, actor, row);
}
