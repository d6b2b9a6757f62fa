// Escaping for the GEXF and GraphML writers: attribute values and element text that any XML parser reads back exactly.

/** Escapes text for an XML attribute value; line breaks and tabs as character references, so parsers keep them. */
export function xmlAttribute(value: string): string {
  return value.replace(/[&<>"\n\r\t]/g, (char) => ESCAPES[char]!);
}

/** Escapes text for element content; a carriage return as a reference, since parsers turn a literal one into `\n`. */
export function xmlText(value: string): string {
  return value.replace(/[&<>\r]/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
