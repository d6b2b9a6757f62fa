// The reader's selection tools (editors only): a selected passage becomes "New relation" (quote exact, offsets kept, actors from its mentions) or "New actor" (the selected name).
import type { Mention } from '../../graph/sources/mentions.js';
import { showWhenCanEdit } from '../editing/edit-controls.js';
import { editingActions } from '../editing/editing-actions.js';
import { h } from '../panels/dom.js';
import type { TextRange } from '../state/reader-state.js';
import { selectionIn, shownToStored } from './selection-offsets.js';

/** What the tools need of the open source: its id, stored text and mentions (null while none is loaded). */
export type OpenSource = () => { id: string; text: string; mentions: readonly Mention[] } | null;

/** The actors mentioned inside [start, end), in order of mention. */
export function mentionedIn(mentions: readonly Mention[], range: TextRange) {
  return mentions.filter((m) => m.start >= range[0] && m.end <= range[1]).flatMap((m) => m.actors);
}

/** The sentence (or the several) holding `range`: from the end of the previous sentence to the end of the last one. */
export function sentenceAround(text: string, range: TextRange): TextRange {
  const before = Math.max(...['. ', '! ', '? ', '\n'].map((mark) => text.lastIndexOf(mark, range[0] - 1)));
  const after = /[.!?](?=\s|$)|\n/g;
  after.lastIndex = range[1];
  const end = after.exec(text);
  return [before < 0 ? 0 : before + 1, end ? end.index + 1 : text.length];
}

/** Builds the tools for the document `doc`; they follow the selection inside it. */
export function mountSelectionTools(doc: HTMLElement, open: OpenSource): HTMLElement {
  const relation = h('button', { type: 'button', id: 'selection-relation', disabled: true }, 'New relation');
  const actor = h('button', { type: 'button', id: 'selection-actor' }, 'New actor');
  const hint = h('span', { class: 'muted small' }, 'Select a passage to turn it into a relation or an actor.');
  const tools = h(
    'div',
    { class: 'selection-tools', role: 'group', 'aria-label': 'From the selection' },
    relation,
    actor,
    hint,
  );
  showWhenCanEdit(tools);
  let map: { id: string; text: string; shown: Int32Array } | null = null;
  let chosen: { id: string; range: TextRange } | null = null;
  // The document shows the text from its first visible character, with markup dropped: map shown offsets back.
  const shownMap = (id: string, text: string) => {
    if (!map || map.id !== id || map.text !== text)
      map = { id, text, shown: shownToStored(text, text.length - text.trimStart().length) };
    return map.shown;
  };
  // The button and the line say what is chosen in the source shown now; a passage used (or of another source) is not.
  const show = (sourceId: string | null) => {
    const current = chosen !== null && chosen.id === sourceId ? chosen : null;
    // "New actor" needs no selection (the name can be typed), so the keyboard alone can make one.
    relation.disabled = current === null;
    hint.textContent = current
      ? `Selected: ${current.range[1] - current.range[0]} characters.`
      : 'Select a passage to turn it into a relation or an actor.';
  };
  /** The chosen passage went into a form: forget it, so "Selected: N characters." does not outlive it. */
  const used = () => {
    chosen = null;
    document.getSelection()?.removeAllRanges();
    show(null);
  };
  document.addEventListener('selectionchange', () => {
    const source = open();
    if (!source || !doc.isConnected) return;
    const range = selectionIn(doc, source.text, shownMap(source.id, source.text));
    // A click on the tools may collapse the selection; the last passage chosen in the document is kept until then.
    if (range) chosen = { id: source.id, range };
    else if (doc.contains(document.getSelection()?.anchorNode ?? null)) chosen = null;
    show(source.id);
  });
  relation.addEventListener('click', () => {
    const source = open();
    if (!source || !chosen || chosen.id !== source.id) return;
    const [start, end] = chosen.range;
    editingActions()?.newRelation({
      source: source.id,
      quote: source.text.slice(start, end),
      start,
      mentioned: mentionedIn(source.mentions, chosen.range),
    });
    used();
  });
  actor.addEventListener('click', () => {
    const source = open();
    if (!source) return;
    if (!chosen || chosen.id !== source.id) return void editingActions()?.newActor('');
    const near = mentionedIn(source.mentions, sentenceAround(source.text, chosen.range)).map((a) => a.id);
    editingActions()?.newActor(source.text.slice(...chosen.range), [...new Set(near)]);
    used();
  });
  return tools;
}
