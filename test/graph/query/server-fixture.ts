// The server fixture dataset (test/fixtures/server/mini.json) as a graph, for the tests of the server-side query helpers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildActorGraph } from '../../../graph/load/build-graph.js';
import type { ActorGraph } from '../../../graph/model/actor-graph.js';
import type { Dataset } from '../../../graph/model/schema.js';

/** The fixture's dataset document, parsed as is (it is valid: the server tests load it through the loader). */
export const fixtureDataset = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/server/mini.json'), 'utf8'),
) as Dataset;

/** A fresh graph of the fixture. */
export function fixtureGraph(): ActorGraph {
  return buildActorGraph(fixtureDataset);
}
