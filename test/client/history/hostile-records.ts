// Hostile records for the safety tests: markup, script and `javascript:` strings in every field a person types, and a 1 MB source text.
/** Every string that would run if a view parsed it as HTML or followed it as a link: each sets `window.__xss` to say where it came from. */
export const HOSTILE = {
  img: (where: string) => `<img src=x onerror="window.__xss='${where}'">`,
  script: (where: string) => `<script>window.__xss='${where}'</script>`,
  url: (where: string) => `javascript:window.__xss='${where}'`,
};

const QUOTE = `${HOSTILE.img('quote')} backs ${HOSTILE.script('quote')}`;

/** About 1 MB of text with the hostile strings at the start, in the middle and at the end. */
function megabyte(): string {
  const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
  const filler = line.repeat(Math.ceil(500_000 / line.length));
  return `Intro: ${QUOTE}. Evilcorp said so. See ${HOSTILE.url('text')} here.\n${filler}\n${HOSTILE.img('middle')}\n${filler}\n${HOSTILE.script('end')}`;
}

/** A source whose metadata and text are hostile. */
export const EVIL_SOURCE = {
  id: 'evil-source',
  title: HOSTILE.img('source-title'),
  author: HOSTILE.script('source-author'),
  publisher: HOSTILE.url('source-publisher'),
  published: '2020',
  series: HOSTILE.img('source-series'),
  text: megabyte(),
};

/** An actor whose name, aliases and description are hostile. */
export const EVIL_ACTOR = {
  id: 'evil-actor',
  name: HOSTILE.img('actor-name'),
  kind: 'firm',
  aliases: ['Evilcorp', HOSTILE.script('actor-alias'), HOSTILE.url('actor-alias')],
  description: HOSTILE.url('actor-description'),
  note: HOSTILE.img('actor-note'),
};

/** A relation from the hostile actor to Türkiye, quoting the hostile text, with a hostile strength note and a long note. */
export const EVIL_RELATION = {
  id: 'evil-backs-turkey',
  kind: 'friendly-relations',
  source: 'evil-actor',
  target: 'turkey',
  valence: 'cooperative',
  strength: 0.5,
  strengthBasis: 'rubric',
  strengthNote: HOSTILE.img('strength-note'),
  confidence: 0.7,
  stance: 'asserted',
  evidence: [{ source: 'evil-source', quote: QUOTE, attributedTo: HOSTILE.script('attributed') }],
  note: `${HOSTILE.url('relation-note')} ${'long note '.repeat(20_000)}`,
};
