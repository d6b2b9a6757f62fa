// Edit and Delete on an actor panel (editors, not while travelling): the stored version and its ETag start the form; a delete says what still names the actor.
import type { Actor } from '../../graph/model/schema.js';
import type { ActorSummary } from '../../graph/query/results.js';
import { ACTOR_KINDS } from '../../graph/model/vocabulary.js';
import { readForEdit, sendJson } from '../api/writes.js';
import type { AppContext } from '../app/context.js';
import { h } from '../panels/dom.js';
import { kindLabel } from '../render/palette.js';
import { afterWrite } from './edit-after-write.js';
import { openEditDialog } from './edit-dialog.js';
import { listField, readFields, selectField, textField, type EditField } from './edit-fields.js';
import { editorControls } from './edit-buttons.js';
import { editContext } from './edit-context.js';

const path = (id: string) => `/api/actors/${encodeURIComponent(id)}`;

/** The stored actor and its ETag: GET /api/actors/:id answers the actor's summary, whose `actor` is the record the ETag is of. */
async function readActor(id: string): Promise<{ stored: Actor; etag: string | null }> {
  const { data, etag } = await readForEdit<ActorSummary>(path(id));
  return { stored: data.actor, etag };
}

function actorFields(actor: Actor): EditField[] {
  return [
    textField('name', 'Name', actor.name, { required: true }),
    selectField(
      'kind',
      'Kind',
      ACTOR_KINDS.map((kind) => [kind, kindLabel(kind)] as const),
      actor.kind,
    ),
    listField('aliases', 'Also known as', actor.aliases),
    textField('description', 'Description', actor.description, { multiline: true }),
    textField('note', 'Note', actor.note, { multiline: true }),
  ];
}

/** Opens the edit form on the stored version of the actor. */
export async function editActor(context: AppContext, id: string, mine?: Record<string, unknown>): Promise<void> {
  const { stored, etag } = await readActor(id);
  const fields = actorFields(stored);
  openEditDialog({
    title: `Edit ${stored.name}`,
    fields,
    submit: 'Save',
    run: async () => {
      const { description: _d, note: _n, ...rest } = stored;
      const answer = await sendJson<{ revision: number }>(
        'PUT',
        path(id),
        { ...rest, ...readFields(fields) },
        { ifMatch: etag },
      );
      // A new name or alias is mentioned anywhere: every source's mentions are read again.
      await afterWrite(context, `Saved: revision ${answer.data.revision}.`, answer.data.revision, {
        type: 'actor',
        id,
        sources: [],
        allSources: true,
      });
    },
    restart: (typed) => void editActor(context, id, typed),
    ...(mine ? { mine } : {}),
  });
}

/** What still names an actor in the drawing: its relations and the actors whose country or part-of it is. */
export function dependents(context: Pick<AppContext, 'graph'>, id: string): { relations: number; actors: string[] } {
  const { graph } = context;
  const actors: string[] = [];
  graph.forEachNode((node, actor) => {
    if (actor.country === id || actor.partOf === id) actors.push(actor.name);
  });
  return { relations: graph.hasNode(id) ? graph.degree(id) : 0, actors };
}

/** Asks to confirm; an actor still named by relations or other actors cannot go (the server refuses it too), and the dialog says so. */
export async function deleteActor(context: AppContext, id: string): Promise<void> {
  const { stored, etag } = await readActor(id);
  const { relations, actors } = dependents(context, id);
  const blocked = relations > 0 || actors.length > 0;
  const dialog = openEditDialog({
    title: `Delete ${stored.name}?`,
    intro: blocked
      ? h(
          'p',
          { class: 'blocked' },
          `${stored.name} is still named by ${[
            relations ? `${relations} relation${relations === 1 ? '' : 's'}` : '',
            actors.length ? `${actors.length} actor${actors.length === 1 ? '' : 's'} (${actors.join(', ')})` : '',
          ]
            .filter(Boolean)
            .join(' and ')}. Delete or change those first: an actor cannot go while anything names it.`,
        )
      : h('p', {}, 'No relation names it. The deletion is logged in History, where an editor can revert it.'),
    submit: 'Delete the actor',
    danger: true,
    run: async () => {
      const answer = await sendJson<{ revision: number }>('DELETE', path(id), undefined, { ifMatch: etag });
      await afterWrite(context, `Deleted: revision ${answer.data.revision}.`, answer.data.revision, {
        type: 'actor',
        id,
        sources: [],
        allSources: true,
      });
    },
    restart: () => void deleteActor(context, id),
  });
  const submit = dialog.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit && blocked) submit.disabled = true;
}

/** Edit and Delete buttons for an actor panel; shown only to editors, never on a past revision. */
export function actorEditControls(actor: Pick<Actor, 'id'>): HTMLElement | null {
  const context = editContext();
  if (!context) return null;
  return editorControls([
    ['Edit', 'edit', () => editActor(context, actor.id)],
    ['Delete', 'delete', () => deleteActor(context, actor.id)],
  ]);
}
