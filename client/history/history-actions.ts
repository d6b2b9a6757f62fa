// The actions history entries offer on this page (travel, revert), set once at mount so every panel's history tab shares them.
import type { ChangeActions } from './change-view.js';

let actions: ChangeActions = {};

/** Sets the actions every history list offers (called once the app is mounted; revert joins when the account may edit). */
export function setHistoryActions(next: ChangeActions): void {
  actions = next;
}

/** The actions history lists offer now. */
export function historyActions(): ChangeActions {
  return actions;
}
