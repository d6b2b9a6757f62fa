// graphology's own serialisation (`graph.export()`) of the actor graph, written in chunks; `Graph.from` reads it back.
import type { Dataset } from '../../model/schema.js';
import { RELATION_KINDS } from '../../model/vocabulary.js';

const BATCH = 2_000;

/**
 * The JSON `buildActorGraph(dataset).export()` gives, plus the schema version and description among the graph's
 * attributes, streamed so a large export is never one string: node and edge attributes are the actor and relation
 * records themselves (nested lists and all).
 */
export function* graphologyChunks(dataset: Dataset): Generator<string> {
  const attributes: Record<string, unknown> = {
    id: dataset.id,
    title: dataset.title,
    sources: dataset.sources,
    schemaVersion: dataset.schemaVersion,
  };
  if (dataset.description !== undefined) attributes.description = dataset.description;
  yield `{"options":{"type":"mixed","multi":true,"allowSelfLoops":false},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  for (let at = 0; at < dataset.actors.length; at += BATCH) {
    const nodes = dataset.actors
      .slice(at, at + BATCH)
      .map((actor) => JSON.stringify({ key: actor.id, attributes: actor }));
    yield `${at > 0 ? ',' : ''}${nodes.join(',')}`;
  }
  yield '],"edges":[';
  for (let at = 0; at < dataset.relations.length; at += BATCH) {
    const edges = dataset.relations.slice(at, at + BATCH).map((relation) => {
      const edge: Record<string, unknown> = {
        key: relation.id,
        source: relation.source,
        target: relation.target,
        attributes: relation,
      };
      if (!RELATION_KINDS[relation.kind].directed) edge.undirected = true;
      return JSON.stringify(edge);
    });
    yield `${at > 0 ? ',' : ''}${edges.join(',')}`;
  }
  yield ']}\n';
}
