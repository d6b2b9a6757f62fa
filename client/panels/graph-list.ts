// The graph as a list (the canvas's text alternative): an ARIA tree of drawn actors and their partners; arrows move, the camera follows.
import type { AppContext } from '../app/context.js';
import { kindLabel } from '../render/palette.js';
import { focusActor, hoverActor, openTie } from '../state/transitions.js';
import type { ExplorerState } from '../state/types.js';
import { h } from './dom.js';
import { listDrawnActors, type ListedActor } from './graph-list-model.js';

/** The list view: its toggle, its tree, and the function that follows the state. */
export interface GraphList {
  /** Opens the list and puts the keyboard on its current item (the skip link and the `l` shortcut do this). */
  enter(): void;
  sync(state: ExplorerState): void;
}

interface Row {
  actor: ListedActor;
  partner?: ListedActor['partners'][number];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Mounts the list view into `root` (a region over the canvas). */
export function mountGraphList(root: HTMLElement, context: AppContext): GraphList {
  const { store, renderer } = context;
  const tree = h('ul', {
    id: 'graph-tree',
    role: 'tree',
    class: 'graph-tree',
    'aria-label': 'Drawn actors; arrows move, Right opens partners, Enter opens',
  });
  const toggle = h(
    'button',
    { type: 'button', class: 'graph-list-toggle', 'aria-expanded': 'false', 'aria-controls': 'graph-tree' },
    'List view',
  );
  const box = h(
    'div',
    { class: 'graph-list-box', hidden: true },
    h('p', { class: 'muted small' }, '↑↓ actors · → partners · ← back · Enter opens · type a letter to jump'),
    tree,
  );
  root.replaceChildren(toggle, box);
  let actors: ListedActor[] = [];
  const expanded = new Set<string>();
  let active: { actor: string; partner?: string } | null = null;
  let stale = true;

  const rows = (): Row[] =>
    actors.flatMap((actor) => [
      { actor },
      ...(expanded.has(actor.id) ? actor.partners.map((partner) => ({ actor, partner })) : []),
    ]);
  const rowKey = (row: Row) => (row.partner ? `${row.actor.id}>${row.partner.id}` : row.actor.id);
  const activeKey = () => (active ? (active.partner ? `${active.actor}>${active.partner}` : active.actor) : '');

  const render = () => {
    const all = rows();
    if (!all.some((row) => rowKey(row) === activeKey())) active = all[0] ? { actor: all[0].actor.id } : null;
    const items = all.map((row) => {
      const key = rowKey(row);
      const current = key === activeKey();
      const props = {
        role: 'treeitem',
        tabindex: current ? 0 : -1,
        'data-key': key,
        'aria-selected': current ? 'true' : 'false',
      };
      if (row.partner) {
        return h(
          'li',
          { ...props, class: 'tree-partner', 'aria-level': 2 },
          `${row.partner.name} — ${plural(row.partner.ties, 'tie')}`,
        );
      }
      const { actor } = row;
      const open = expanded.has(actor.id);
      return h(
        'li',
        { ...props, class: 'tree-actor', 'aria-level': 1, 'aria-expanded': String(open) },
        `${actor.name} · ${kindLabel(actor.kind)} · ${plural(actor.ties, 'tie')} with ${plural(actor.partners.length, 'partner')}`,
      );
    });
    tree.replaceChildren(...items);
    if (items.length === 0)
      tree.append(
        h(
          'li',
          { role: 'treeitem', 'aria-level': 1, tabindex: 0, class: 'muted' },
          'No actor is drawn under these filters.',
        ),
      );
  };
  const rebuild = () => {
    actors = listDrawnActors(context.graph, renderer.view());
    stale = false;
    render();
  };
  const focusActive = () => (tree.querySelector<HTMLElement>('[tabindex="0"]') ?? tree).focus();

  /** Moves the keyboard to a row; the camera follows and the canvas lights the actor's partners. */
  const moveTo = (row: Row | undefined) => {
    if (!row) return;
    active = row.partner ? { actor: row.actor.id, partner: row.partner.id } : { actor: row.actor.id };
    render();
    focusActive();
    const target = row.partner?.id ?? row.actor.id;
    store.dispatch((s) => hoverActor(s, row.actor.id));
    renderer.centreOn(target);
  };

  tree.addEventListener('keydown', (event) => {
    const all = rows();
    const at = all.findIndex((row) => rowKey(row) === activeKey());
    const row = all[at];
    if (!row) return;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        moveTo(all[at + 1]);
        break;
      case 'ArrowUp':
        moveTo(all[at - 1]);
        break;
      case 'Home':
        moveTo(all[0]);
        break;
      case 'End':
        moveTo(all[all.length - 1]);
        break;
      case 'ArrowRight':
        if (row.partner) break;
        if (!expanded.has(row.actor.id)) {
          expanded.add(row.actor.id);
          render();
          focusActive();
        } else moveTo(rows()[at + 1]);
        break;
      case 'ArrowLeft':
        if (row.partner) moveTo({ actor: row.actor });
        else if (expanded.delete(row.actor.id)) {
          render();
          focusActive();
        }
        break;
      case 'Enter':
      case ' ':
        if (row.partner) store.dispatch((s) => openTie(s, row.actor.id, row.partner!.id));
        else store.dispatch((s) => focusActor(s, row.actor.id));
        break;
      default:
        handled = jumpTo(event.key, all, at);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  });
  /** Type-ahead: a letter moves to the next actor whose name starts with it. */
  const jumpTo = (key: string, all: Row[], at: number): boolean => {
    if (key.length !== 1 || !/\p{L}|\p{N}/u.test(key)) return false;
    const letter = key.toLocaleLowerCase();
    const order = [...all.slice(at + 1), ...all.slice(0, at + 1)];
    moveTo(order.find((row) => !row.partner && row.actor.name.toLocaleLowerCase().startsWith(letter)));
    return true;
  };
  tree.addEventListener('click', (event) => {
    const key = (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
    const row = key ? rows().find((r) => rowKey(r) === key) : undefined;
    if (row) moveTo(row);
  });
  tree.addEventListener('focusout', (event) => {
    if (!tree.contains(event.relatedTarget as Node | null)) store.dispatch((s) => hoverActor(s, null));
  });

  const setOpen = (open: boolean) => {
    box.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    root.classList.toggle('open', open);
    if (open && stale) rebuild();
  };
  toggle.addEventListener('click', () => setOpen(box.hidden));
  return {
    enter() {
      setOpen(true);
      focusActive();
    },
    sync() {
      stale = true;
      if (box.hidden) return;
      const hadFocus = tree.contains(document.activeElement);
      rebuild();
      if (hadFocus) focusActive(); // the rebuilt items replace the focused one
    },
  };
}
