// The snapshot after a committed write, made from the served one in time proportional to the write: the graph changed in place, the index from the previous one plus a delta, search tables row by row when actors change.
import { applyToGraph, type RecordChanges } from '../../graph/relation-index/graph-change.js';
import { buildRelationIndex } from '../../graph/relation-index/relation-index.js';
import { updateRelationIndex } from '../../graph/relation-index/update-index.js';
import { updateCloseMatches } from '../../graph/query/close-matches.js';
import { actorSearchTable, updateActorSearch } from '../../graph/query/search-actors.js';
import { nextSearchPatch, SEARCH_PATCH_LIMIT, shareSearchPatch } from '../../graph/query/search-table-patch.js';
import { shareSearchTable } from '../../graph/query/shared-search-table.js';
import type { Actor, Relation } from '../../graph/model/schema.js';
import type { Snapshot } from '../dataset-store.js';
import { applyInMemory } from './apply-in-memory.js';
import type { Intent } from './intents.js';
import { snapshotRevision, storedHash, type StoreLoaded } from './store-loader.js';

/** The graph-level changes of a write's intents (sources live in the graph's attributes and the texts map). */
function recordChanges(intents: readonly Intent[]): RecordChanges {
  const changes: RecordChanges = { actors: { put: [], drop: [] }, relations: { put: [], drop: [] } };
  const actors = changes.actors as { put: Actor[]; drop: string[] };
  const relations = changes.relations as { put: Relation[]; drop: string[] };
  for (const intent of intents) {
    if (intent.type === 'actor') {
      if (intent.op === 'delete') actors.drop.push(intent.id);
      else actors.put.push(intent.record);
    } else if (intent.type === 'relation') {
      if (intent.op === 'delete') relations.drop.push(intent.id);
      else relations.put.push(intent.record);
    }
  }
  return changes;
}

/**
 * The snapshot at `revision` from `served` (at `revision - 1`) and the write's `intents`, or undefined when `served`
 * is at another revision (the caller reads the store instead).
 *
 * The graphology graph is changed in place, because copying it costs as much as building it (seconds at 1M
 * relations). That is safe because this runs synchronously, from the first change to the caller's swap: no request
 * runs in between (JS is single-threaded). Requests that took the previous snapshot and wait at an await (a path,
 * neighbourhood or search query in an index worker) resume with their own index, dataset arrays and records, which
 * are never changed (what changes gets new arrays); only a lookup by id in `previous.graph` afterwards sees the write
 * (materialising an actor search's hits), and the store only deletes actors no relation names.
 */
export function followWrite(
  served: Snapshot<StoreLoaded>,
  intents: readonly Intent[],
  revision: number,
): Snapshot<StoreLoaded> | undefined {
  if (snapshotRevision(served) !== revision - 1) return undefined;
  const { loaded, graph } = served;
  const stored = applyInMemory(served, [...intents], revision, loaded.createdAt);
  const changes = recordChanges(intents);
  const delta = applyToGraph(graph, changes); // throws before changing anything if the write does not fit the graph
  if (stored.dataset.sources !== loaded.dataset.sources) graph.setAttribute('sources', stored.dataset.sources);
  // In place, on a grown or compacted copy when the buffer is full, deleted actors kept as empty node ints
  // (update-index.ts); afresh only from a snapshot that is not the newest on its buffer, which the revision check
  // above rules out.
  let index;
  try {
    index = updateRelationIndex(served.index, graph, delta) ?? buildRelationIndex(graph);
  } catch {
    // The graph has changed already: an index built from it is right, only slower (a bug in the update must not
    // leave the served graph and index apart).
    index = buildRelationIndex(graph);
  }
  let { searchTable, searchPatch } = served;
  const actorIds = [...changes.actors.put.map((actor) => actor.id), ...changes.actors.drop];
  if (actorIds.length > 0) {
    // The search tables follow the write row by row (rebuilding them took seconds at 100k actors). The workers'
    // shared table is not rewritten (a published snapshot reads it): the changed rows go beside it, cumulatively,
    // until there are enough of them to encode the table afresh.
    const put = updateActorSearch(graph, actorIds);
    updateCloseMatches(graph, actorIds);
    const rows = nextSearchPatch(searchPatch?.rows, actorIds, put);
    if (rows.drop.length > SEARCH_PATCH_LIMIT) {
      searchTable = shareSearchTable(actorSearchTable(graph));
      searchPatch = undefined;
    } else searchPatch = { rows, shared: shareSearchPatch(rows) };
  }
  const hash = storedHash(loaded.dataset.id, revision, loaded.createdAt);
  return {
    loaded: { ...loaded, dataset: stored.dataset, texts: stored.texts, revision, hash },
    graph,
    index,
    searchTable,
    ...(searchPatch ? { searchPatch } : {}),
    hash,
    loadedAt: new Date().toISOString(),
    memo: new Map(),
  };
}
