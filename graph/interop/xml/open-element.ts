// The node or edge element a streamed GEXF or GraphML reader is inside: opened with its origin, handed to the builder on close.
import type { DatasetBuilder } from '../assemble-dataset.js';
import type { Origin } from '../import-issues.js';

/** A node or edge being read: which, where it is, and its values as the format keys them. */
export interface OpenElement {
  kind: 'node' | 'edge';
  origin: Origin;
  values: Record<string, unknown>;
}

/** A node or edge element's record and origin; an edge without an id gets one later from its position (rel-N). */
export function openElement(
  kind: 'node' | 'edge',
  attributes: Record<string, string>,
  line: number,
  file: string,
): OpenElement {
  const id = attributes.id || undefined;
  const values: Record<string, unknown> = {};
  if (id !== undefined) values.id = id;
  return { kind, origin: { file, line, element: id === undefined ? `${kind} without id` : `${kind} "${id}"` }, values };
}

/** Hands a closed element to the builder, its declared defaults under the values it carries. */
export function emitElement(
  element: OpenElement,
  defaults: Record<'node' | 'edge', Record<string, unknown>>,
  builder: DatasetBuilder,
): void {
  const values = { ...defaults[element.kind], ...element.values };
  if (element.kind === 'node') builder.addNode(values, element.origin);
  else builder.addEdge(values, element.origin);
}
