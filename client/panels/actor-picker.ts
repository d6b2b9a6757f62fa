// A labelled text field with suggestions over actor names and aliases (GET /api/actors?q=), keyboard-usable (ARIA combobox).
import type { Actor } from '../../graph/model/schema.js';
import type { ActorHit } from '../../graph/query/search-actors.js';
import { searchActors } from '../api/endpoints.js';
import { describeError } from '../api/http.js';
import { kindLabel } from '../render/palette.js';
import { h, uid } from './dom.js';

/** Options of an actor picker. */
export interface ActorPickerOptions {
  label: string;
  name: string;
  placeholder?: string;
  /** Shows the label to screen readers only. */
  hideLabel?: boolean;
  onPick?: (actor: Actor) => void;
}

/** A picker: its element, and the chosen actor id (null until one is chosen). */
export interface ActorPicker {
  element: HTMLElement;
  input: HTMLInputElement;
  value(): string | null;
  set(id: string | null, name?: string): void;
}

/** Creates an actor picker. */
export function actorPicker(options: ActorPickerOptions): ActorPicker {
  const inputId = uid(options.name);
  const listId = `${inputId}-list`;
  const input = h('input', {
    id: inputId,
    name: options.name,
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: options.placeholder ?? 'Name or alias',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  let chosen: string | null = null;
  let items: ActorHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const pick = (actor: Actor) => {
    chosen = actor.id;
    input.value = actor.name;
    close();
    options.onPick?.(actor);
  };
  const show = (message?: string) => {
    list.replaceChildren();
    if (message) list.append(h('li', { class: 'suggestion-note', role: 'option', 'aria-disabled': 'true' }, message));
    items.forEach(({ actor, match }, i) => {
      const alias = match?.field === 'alias' ? match.text : undefined;
      list.append(
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            class: i === active ? 'active' : null,
            'aria-selected': i === active ? 'true' : 'false',
            'data-id': actor.id,
            onmousedown: (event: Event) => (event.preventDefault(), pick(actor)),
          },
          h('span', { class: 'suggestion-name' }, actor.name),
          h(
            'span',
            { class: 'muted' },
            ` ${kindLabel(actor.kind)}${alias && alias !== actor.name ? ` · “${alias}”` : ''}`,
          ),
        ),
      );
    });
    list.hidden = items.length === 0 && !message;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };
  const search = () => {
    const q = input.value.trim();
    pending?.abort();
    if (!q) {
      items = [];
      close();
      return;
    }
    pending = new AbortController();
    const signal = pending.signal;
    searchActors(q, 8, signal).then(
      (found) => {
        if (signal.aborted) return;
        items = found;
        active = found.length ? 0 : -1;
        show(found.length ? undefined : `No actor matches “${q}”`);
      },
      (error: unknown) => {
        if (signal.aborted) return;
        items = [];
        show(`Search failed: ${describeError(error)}`);
      },
    );
  };
  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      show();
    } else if (event.key === 'Enter') {
      const hit = items[active] ?? items[0];
      if (hit && !list.hidden) {
        event.preventDefault();
        pick(hit.actor);
      }
    } else if (event.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  const label = h(
    'label',
    { for: inputId, class: options.hideLabel ? 'visually-hidden' : 'field-label' },
    options.label,
  );
  return {
    element: h('div', { class: 'picker' }, label, input, list),
    input,
    value: () => chosen,
    set(id, name) {
      chosen = id;
      input.value = id ? (name ?? id) : '';
    },
  };
}
