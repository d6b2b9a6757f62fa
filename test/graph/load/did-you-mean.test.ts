// Tests for graph/load/did-you-mean.ts and its use: misspelt kinds, fields and actor ids get a suggestion, all in one run.
import t from 'tap';
import { closestWord, didYouMean, editDistance } from '../../../graph/load/did-you-mean.js';
import { corrupted, indexOf, miniDocument } from './mini-fixture.js';

t.test('edit distance, with its early exit', async (t) => {
  t.equal(editDistance('', ''), 0);
  t.equal(editDistance('kitten', 'sitting'), 3);
  t.equal(editDistance('israel', 'isreal'), 2);
  t.equal(editDistance('a', 'abcdef', 2), Infinity, 'lengths too far apart');
});

t.test('closest word: near enough or nothing', async (t) => {
  t.equal(closestWord('arms-transfers', ['arms-transfer', 'transit']), 'arms-transfer');
  t.equal(closestWord('strenght', ['strength', 'confidence']), 'strength');
  t.equal(closestWord('zzz', ['strength', 'confidence']), undefined);
  t.equal(didYouMean('isreal', ['israel', 'iran']), ' (did you mean "israel"?)');
  t.equal(didYouMean('israel', ['israel']), '', 'a known word needs no hint');
});

t.test('one run reports a misspelt field, kind and actor, each with its did-you-mean (issue 16)', async (t) => {
  const doc = miniDocument();
  const arms = indexOf(doc, 'relations', 'russia-kazakhstan-arms-transfer');
  const issues = corrupted((d) => {
    const relation = d.relations[arms];
    relation.strenght = relation.strength;
    d.relations[0].kind = 'arms-transfers';
    const other = d.relations.findIndex((_r: unknown, i: number) => i !== arms && i !== 0);
    d.relations[other].target = `${d.relations[other].target}x`; // another relation: the schema-rejected ones are not checked further
  });
  const reasons = issues.map((issue) => issue.reason);
  t.ok(
    reasons.some((r) => /unknown field "strenght" \(did you mean "strength"\?\)/.test(r)),
    reasons.join(' | '),
  );
  t.ok(reasons.some((r) => /unknown relation kind "arms-transfers" \(did you mean "arms-transfer"\?\)/.test(r)));
  t.ok(
    reasons.some((r) => /is not a declared actor \(did you mean "[^"]+"\?\)/.test(r)),
    'the unknown actor, in the same run',
  );
});
