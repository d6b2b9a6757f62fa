// Wires the editing controls into the mounted explorer: "Add a source…", "New relation" and "New actor" (editors only); each write updates the drawing and tells the views.
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import { relationKindSpec } from '../../graph/model/vocabulary.js';
import { seededPosition, seedRadius } from '../../graph/layout/layout-rules.js';
import type { AppContext } from '../app/context.js';
import { byId } from '../panels/dom.js';
import { openReader } from '../state/reader-state.js';
import { mountActorDialog } from './actor-dialog.js';
import { mountAddSourceDialog } from './add-source-dialog.js';
import { showWhenCanEdit } from './edit-controls.js';
import { provideEditingActions } from './editing-actions.js';
import { mountRelationDialog } from './relation-dialog.js';
import { announceWrite } from './write-events.js';

/** Draws a saved relation at once (the server already serves it; its ends must be drawn, as they are outside large mode). */
export function drawRelation(context: AppContext, relation: Relation): void {
  const { graph } = context;
  if (graph.hasEdge(relation.id) || !graph.hasNode(relation.source) || !graph.hasNode(relation.target)) return;
  if (relationKindSpec(relation.kind).directed)
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, relation);
  context.renderer.graphChanged();
}

/** Draws a new actor at its seeded place (the layout does not run again: it would move everything the analyst knows). */
export function drawActor(context: AppContext, actor: Actor): void {
  const { graph } = context;
  if (graph.hasNode(actor.id)) return;
  graph.addNode(actor.id, { ...actor, ...seededPosition(actor.id, seedRadius(graph.order + 1)) });
  context.renderer.graphChanged();
}

/** Mounts the editing controls; they show only while canEdit(). */
export function mountEditing(context: AppContext): void {
  const openAddSource = mountAddSourceDialog((source: Source) => {
    // The page's source list was read at start; a source added since is added to it, so citations name it.
    (context.sources as Map<string, Source>).set(source.id, source);
    announceWrite({ type: 'source', id: source.id, sources: [source.id], revision: null });
    context.store.dispatch((s) => openReader(s, source.id));
  });
  const newRelation = mountRelationDialog(context, (relation) => {
    drawRelation(context, relation);
    announceWrite({
      type: 'relation',
      id: relation.id,
      sources: relation.evidence.map((evidence) => evidence.source),
      revision: null,
    });
  });
  const newActor = mountActorDialog((actor) => {
    drawActor(context, actor);
    announceWrite({ type: 'actor', id: actor.id, sources: [], allSources: true, revision: null });
  });
  provideEditingActions({ newRelation, newActor });
  const addSource = byId('open-add-source');
  showWhenCanEdit(addSource);
  addSource.addEventListener('click', openAddSource);
}
