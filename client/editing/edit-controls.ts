// Edit controls appear only for those who may edit: one place asks canEdit() and shows or hides every control marked with it.
import { canEdit, getSession, subscribeSession } from '../state/session.js';

/** Shows `element` only while the session may edit the dataset (hidden, so it is out of the tab order and the accessibility tree too). */
export function showWhenCanEdit(element: HTMLElement): () => void {
  element.hidden = !canEdit(getSession());
  return subscribeSession((session) => (element.hidden = !canEdit(session)));
}

/** Marks the page (`body[data-can-edit]`) so styles and tests can tell; called once at start. */
export function trackCanEdit(): void {
  const mark = () => (document.body.dataset.canEdit = String(canEdit(getSession())));
  mark();
  subscribeSession(mark);
}
