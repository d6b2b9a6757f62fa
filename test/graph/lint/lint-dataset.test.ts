// Tests for graph/lint/lint-dataset.ts: each warning of `lint:data` on a small dataset, and the bundled dataset passing them all.
import t from 'tap';
import { fileURLToPath } from 'node:url';
import { lintDataset } from '../../../graph/lint/lint-dataset.js';
import { onLadder } from '../../../graph/model/measurement.js';
import { loadDatasetFile } from '../../../graph/load/load-dataset.js';
import type { Dataset, Relation } from '../../../graph/model/schema.js';
import { relation as fixtureRelation } from '../query/fixture.js';

/** A fixture relation on the ladder (asserted 0.95) unless the test says otherwise. */
const relation: typeof fixtureRelation = (source, kind, target, extra = {}) =>
  fixtureRelation(source, kind, target, { confidence: 0.95, ...extra });

const dataset = (relations: Relation[]): Dataset => ({
  schemaVersion: 1,
  id: 'lint',
  title: 'Lint',
  sources: [{ id: 's', title: 'S', author: '', publisher: '', published: '2020-08-31', path: 's.txt' }],
  actors: [],
  relations,
});
const quote = (text: string, start: number) => [{ source: 's', quote: text, start }];

t.test('each rule warns about the relation at fault, and only then', async (t) => {
  const warnings = lintDataset(
    dataset([
      relation('a', 'arms-transfer', 'b', {
        id: 'whole',
        strength: 0.6,
        evidence: quote('In 2012 A sold B arms worth $1 billion', 0),
        dates: { point: '2012' },
        amounts: [{ value: 1e9, currency: 'USD', measure: 'transaction' }],
      }),
      relation('a', 'arms-transfer', 'b', { id: 'copy', strength: 0.5, evidence: quote('A sold B arms', 8) }),
      relation('a', 'arms-transfer', 'b', {
        id: 'unsized',
        strength: 0.83,
        confidence: 0.35,
        stance: 'alleged',
        evidence: quote('drones reportedly', 100),
      }),
      relation('a', 'rivalry', 'b', { id: 'off-ladder', confidence: 0.7, evidence: quote('rivals', 200) }),
      relation('a', 'rivalry', 'c', {
        id: 'explained',
        confidence: 0.7,
        note: 'Confidence 0.7: the author hedges.',
        evidence: quote('rivals too', 300),
      }),
      relation('a', 'tension', 'b', {
        id: 'dated-outside',
        evidence: quote('a crisis', 400),
        dates: { start: '2010' },
      }),
      relation('a', 'tension', 'c', {
        id: 'flagged',
        evidence: quote('a crisis', 500),
        dates: { start: '2010', outside: 'common knowledge' },
      }),
      relation('a', 'tension', 'd', {
        id: 'decade',
        evidence: quote('in the 1990s', 600),
        dates: { start: '1990', end: '1993' },
      }),
      relation('a', 'tension', 'e', { id: 'published', evidence: quote('in July', 700), dates: { point: '2020-07' } }),
      relation('a', 'arms-transfer', 'f', {
        id: 'report-date',
        evidence: quote('In 2012, reports emerged about a purchase', 800),
        dates: { point: '2012' },
      }),
      relation('a', 'arms-transfer', 'g', {
        id: 'by-date',
        evidence: quote('In 2012, reports emerged about a sale', 900),
        dates: { point: '2012', by: true },
      }),
      relation('a', 'accusation', 'g', {
        id: 'said-undated',
        evidence: quote('A said B lied', 1000),
      }),
    ]),
  );
  t.same(
    warnings.map((warning) => `${warning.rule}:${warning.relation}`).sort(),
    [
      'double-counting:copy',
      'off-ladder:off-ladder',
      'report-dated:report-date',
      'unflagged-date:dated-outside',
      'unquantified-outranks:unsized',
    ].sort(),
  );
  t.notOk(
    warnings.some((warning) => warning.relation === 'decade'),
    '"the 1990s" names every year of the decade',
  );
});

t.test('the bundled dataset passes lint:data, and every confidence is on the stance ladder or explained', async (t) => {
  const { dataset: besa } = await loadDatasetFile(
    fileURLToPath(new URL('../../../graph/data/besa-1723.json', import.meta.url)),
  );
  t.same(lintDataset(besa), []);
  for (const r of besa.relations)
    t.ok(onLadder(r.stance, r.confidence) || /confidence/i.test(r.note ?? ''), `${r.id}: ${r.stance} ${r.confidence}`);
  t.notOk(
    besa.actors.some((actor) => ['sipri', 'foreign-policy'].includes(actor.id)),
    'reporters are not actors',
  );
  t.notOk(besa.relations.some((r) => r.kind === 'reports-on'));
  const sipri = besa.relations.find((r) => r.id === 'israel-azerbaijan-arms-2017')!;
  t.match(sipri.evidence[0]!.attributedTo, /SIPRI/, 'SIPRI is the attribution of the evidence');
  const iai = besa.relations.find((r) => r.id === 'iai-azerbaijan-arms-2012')!;
  t.same(iai.dates, { point: '2012', by: true }, '"in 2012, reports emerged about a purchase": by 2012');
});
