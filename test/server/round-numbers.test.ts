// Tests for server/round-numbers.ts and its hook: API answers carry no float noise, and records shared with the graph are not mutated.
import t from 'tap';
import { ANSWER_DECIMALS, roundNumber, roundNumbers } from '../../server/round-numbers.js';
import { ARTICLE, getJson, testApp } from './helpers.js';

t.test('roundNumber leaves integers and non-finite values, rounds the rest to 6 decimals', async (t) => {
  t.equal(ANSWER_DECIMALS, 6);
  t.equal(roundNumber(0.19999999999999996), 0.2);
  t.equal(roundNumber(2.9400000000000004), 2.94);
  t.equal(roundNumber(0.045820954644484053), 0.045821);
  t.equal(roundNumber(-1e-9), 0, 'no negative zero');
  t.equal(roundNumber(12), 12);
  t.ok(Number.isNaN(roundNumber(Number.NaN)));
  t.equal(roundNumber(Infinity), Infinity);
});

t.test('roundNumbers copies on write: clean values keep their identity, shared records are not mutated', async (t) => {
  const clean = { a: 1, b: [0.5, 'x', { c: 0.25 }] };
  t.equal(roundNumbers(clean), clean, 'nothing to round: the same object');
  const relation = { id: 'r', strength: 0.8 };
  const noisy = { score: 0.30000000000000004, relations: [relation], nested: { list: [1, 0.1 + 0.2] } };
  const rounded = roundNumbers(noisy);
  t.same(rounded, { score: 0.3, relations: [{ id: 'r', strength: 0.8 }], nested: { list: [1, 0.3] } });
  t.equal(rounded.relations, noisy.relations, 'an unchanged branch is shared');
  t.equal(noisy.score, 0.30000000000000004, 'the input is not mutated');
  t.equal(noisy.nested.list[1], 0.1 + 0.2);
  t.equal(roundNumbers(null), null);
  t.equal(roundNumbers('0.19999999999999996'), '0.19999999999999996', 'strings (quotes) are never touched');
});

t.test('answers of the routes that compute scores have no float noise (issue 16)', async (t) => {
  const app = await testApp(t, { dataFile: ARTICLE });
  for (const url of [
    '/api/actors/azerbaijan',
    '/api/ties?a=israel&b=azerbaijan',
    '/api/compare?actors=israel,turkey',
    '/api/compare?pairs=israel:azerbaijan,israel:armenia',
    '/api/metrics',
  ]) {
    const { status, body } = await getJson(app, url);
    t.equal(status, 200, url);
    const noise = JSON.stringify(body).match(/\d\.\d{7,}/g) ?? [];
    t.same(noise, [], `${url}: no number with more than 6 decimals`);
  }
  // The graph's own relation records keep their values: a second answer is the same.
  const first = await getJson(app, '/api/relations?actor=israel&limit=5');
  const again = await getJson(app, '/api/relations?actor=israel&limit=5');
  t.same(first.body, again.body);
});
