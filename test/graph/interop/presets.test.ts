// Presets: SIPRI, COW alliances and states, ICEWS and GDELT events import their fixtures with their meaning and units kept.
import { join } from 'node:path';
import t from 'tap';
import { importDataset, type ImportPreset } from '../../../graph/interop/formats/import-dataset.js';
import { cameoMapping } from '../../../graph/interop/presets/cameo.js';
import { cowDate } from '../../../graph/interop/presets/cow.js';
import { TIV_UNIT } from '../../../graph/interop/presets/sipri.js';
import { emptyMapping } from '../../../graph/interop/mapping.js';
import type { Dataset } from '../../../graph/model/schema.js';
import { ROOT } from './helpers.js';

const PRESETS = join(ROOT, 'test/fixtures/interop/presets');

async function preset(name: ImportPreset, file: string, nodes?: string) {
  return importDataset({
    format: 'csv',
    preset: name,
    file: join(PRESETS, file),
    nodes: nodes && join(PRESETS, nodes),
    mapping: emptyMapping(),
    defaultId: name,
    readText: () => undefined,
  });
}
const actor = (dataset: Dataset, id: string) => dataset.actors.find((item) => item.id === id);

t.test(
  'SIPRI trade register: supplier → recipient arms transfers, TIV amounts (never dollars), order and delivery years, the row as evidence',
  async (t) => {
    const { dataset, texts, sourceFiles, report } = await preset('sipri', 'sipri-trade-register.csv');
    t.equal(dataset.relations.length, 5, 'one relation per register row');
    t.equal(report?.records.in['register rows'], 5);
    const harop = dataset.relations.find((relation) => relation.id === 'sipri-israel-azerbaijan-2016-harop')!;
    t.match(harop, {
      kind: 'arms-transfer',
      source: 'israel',
      target: 'azerbaijan',
      dates: { start: '2016', end: '2020' },
      strengthBasis: 'amount',
      confidence: 0.7,
    });
    t.same(
      harop.amounts?.map((amount) => [amount.value, amount.unit, amount.bound]),
      [
        [50, TIV_UNIT, undefined],
        [50, TIV_UNIT, undefined],
        [100, 'units ordered', 'approximate'],
        [100, 'units delivered', 'approximate'],
      ],
    );
    t.ok(
      dataset.relations.every((relation) => relation.amounts?.every((amount) => amount.currency === undefined)),
      'no amount is money',
    );
    const text = texts.get(harop.evidence[0]!.source)!;
    t.equal(
      text.slice(harop.evidence[0]!.start, harop.evidence[0]!.start! + harop.evidence[0]!.quote.length),
      harop.evidence[0]!.quote,
      'the quote is the row, at its offset',
    );
    t.match(harop.evidence[0]!.quote, /^Azerbaijan,Israel,2016,.*Harop/);
    t.equal(
      sourceFiles?.[0]?.path,
      'sources/sipri-trade-register.csv.txt',
      'the register is written beside the dataset as its source',
    );
    t.match(
      actor(dataset, 'houthi-rebels-yemen'),
      { kind: 'group', name: 'Houthi rebels (Yemen)' },
      "SIPRI's * marks a non-state actor",
    );
    t.match(
      dataset.relations.find((relation) => relation.id === 'sipri-russia-azerbaijan-2010-t-90s'),
      { confidence: 0.9, strength: 0.7 },
    );
  },
);

