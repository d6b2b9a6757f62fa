// HTML reduced to a source's plain text with the browser's own parser (DOMParser): scripts, styles and templates dropped, block elements as paragraph breaks.

/** Elements whose content is never text of the article. */
const DROPPED =
  'script, style, template, noscript, iframe, object, embed, svg, canvas, head, nav, form, button, select';

/** Elements that end a paragraph: their text is set apart by a blank line. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
]);

/** The article's text and title (`<title>`, else the first `<h1>`), from an HTML document. */
export function htmlToText(html: string): { text: string; title: string } {
  // DOMParser builds an inert document: no script runs, no image loads, nothing of it is ever put on the page.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = (doc.title || doc.querySelector('h1')?.textContent || '').replace(/\s+/g, ' ').trim();
  for (const element of doc.querySelectorAll(DROPPED)) element.remove();
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line
      .replace(/[ \t\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += pre ? (node.nodeValue ?? '') : (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      line += '\n';
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.childNodes) walk(child, pre || node.tagName === 'PRE');
    if (block) flush();
    else if (node.tagName === 'TD' || node.tagName === 'TH') line += ' ';
  };
  if (doc.body) walk(doc.body, false);
  flush();
  return { text: paragraphs.join('\n\n'), title };
}
