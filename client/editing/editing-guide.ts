// The editors' part of the side panel's guide: the three steps from an article to ties, with "Add a source" one click away (a new analyst found no starting point after signing in).
import { h } from '../panels/dom.js';
import { editingActions } from './editing-actions.js';

/** The steps, shown only to editors (by `body[data-can-edit]` in CSS, so the guide needs no session listener). */
export function editingGuide(): HTMLElement {
  return h(
    'section',
    { class: 'guide-editing', 'aria-labelledby': 'guide-editing-title' },
    h('h3', { id: 'guide-editing-title' }, 'Turn an article into ties'),
    h(
      'ol',
      {},
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', id: 'guide-add-source', onclick: () => editingActions()?.addSource() },
          'Paste an article…',
        ),
        ' (Add a source: the text, or a file; it opens in the reader.)',
      ),
      h(
        'li',
        {},
        'In the reader, ',
        h('strong', {}, 'Candidates'),
        ' lists each sentence naming two known actors: ',
        h('strong', {}, 'Create relation'),
        ' opens the form on it. Or select any passage, then ',
        h('strong', {}, 'New relation'),
        '.',
      ),
      h(
        'li',
        {},
        'A name the graph lacks: select it, then ',
        h('strong', {}, 'New actor'),
        '; its sentence then becomes a candidate.',
      ),
      h(
        'li',
        {},
        'The form proposes the actors, a kind and a date from the passage: check them and press Enter to save.',
      ),
    ),
  );
}