t.test('COW alliances (dyadic, by type) with state system membership as existence dates', async (t) => {
  const { dataset, report } = await preset('cow-alliances', 'alliance_v4.1_by_dyad.csv', 'states2016.csv');
  t.equal(dataset.relations.length, 7);
  t.same(report?.extra.allianceTypes, { defense: 4, neutrality: 2, entente: 1 }, 'a dyad takes its strongest type');
  t.match(
    dataset.relations.find((relation) => relation.id === 'cow-alliance-128-255-365'),
    { kind: 'neutrality-pact', source: 'germany', target: 'russia', dates: { start: '1939-08-23', end: '1941-06-22' } },
  );
  t.match(
    dataset.relations.find((relation) => relation.id === 'cow-alliance-147-2-200'),
    { kind: 'defence-pact', dates: { start: '1949-04-04', ongoing: true } },
    'right-censored: still in force',
  );
  t.match(actor(dataset, 'germany'), { externalIds: ['cow:255'], aliases: ['GMY'], exists: { start: '1816-01-01' } });
  t.match(
    JSON.parse(String(actor(dataset, 'germany')!.attributes!.membership)),
    [{ end: '1945-05-08' }, { start: '1990-10-03', end: null }],
    'both membership spells kept',
  );
  t.notOk(actor(dataset, 'portugal'), 'states the alliances do not name are not added');
  const states = await preset('cow-states', 'states2016.csv');
  t.equal(states.dataset.actors.length, 8, 'cow-states alone: every state');
  t.match(actor(states.dataset, 'japan'), { exists: { start: '1816-01-01' } });
  t.same(
    [cowDate('1940', '8', '.'), cowDate('1940', '.', '.'), cowDate('.', '8', '18'), cowDate('1945', '-9', '1')],
    ['1940-08', '1940', undefined, '1945'],
  );
});

t.test(
  'ICEWS events: CAMEO codes as strings mapped to kinds and quad classes; repeated events kept, counted by year',
  async (t) => {
    const { dataset, report } = await preset('events', 'icews-events.tab');
    t.equal(dataset.relations.length, 8, 'every event is a relation');
    const fights = dataset.relations.filter((relation) => relation.kind === 'armed-conflict');
    t.equal(fights.length, 3, 'the dyad fights three times: three events, not one tie');
    t.same(report?.extra.eventsByYear, { 2016: 4, 2017: 4 });
    t.same(report?.extra.eventsByQuadClass, {
      'material conflict': 4,
      'verbal cooperation': 1,
      'verbal conflict': 2,
      'material cooperation': 1,
    });
    t.match(
      dataset.relations.find((relation) => relation.id === 'event-20719840'),
      {
        kind: 'statement',
        valence: 'cooperative',
        dates: { point: '2016-04-05' },
        strength: 0.4,
        attributes: { cameoCode: '036', quadClass: 'verbal cooperation' },
      },
    );
    t.match(
      dataset.relations.find((relation) => relation.id === 'event-21002345'),
      { kind: 'security-assistance', source: 'israel', target: 'azerbaijan', strength: 0.83 },
    );
    t.match(
      dataset.relations.find((relation) => relation.id === 'event-21002347'),
      { kind: 'sanction' },
    );
    t.match(actor(dataset, 'government-azerbaijan'), { kind: 'government-body' });
    t.match(actor(dataset, 'citizen-azerbaijan'), { kind: 'group' });
  },
);

t.test(
  'GDELT 2.0 events (no header, 61 columns by the codebook): codes and urls kept, events without a target counted',
  async (t) => {
    const { dataset, report } = await preset('events', 'gdelt-events.export.CSV');
    t.equal(dataset.relations.length, 4);
    t.equal(report?.warnings('EVENT_WITHOUT_ACTOR'), 1);
    t.match(actor(dataset, 'azerbaijan'), { kind: 'state', externalIds: ['AZE'] });
    t.match(actor(dataset, 'azerbaijan-azemil'), { kind: 'government-body', name: 'AZERBAIJAN (AZEMIL)' });
    t.match(
      dataset.relations.find((relation) => relation.id === 'event-1010523404'),
      {
        kind: 'pressure',
        source: 'united-states-usagov',
        dates: { point: '2023-09-21' },
        attributes: { cameoCode: '1011', text: 'https://example.org/news/us-demands' },
      },
    );
  },
);

t.test('the CAMEO mapping: codes are strings, sub-codes refine the root, quad classes by root', async (t) => {
  t.match(cameoMapping('036'), { kind: 'statement', quadClass: 'verbal cooperation' });
  t.equal(cameoMapping('36'), undefined, 'not "036": CAMEO codes keep their leading zero');
  t.match(cameoMapping('0874'), { kind: 'concession', quadClass: 'material cooperation' });
  t.match(cameoMapping('1631'), { kind: 'sanction', quadClass: 'material conflict' });
  t.match(cameoMapping('112'), { kind: 'accusation', quadClass: 'verbal conflict' });
  t.match(cameoMapping('190'), { kind: 'armed-conflict', quadClass: 'material conflict' });
  t.equal(cameoMapping('210'), undefined);
});
