// The node and edge elements of a GEXF or GraphML document with their lines, checked for missing and repeated ids.
import { ImportIssue, type Origin } from '../import-issues.js';
import type { XmlDocument, XmlElement } from './xml-dom.js';

/** One `<node>` or `<edge>` element, its id (if it has one) and where it is. */
export interface LocatedElement {
  element: XmlElement;
  id: string | undefined;
  origin: Origin;
}

/** Every `tag` element in document order; ids must be unique, and nodes must have one. */
export function locateElements(document: XmlDocument, tag: 'node' | 'edge', file: string, issues: ImportIssue[]): LocatedElement[] {
  const list = document.getElementsByTagName(tag);
  const located: LocatedElement[] = [];
  const seen = new Map<string, number | undefined>();
  for (let i = 0; i < list.length; i++) {
    const element = list[i]!;
    const id = element.getAttribute('id') || undefined; // xmldom 0.8 gives '' for an absent attribute
    const origin: Origin = { file, element: id === undefined ? `${tag} #${i + 1}` : `${tag} "${id}"` };
    if (element.lineNumber !== undefined) origin.line = element.lineNumber;
    if (id === undefined && tag === 'node') issues.push(new ImportIssue(origin, 'id', 'a node needs an id', 'INVALID_VALUE'));
    if (id !== undefined && seen.has(id)) {
      const first = seen.get(id);
      issues.push(new ImportIssue(origin, 'id', `${tag} id "${id}" is used twice${first === undefined ? '' : ` (first at line ${first})`}`, 'DUPLICATE_ELEMENT'));
    }
    if (id !== undefined) seen.set(id, element.lineNumber);
    located.push({ element, id, origin });
  }
  return located;
}

/** The union of attribute names over a graph's elements, plus the given ones: the "columns" field mapping resolves against. */
export function attributeColumns(records: Iterable<Record<string, unknown>>, own: readonly string[]): string[] {
  const names = new Set<string>(own);
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}
