// Tests that the loader's passes over a dataset pause every SLICE_ITEMS elements, so a server loading a large file keeps answering.
import t from 'tap';
import { generateDataset } from '../../../graph/generate/scale-free.js';
import { evidenceIssues, readSourceTexts } from '../../../graph/load/check-evidence.js';
import { actorReferenceIssues, duplicateIdIssues } from '../../../graph/load/check-references.js';
import { dateIssues, kindIssues } from '../../../graph/load/check-relations.js';
import { datasetPartsSteps } from '../../../graph/load/dataset-parts.js';
import { matchesDatasetSchemaSteps, schemaIssueSteps } from '../../../graph/load/schema-issues.js';
import { runNow, SLICE_ITEMS, type Sliced } from '../../../graph/shared/slices.js';
import { relationIndexSteps, buildRelationIndex } from '../../../graph/relation-index/relation-index.js';
import { buildActorGraph } from '../../../graph/load/build-graph.js';

/** How many times a sliced computation paused, and its result. */
function pauses<T>(steps: Sliced<T>): [number, T] {
  for (let count = 0; ; count++) {
    const step = steps.next();
    if (step.done) return [count, step.value];
  }
}

const relations = 3 * SLICE_ITEMS + 100;
const { dataset, sourceText } = generateDataset({ actors: 500, relations, seed: 11 });
const minimum = Math.floor(relations / SLICE_ITEMS); // each pass reads every relation at least once

t.test(
  'the schema check and the split into parts pause per slice of relations, and agree with the unsliced answer',
  async (t) => {
    const [schemaPauses, valid] = pauses(matchesDatasetSchemaSteps(dataset));
    t.equal(valid, true);
    t.ok(schemaPauses >= minimum, `schema check paused ${schemaPauses} times over ${relations} relations`);
    const [partsPauses, parts] = pauses(datasetPartsSteps(dataset, 'generated.json', valid));
    t.equal(parts.relations.length, relations);
    t.ok(partsPauses >= minimum, `split paused ${partsPauses} times`);

    const broken = {
      ...dataset,
      relations: dataset.relations.map((relation, i) =>
        i === relations - 1 ? { ...relation, strength: 7 } : relation,
      ),
    };
    t.equal(runNow(matchesDatasetSchemaSteps(broken)), false, 'the last relation out of range fails the sliced check');
    const [issuePauses, issues] = pauses(schemaIssueSteps(broken, 'broken.json'));
    t.ok(issuePauses >= minimum, `schema issues paused ${issuePauses} times`);
    t.strictSame(
      issues.map((issue) => issue.path),
      [`/relations/${relations - 1}/strength`],
    );
  },
);

t.test('every semantic pass pauses per slice of relations and finds nothing in a valid dataset', async (t) => {
  const parts = runNow(datasetPartsSteps(dataset, 'generated.json', true));
  const { texts } = readSourceTexts(parts, () => sourceText);
  const passes = {
    duplicateIdIssues,
    actorReferenceIssues,
    kindIssues,
    dateIssues,
    evidenceIssues: (all: typeof parts) => evidenceIssues(all, texts),
  };
  for (const [name, pass] of Object.entries(passes)) {
    const [count, issues] = pauses(pass(parts));
    t.ok(count >= minimum, `${name} paused ${count} times`);
    t.strictSame(issues, [], `${name}: no issue`);
  }
});

t.test('the relation index is built in slices and equals the index built at once', async (t) => {
  const graph = buildActorGraph(dataset);
  const [count, sliced] = pauses(relationIndexSteps(graph));
  t.ok(count >= minimum, `index build paused ${count} times`);
  const direct = buildRelationIndex(graph);
  t.strictSame([...sliced.neighbour], [...direct.neighbour]);
  t.strictSame([...sliced.slotEnd], [...direct.slotEnd]);
  t.strictSame(sliced.relationIds, direct.relationIds);
});
