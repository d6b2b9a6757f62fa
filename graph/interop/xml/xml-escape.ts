// Strict XML parsing for the GEXF and GraphML readers: @xmldom/xmldom with line locations, any parser complaint refused.
import { createRequire } from 'node:module';
import { ImportError, ImportIssue } from '../import-issues.js';

/**
 * The few DOM members the readers use, declared here on purpose: @xmldom/xmldom 0.8's typings pull in lib.dom
 * (`/// <reference lib="dom" />`), which graph/ must not see (test/graph/boundary.test.ts), so it is loaded untyped.
 */
export interface XmlElement {
  readonly tagName: string;
  readonly lineNumber?: number;
  readonly columnNumber?: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlElement & { nodeType: number }>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** A parsed document (an xmldom Document, which graphology-gexf and graphology-graphml accept as input). */
export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

interface XmlDomModule {
  DOMParser: new (options: { locator: object; errorHandler: (level: string, message: string) => void }) => {
    parseFromString(text: string, type: string): XmlDocument;
  };
}

// The same copy graphology-gexf and graphology-graphml require, so their `instanceof Document` check accepts our documents.
const xmldom = createRequire(import.meta.url)('@xmldom/xmldom') as XmlDomModule;

/**
 * Parses XML text; xmldom recovers from many errors (an unclosed tag is only a warning), so every warning, error
 * and fatal error is a refusal here, with its line and column. Throws ImportError naming `file` and the line.
 */
export function parseXml(text: string, file: string, root: string): XmlDocument {
  const issues: ImportIssue[] = [];
  const report = (level: string, message: string): void => {
    const where = /@#\[line:(\d+),col:(\d+|undefined)\]/.exec(message);
    const reason = message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[line:.*$/s, '').replace(/^element parse error: Error: /, '');
    const line = where && Number(where[1]) > 0 ? Number(where[1]) : undefined;
    issues.push(new ImportIssue({ file, ...(line ? { line } : {}) }, '', `broken XML (${level}): ${reason}`, 'MALFORMED_FILE'));
  };
  let document: XmlDocument | undefined;
  try {
    document = new xmldom.DOMParser({ locator: {}, errorHandler: report }).parseFromString(text, 'application/xml');
  } catch (error) {
    report('fatal', (error as Error).message);
  }
  // After the first real error xmldom reports a cascade of follow-on ones (hundreds for one stray quote): keep the first few.
  if (issues.length > 0) throw new ImportError(issues.slice(0, 3));
  const top = document?.documentElement;
  if (!document || !top) throw new ImportError([new ImportIssue({ file, line: 1 }, '', 'not XML: no root element', 'MALFORMED_FILE')]);
  if (top.tagName !== root) {
    throw new ImportError([new ImportIssue({ file, line: top.lineNumber ?? 1 }, '', `the root element is <${top.tagName}>, expected <${root}>`, 'MALFORMED_FILE')]);
  }
  return document;
}

/** Escapes text for an XML attribute value; line breaks and tabs as character references, so parsers keep them. */
export function xmlAttribute(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (char) => ESCAPES[char]!);
}

/** Escapes text for element content; a carriage return as a reference, since parsers turn a literal one into `\n`. */
export function xmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
