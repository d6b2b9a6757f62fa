// After a write: the drawing follows the server (actors and relations added, changed or gone), the open panels ask again, and a notice says what was saved.
import { fetchGraph } from '../api/endpoints.js';
import type { AppContext } from '../app/context.js';
import { mergeParts } from '../large/merge-subgraph.js';
import { h } from '../panels/dom.js';
import { noteRevision } from '../history/record-info.js';
import { getSession } from '../state/session.js';
import { IDLE_RESULTS } from '../state/types.js';
import { announceWrite, type WriteEvent } from './write-events.js';

/**
 * Brings the drawn graph in line with the server's: drops what is gone, replaces changed attributes (positions kept),
 * merges what is new next to its partners. Large mode draws part of the dataset and asks the server on every change, so it is left to that.
 */
export async function syncDrawing(context: AppContext): Promise<void> {
  if (context.large) return;
  const served = await fetchGraph();
  const { graph } = context;
  const nodes = new Map(served.nodes.map((node) => [node.key, node]));
  const edges = new Map(served.edges.map((edge) => [edge.key, edge]));
  for (const edge of graph.edges()) {
    const next = edges.get(edge);
    if (!next?.attributes || next.source !== graph.source(edge) || next.target !== graph.target(edge))
      graph.dropEdge(edge);
    else graph.replaceEdgeAttributes(edge, next.attributes);
  }
  for (const node of graph.nodes()) {
    const next = nodes.get(node);
    if (!next?.attributes) graph.dropNode(node);
    else {
      const { x, y } = graph.getNodeAttributes(node);
      graph.replaceNodeAttributes(node, { ...next.attributes, x, y });
    }
  }
  mergeParts(graph, served);
  const sources = context.sources as Map<string, (typeof served.attributes.sources)[number]>;
  sources.clear();
  for (const source of served.attributes.sources) sources.set(source.id, source);
  context.renderer.graphChanged();
}

let notice: HTMLElement | undefined;

/** Says what a write did in a polite live region over the canvas, for a few seconds. */
export function showWriteNotice(message: string): void {
  if (!notice?.isConnected) {
    notice = h('p', { id: 'write-notice', class: 'write-notice', role: 'status', 'aria-live': 'polite' });
    (document.querySelector('.stage') ?? document.body).append(notice);
  }
  const shown = notice;
  shown.textContent = message;
  shown.hidden = false;
  window.setTimeout(() => {
    if (shown.textContent === message) shown.hidden = true;
  }, 6_000);
}

/**
 * What every successful edit, delete and revert does next; `revision` is the one the write made (the new head).
 * `touched` tells the views what changed (the reader marks a renamed actor's mentions again); without it every
 * source is read again (a revert may touch anything).
 */
export async function afterWrite(
  context: AppContext,
  message: string,
  revision: number,
  touched: Pick<WriteEvent, 'type' | 'id' | 'sources' | 'allSources'> = {
    type: 'source',
    id: '',
    sources: [],
    allSources: true,
  },
): Promise<void> {
  await syncDrawing(context);
  announceWrite({ ...touched, revision });
  context.store.dispatch((state) => ({ ...state, results: IDLE_RESULTS }));
  noteRevision(revision, getSession().account ?? 'you');
  showWriteNotice(message);
}
