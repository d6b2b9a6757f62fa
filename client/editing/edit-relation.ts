// Edit and Delete on a relation card (editors, not while travelling): the form starts from the stored version and its ETag, so a stale save gets the 412 explanation.
import type { Relation } from '../../graph/model/schema.js';
import { RELATION_KINDS, STANCES, STRENGTH_BASES, VALENCES } from '../../graph/model/vocabulary.js';
import { readForEdit, sendJson } from '../api/writes.js';
import type { AppContext } from '../app/context.js';
import { actorName } from '../app/context.js';
import { h } from '../panels/dom.js';
import { openEditDialog } from './edit-dialog.js';
import { readFields, selectField, textField, unitField, type EditField } from './edit-fields.js';
import { afterWrite } from './edit-after-write.js';
import { editorControls } from './edit-buttons.js';
import { editContext } from './edit-context.js';

const path = (id: string) => `/api/relations/${encodeURIComponent(id)}`;
const pairs = (values: readonly string[]) => values.map((value) => [value, value] as const);

/** "Friendly relations: Türkiye → Azerbaijan", the way the confirmations name a relation. */
export function relationTitle(context: Pick<AppContext, 'graph'>, relation: Relation): string {
  const spec = RELATION_KINDS[relation.kind];
  return `${spec.label}: ${actorName(context, relation.source)} ${spec.directed ? '→' : '—'} ${actorName(context, relation.target)}`;
}

/** The fields an edit changes; the kind, the two actors and the quotes stay (a new reading of the text is a new relation). */
function relationFields(relation: Relation): EditField[] {
  return [
    selectField('valence', 'Valence', pairs(VALENCES), relation.valence),
    unitField('strength', 'Strength (0–1)', relation.strength),
    selectField('strengthBasis', 'Strength basis', pairs(STRENGTH_BASES), relation.strengthBasis),
    textField('strengthNote', 'Why this strength', relation.strengthNote, { required: true }),
    unitField('confidence', 'Confidence (0–1)', relation.confidence),
    selectField('stance', 'Stance', pairs(STANCES), relation.stance),
    textField('note', 'Note', relation.note, { multiline: true }),
  ];
}

/** Opens the edit form on the stored version of `id`. */
export async function editRelation(context: AppContext, id: string, mine?: Record<string, unknown>): Promise<void> {
  const { data: stored, etag } = await readForEdit<Relation>(path(id));
  const fields = relationFields(stored);
  openEditDialog({
    title: `Edit ${relationTitle(context, stored)}`,
    intro: h(
      'p',
      { class: 'small muted' },
      'The kind, the two actors and the quotes stay as they are: to read the passage differently, create a new relation from it and delete this one.',
    ),
    fields,
    submit: 'Save',
    run: async () => {
      const { note: _note, ...rest } = stored;
      const body = { ...rest, ...readFields(fields) };
      const answer = await sendJson<{ revision: number }>('PUT', path(id), body, { ifMatch: etag });
      await afterWrite(context, `Saved: revision ${answer.data.revision}.`, answer.data.revision, {
        type: 'relation',
        id,
        sources: stored.evidence.map((evidence) => evidence.source),
      });
    },
    restart: (typed) => void editRelation(context, id, typed),
    ...(mine ? { mine } : {}),
  });
}

/** Asks to confirm, saying what goes with the relation, then deletes it. */
export async function deleteRelation(context: AppContext, id: string): Promise<void> {
  const { data: stored, etag } = await readForEdit<Relation>(path(id));
  const quotes = stored.evidence.length;
  openEditDialog({
    title: 'Delete this relation?',
    intro: h(
      'div',
      {},
      h('p', {}, h('strong', {}, relationTitle(context, stored))),
      h(
        'p',
        {},
        `Its ${quotes === 1 ? 'quote goes' : `${quotes} quotes go`} with it; the sources and both actors stay. `,
        'The deletion is logged in History, where an editor can revert it.',
      ),
    ),
    submit: 'Delete the relation',
    danger: true,
    run: async () => {
      const answer = await sendJson<{ revision: number }>('DELETE', path(id), undefined, { ifMatch: etag });
      await afterWrite(context, `Deleted: revision ${answer.data.revision}.`, answer.data.revision, {
        type: 'relation',
        id,
        sources: stored.evidence.map((evidence) => evidence.source),
      });
    },
    restart: () => void deleteRelation(context, id),
  });
}

/** Edit and Delete buttons for a relation card; shown only to editors, never on a past revision. */
export function relationEditControls(relation: Pick<Relation, 'id'>): HTMLElement | null {
  const context = editContext();
  if (!context) return null;
  return editorControls([
    ['Edit', 'edit', () => editRelation(context, relation.id)],
    ['Delete', 'delete', () => deleteRelation(context, relation.id)],
  ]);
}
