// Wires the editing controls into the mounted explorer: "Add a source…", "New relation" and "New actor" (editors only); each write updates the drawing and tells the views.
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import { relationKindSpec } from '../../graph/model/vocabulary.js';
import type { AppContext } from '../app/context.js';
import { byId } from '../panels/dom.js';
import { frameOn } from '../render/camera-moves.js';
import { newActorPlace } from './actor-place.js';
import { focusPassage, openReader } from '../state/reader-state.js';
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

/** Draws a new actor among the actors mentioned with it (`near`), else at the centre of the view, and frames them. */
export function drawActor(context: AppContext, actor: Actor, near: readonly string[] = []): void {
  const { graph, renderer } = context;
  if (graph.hasNode(actor.id)) return;
  const { sigma } = renderer;
  const box = sigma.getContainer().getBoundingClientRect();
  const centre = sigma.viewportToGraph({ x: box.width / 2, y: box.height / 2 });
  graph.addNode(actor.id, { ...actor, ...newActorPlace(graph, actor.id, near, centre) });
  renderer.graphChanged();
  frameOn(sigma, [actor.id, ...near.filter((id) => graph.hasNode(id))]);
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
    // The reader lights what was just made on the canvas (the tie and its two ends), as a click on a quote does.
    context.store.dispatch((s) => focusPassage(s, null, [relation.id], [relation.source, relation.target]));
    announceWrite({
      type: 'relation',
      id: relation.id,
      sources: relation.evidence.map((evidence) => evidence.source),
      revision: null,
    });
  });
  const newActor = mountActorDialog((actor, near) => {
    drawActor(context, actor, near);
    // An actor without ties is not drawn unless lit: light it with the actors mentioned beside it.
    context.store.dispatch((s) => focusPassage(s, null, [], [actor.id, ...near]));
    announceWrite({ type: 'actor', id: actor.id, sources: [], allSources: true, revision: null });
  });
  provideEditingActions({ newRelation, newActor, addSource: openAddSource });
  const addSource = byId('open-add-source');
  showWhenCanEdit(addSource);
  addSource.addEventListener('click', openAddSource);
}
