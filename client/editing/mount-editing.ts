// Wires the editing controls into the mounted explorer: "Add a source…" (editors only) opens its dialog, a new source opens in the reader.
import type { Source } from '../../graph/model/schema.js';
import type { AppContext } from '../app/context.js';
import { byId } from '../panels/dom.js';
import { openReader } from '../state/reader-state.js';
import { mountAddSourceDialog } from './add-source-dialog.js';
import { showWhenCanEdit } from './edit-controls.js';

/** Mounts the editing controls; they show only while canEdit(). */
export function mountEditing(context: AppContext): void {
  const openAddSource = mountAddSourceDialog((source) => {
    // The page's source list was read at start; a source added since is added to it, so citations name it.
    (context.sources as Map<string, Source>).set(source.id, source);
    context.store.dispatch((s) => openReader(s, source.id));
  });
  const addSource = byId('open-add-source');
  showWhenCanEdit(addSource);
  addSource.addEventListener('click', openAddSource);
}
