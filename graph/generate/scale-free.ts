// Seeded scale-free actor networks (preferential attachment) for benchmarks, tests and synthetic datasets.
import { createActorGraph, type ActorGraph } from '../model/actor-graph.js';
import { SCHEMA_VERSION, type Actor, type Dataset, type Relation } from '../model/schema.js';
import { RELATION_KINDS } from '../model/vocabulary.js';
import { mulberry32 } from '../shared/random.js';
import { SYNTHETIC_SOURCE_ID, syntheticActor, syntheticRelation, syntheticSourceText } from './synthetic-records.js';

/** Size and seed of a synthetic network. */
export interface ScaleFreeOptions {
  actors: number;
  relations: number;
  seed?: number;
  /** Share of relations that carry a start date (default 0.3). */
  datedShare?: number;
}

/**
 * Streams a connected scale-free network: each new actor ties to earlier ones picked in proportion to their
 * degree (a random end of an existing relation), with one pick in ten uniform so that the tail is not too
 * steep; the number of ties per actor is spread so the total is exact. Parallel relations happen, as in real
 * data. Relation direction is random (half of the ties point back to the newer actor).
 */
export function generateScaleFree(
  options: ScaleFreeOptions,
  onActor: (actor: Actor) => void,
  onRelation: (relation: Relation) => void,
): void {
  const { actors: n, relations: m } = options;
  if (!Number.isInteger(n) || n < 2) throw new RangeError('actors: need an integer ≥ 2');
  if (!Number.isInteger(m) || m < n - 1) throw new RangeError('relations: need at least actors - 1 to connect them');
  const random = mulberry32(options.seed ?? 1723);
  const datedShare = options.datedShare ?? 0.3;
  const hubs = Math.max(2, Math.ceil(n / 500));
  const ids: string[] = new Array(n);
  const ends = new Int32Array(2 * m); // every relation's two ends: a uniform pick is a degree-proportional actor
  let made = 0;
  const relate = (a: number, b: number): void => {
    const [s, t] = random.next() < 0.5 ? [a, b] : [b, a];
    onRelation(syntheticRelation(made, ids[s]!, ids[t]!, random, datedShare));
    ends[2 * made] = a;
    ends[2 * made + 1] = b;
    made++;
  };
  for (let i = 0; i < n; i++) {
    const actor = syntheticActor(i, random, hubs);
    ids[i] = actor.id;
    onActor(actor);
    if (i === 0) continue;
    // Spread the ties still to make over the actors still to come, leaving at least one for each (so all connect).
    const left = m - made;
    const later = n - 1 - i;
    const count =
      later === 0 ? left : Math.min(left - later, Math.max(1, Math.floor(left / (later + 1) + random.next())));
    for (let j = 0; j < count; j++) {
      let other = made === 0 || random.next() < 0.1 ? random.int(i) : ends[random.int(2 * made)]!;
      if (other === i) other = random.int(i);
      relate(i, other);
    }
  }
}

/** A synthetic network straight into an actor graph (no dataset validation: the generator's records are valid by construction). */
export function generateActorGraph(options: ScaleFreeOptions): ActorGraph {
  const graph = createActorGraph({
    id: 'synthetic',
    title: `Synthetic ${options.actors}/${options.relations}`,
    sources: [syntheticSource()],
  });
  generateScaleFree(
    options,
    (actor) => graph.addNode(actor.id, actor),
    (relation) => {
      if (RELATION_KINDS[relation.kind].directed)
        graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
      else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
    },
  );
  return graph;
}

/** A synthetic network as a dataset document, with the text of its one source (to be saved at the source's path). */
export function generateDataset(options: ScaleFreeOptions): { dataset: Dataset; sourceText: string } {
  const actors: Actor[] = [];
  const relations: Relation[] = [];
  generateScaleFree(
    options,
    (actor) => actors.push(actor),
    (relation) => relations.push(relation),
  );
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      id: 'synthetic',
      title: `Synthetic network, ${options.actors} actors, ${options.relations} relations`,
      description: `Seeded scale-free network (seed ${options.seed ?? 1723}) for benchmarks and tests; no real-world meaning.`,
      sources: [syntheticSource()],
      actors: actors.sort(byId),
      relations: relations.sort(byId),
    },
    sourceText: syntheticSourceText(),
  };
}

function syntheticSource(): Dataset['sources'][number] {
  return {
    id: SYNTHETIC_SOURCE_ID,
    title: 'Synthetic source',
    author: 'generator',
    publisher: 'actor-graph-explorer',
    published: '2026',
    path: 'sources/synthetic.txt',
  };
}
