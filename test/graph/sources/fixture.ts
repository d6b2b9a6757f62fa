// The reader fixtures (test/fixtures/reader): a seven-sentence bulletin, and a copy whose repeated quote has no offset.
import { resolve } from 'node:path';
import { loadDatasetFile, type LoadedDataset } from '../../../graph/load/load-dataset.js';

export const BULLETIN = resolve(import.meta.dirname, '../../fixtures/reader/bulletin.json');
export const REPEATED = resolve(import.meta.dirname, '../../fixtures/reader/repeated.json');
export const ARTICLE = resolve(import.meta.dirname, '../../../graph/data/besa-1723.json');

/** Loads one of the fixtures through the real loader. */
export function load(file: string): Promise<LoadedDataset> {
  return loadDatasetFile(file);
}
