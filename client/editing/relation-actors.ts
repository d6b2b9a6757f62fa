// The relation form's source and target: a select of the passage's mentions and the drawn actors, and a finder over every actor (the search API), so large datasets are not limited to what is on screen.
import type { Actor } from '../../graph/model/schema.js';
import type { ActorRef } from '../../graph/sources/results.js';
import type { AppContext } from '../app/context.js';
import { actorPicker } from '../panels/actor-picker.js';
import { h, replaceChildren } from '../panels/dom.js';

/** One end of the relation: its select (the value sent), the finder beside it, and how to fill it for a passage. */
export interface ActorChoice {
  select: HTMLSelectElement;
  finder: HTMLElement;
  /** Lists the mentioned actors first, then the drawn ones (plus any found), and selects `chosen`. */
  fill(mentioned: readonly ActorRef[], chosen: string | null): void;
  /** Adds `actor` (if missing) and selects it, as the finder does. */
  choose(actor: Pick<Actor, 'id' | 'name'>): void;
}

const option = (value: string, label: string) => h('option', { value }, label);

/** Builds one end; `side` names its ids (`relation-source`, `relation-source-find`). */
export function actorChoice(context: AppContext, side: 'source' | 'target', onChange: () => void): ActorChoice {
  const select = h('select', {});
  const found = new Map<string, string>();
  const status = h('span', { class: 'visually-hidden', 'aria-live': 'polite' });
  const picker = actorPicker({
    label: `Find any ${side} actor`,
    name: `relation-${side}-find`,
    placeholder: 'Find any actor by name or alias…',
    hideLabel: true,
    onPick: (actor) => {
      choose(actor);
      status.textContent = `${actor.name} chosen as the ${side} actor.`;
      picker.set(null);
    },
  });
  picker.input.id = `relation-${side}-find`;
  picker.input.setAttribute('aria-label', `Find any ${side} actor`);
  // Escape in an open suggestion list closes the list, not the whole dialog.
  picker.element.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && picker.input.getAttribute('aria-expanded') === 'true') event.preventDefault();
    },
    { capture: true },
  );
  const name = (id: string) =>
    context.graph.hasNode(id) ? (context.graph.getNodeAttribute(id, 'name') as string) : (found.get(id) ?? id);
  let mentionedNow: readonly ActorRef[] = [];

  const fill = (mentioned: readonly ActorRef[], chosen: string | null) => {
    mentionedNow = mentioned;
    const mentionedIds = new Set(mentioned.map((actor) => actor.id));
    const drawn = context.graph
      .mapNodes((node: string) => node)
      .filter((node: string) => !mentionedIds.has(node))
      .sort((a: string, b: string) => name(a).localeCompare(name(b)));
    const extra = [...found.keys()].filter((id) => !mentionedIds.has(id) && !context.graph.hasNode(id));
    replaceChildren(
      select,
      option('', 'Choose an actor'),
      mentioned.length
        ? h(
            'optgroup',
            { label: 'Mentioned in the passage' },
            [...new Map(mentioned.map((a) => [a.id, a])).values()].map((a) => option(a.id, a.name)),
          )
        : null,
      extra.length
        ? h(
            'optgroup',
            { label: 'Found' },
            extra.map((id) => option(id, name(id))),
          )
        : null,
      h(
        'optgroup',
        // In large mode only part of the dataset is drawn: the finder reaches the rest.
        { label: context.large ? 'Drawn on the canvas (find others above)' : 'Every actor' },
        drawn.map((node: string) => option(node, name(node))),
      ),
    );
    select.value = chosen ?? '';
  };
  const choose = (actor: Pick<Actor, 'id' | 'name'>) => {
    if (![...select.options].some((o) => o.value === actor.id)) {
      found.set(actor.id, actor.name);
      fill(mentionedNow, actor.id);
    }
    select.value = actor.id;
    onChange();
  };
  select.addEventListener('change', onChange);
  return { select, finder: h('div', { class: 'relation-finder' }, picker.element, status), fill, choose };
}

/** Swaps the two ends; each side's select may hold actors found only on that side, so each is chosen in the other. */
export function swapChoices(source: ActorChoice, target: ActorChoice): void {
  const ends = [source.select, target.select].map((select) => ({
    id: select.value,
    name: select.selectedOptions[0]?.text ?? select.value,
  }));
  for (const [choice, end] of [
    [source, ends[1]!],
    [target, ends[0]!],
  ] as const)
    if (end.id) choice.choose(end);
    else choice.select.value = '';
}
