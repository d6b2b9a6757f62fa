// Mentions of actors in the reader: a run of text cut where mentions begin and end, and the marked-up pieces (focusable outside quoted passages).
import type { Mention } from '../../graph/sources/mentions.js';
import { h } from '../panels/dom.js';

/** A piece [start, end) of a run, inside mention `mention` (its index) or in none (-1). */
export interface MentionPiece {
  start: number;
  end: number;
  mention: number;
}

/** Cuts [start, end) at the mentions (sorted, not overlapping) that meet it; a run no mention meets is one piece. */
export function splitByMentions(start: number, end: number, mentions: readonly Mention[]): MentionPiece[] {
  const pieces: MentionPiece[] = [];
  let at = start;
  // Binary search for the first mention ending after `start`: runs are rendered in order, but each call stands alone.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (mentions[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < mentions.length && mentions[i]!.start < end; i++) {
    const from = Math.max(mentions[i]!.start, start);
    const to = Math.min(mentions[i]!.end, end);
    if (from > at) pieces.push({ start: at, end: from, mention: -1 });
    pieces.push({ start: from, end: to, mention: i });
    at = to;
  }
  if (at < end) pieces.push({ start: at, end, mention: -1 });
  return pieces;
}

/** The hover card of a mention: the actor(s) it names, with their kind where the drawing knows it. */
export function mentionCard(mention: Mention, kindOf: (id: string) => string | undefined): HTMLElement {
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'tooltip-actors' },
      h('span', { class: 'muted' }, 'Mentions: '),
      mention.actors.map((actor, i) => {
        const kind = kindOf(actor.id);
        return [i ? ' or ' : '', h('strong', {}, actor.name), kind ? ` (${kind})` : ''];
      }),
    ),
  );
}

/** The words a mention is announced with: "Israel" or "Georgia or Georgia (US state)". */
export function mentionLabel(mention: Mention): string {
  return mention.actors.map((actor) => actor.name).join(' or ');
}

/**
 * The nodes of a run: its text with each mention in a `span.mention`. Inside a quoted passage (itself a button)
 * mentions are not focusable, since nesting controls breaks keyboard and screen-reader use; elsewhere they are.
 */
export function mentionNodes(
  pieces: readonly MentionPiece[],
  mentions: readonly Mention[],
  slice: (start: number, end: number) => string,
  focusable: boolean,
): Array<Node | string> {
  const nodes: Array<Node | string> = [];
  for (const piece of pieces) {
    const content = slice(piece.start, piece.end);
    if (!content) continue;
    if (piece.mention < 0) {
      nodes.push(content);
      continue;
    }
    const mention = mentions[piece.mention]!;
    nodes.push(
      h(
        'span',
        {
          class: 'mention',
          'data-mention': piece.mention,
          'data-actors': mention.actors.map((actor) => actor.id).join(' '),
          tabindex: focusable ? 0 : null,
        },
        content,
      ),
    );
  }
  return nodes;
}
