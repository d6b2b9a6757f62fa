// Tests of the dataset picker's pure parts: which dataset a page shows, and an option's text.
import t from 'tap';
import type { DatasetInfo } from '../../../client/api/contracts.js';
import { chosenDataset, datasetLabel } from '../../../client/panels/dataset-picker.js';

const info = (id: string, extra: Partial<DatasetInfo> = {}): DatasetInfo => ({
  id,
  title: id.toUpperCase(),
  actors: 10,
  relations: 20,
  hash: 'h',
  loadedAt: '2026-01-01T00:00:00Z',
  ready: true,
  default: false,
  ...extra,
});

t.test('chosenDataset with no datasets, or a wanted id not served, falls back', async (t) => {
  t.equal(chosenDataset([], 'anything'), undefined, 'nothing served: nothing chosen');
  const list = [info('a'), info('b', { default: true })];
  t.equal(chosenDataset(list, 'zzz')?.id, 'b', 'unknown id: the default');
  t.equal(chosenDataset(list, null)?.id, 'b', 'no id: the default');
  t.equal(chosenDataset([info('a'), info('b')], null)?.id, 'a', 'no default marked: the first');
});

t.test('chosenDataset takes the dataset the URL names', async (t) => {
  t.equal(chosenDataset([info('a', { default: true }), info('b')], 'b')?.id, 'b');
});

t.test('datasetLabel gives the title and counts with separators, or the id without a title', async (t) => {
  t.equal(
    datasetLabel(info('synthetic', { title: 'Synthetic', actors: 100_000, relations: 1_000_000 })),
    'Synthetic — 100,000 actors, 1,000,000 ties',
  );
  t.equal(datasetLabel(info('raw', { title: '' })), 'raw — 10 actors, 20 ties');
});
