// The editing actions other views call (the reader's selection, the candidate list): registered once the editing dialogs are mounted.
import type { RelationDraft } from './relation-form.js';

/** What the reader and the candidates may ask the editing layer to open. */
export interface EditingActions {
  newRelation(draft: RelationDraft): void;
  /** `near`: the actors mentioned with the name (the new actor is drawn among them). */
  newActor(name: string, near?: readonly string[]): void;
  /** Opens "Add a source" (the guide's first step). */
  addSource(): void;
}

let actions: EditingActions | null = null;

/** Registers the actions (mountEditing does, once). */
export function provideEditingActions(given: EditingActions): void {
  actions = given;
}

/** The actions, or null before the explorer has mounted its editing layer. */
export function editingActions(): EditingActions | null {
  return actions;
}
