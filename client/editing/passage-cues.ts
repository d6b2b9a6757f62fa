// What a passage says that the relation form can start from: a kind suggested by its words and the date it gives, so a new analyst checks values instead of hunting through fifty kinds.
import type { RelationKind } from '../../graph/model/vocabulary.js';

/**
 * Words that point to a kind, most specific first. Hand-written on purpose: a handful of English cues, each
 * shown to the analyst as the reason ("suggested by 'drones'"), is enough to start the form and is always checked
 * by a person; an NLP library would add megabytes to the page for the same guess.
 */
const KIND_CUES: ReadonlyArray<{ kind: RelationKind; all: readonly RegExp[] }> = [
  {
    kind: 'arms-transfer',
    all: [
      /\b(?:arms|weapons?|drones?|UAVs?|missiles?|fighters?|jets?|tanks?|munitions|rifles?|artillery|howitzers?)\b/i,
      /\b(?:s[eo]ld|sells?|deliver\w*|suppl\w+|bought|buys?|purchas\w+|export\w*|import\w*|transfer\w*)\b/i,
    ],
  },
  {
    kind: 'energy-supply',
    all: [
      /\b(?:oil|crude|gas|LNG|petroleum|electricity)\b/i,
      /\b(?:s[eo]ld|sells?|deliver\w*|suppl\w+|bought|buys?|purchas\w+|export\w*|import\w*)\b/i,
    ],
  },
  { kind: 'military-training', all: [/\btrain(?:ed|s|ing|ers?)?\b/i] },
  { kind: 'intelligence-cooperation', all: [/\bintelligence\b/i] },
  { kind: 'invasion', all: [/\binva(?:ded|des|de|sion)\b/i] },
  { kind: 'military-attack', all: [/\b(?:attack\w*|struck|strikes?|bomb\w*|shell(?:ed|ing))\b/i] },
  { kind: 'armed-conflict', all: [/\b(?:war|wars|fought|fight\w*|clash\w*)\b/i] },
  { kind: 'sanction', all: [/\bsanction\w*/i] },
  { kind: 'accusation', all: [/\baccus\w+/i] },
  { kind: 'diplomatic-protest', all: [/\bprotest\w*/i] },
  { kind: 'rivalry', all: [/\brival\w*/i] },
  { kind: 'tension', all: [/\btensions?\b/i] },
  { kind: 'threat-perception', all: [/\b(?:threat\w*|wary|fears?)\b/i] },
  { kind: 'strategic-partnership', all: [/\bstrategic\b/i, /\bpartner\w*/i] },
  { kind: 'economic-ties', all: [/\b(?:trade|traders?|invest\w*|econom\w+)\b/i] },
  { kind: 'diplomatic-relations', all: [/\b(?:talks|diplomatic|embass\w+|ambassadors?|summit|met|visit\w*)\b/i] },
  { kind: 'friendly-relations', all: [/\b(?:supports?|supported|friend\w*|ally|allies|allied)\b/i] },
];

/** The kind the passage's words point to and the words that did (null: no cue; the form keeps its default). */
export function suggestKind(passage: string): { kind: RelationKind; because: string } | null {
  for (const { kind, all } of KIND_CUES) {
    const found = all.map((cue) => cue.exec(passage)?.[0]);
    if (found.every(Boolean)) return { kind, because: found.join(', ') };
  }
  return null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * The one date a passage gives ("in March 2021" → 2021-03, "in 2022" → 2022), and whether it starts something
 * ("since 2015", "began … in 2022" → `start`) or dates an event (`point`). Two different dates: null, the analyst
 * decides.
 */
export function passageDate(passage: string): { value: string; part: 'start' | 'point' } | null {
  const dates = new Set<string>();
  const pattern = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?((?:1[89]|20)\\d\\d)\\b`, 'gi');
  for (const match of passage.matchAll(pattern)) {
    const month = match[1] ? MONTHS.indexOf(match[1].toLowerCase() as (typeof MONTHS)[number]) + 1 : 0;
    dates.add(month ? `${match[2]}-${String(month).padStart(2, '0')}` : match[2]!);
  }
  // "March 2021" and "2021" in one passage are one date: keep the precise one.
  const list = [...dates].filter((date) => ![...dates].some((other) => other !== date && other.startsWith(date)));
  if (list.length !== 1) return null;
  const starts = /\b(?:since|began|begun|begins|started|starts|from|launched|established)\b/i.test(passage);
  return { value: list[0]!, part: starts ? 'start' : 'point' };
}

/** What the form says it took from the passage ("Kind suggested by “drones, delivered”. On 2021-03, from the passage. Check them."). */
export function cueText(cue: ReturnType<typeof suggestKind>, when: ReturnType<typeof passageDate>): string {
  return [
    cue ? `Kind suggested by “${cue.because}”.` : '',
    when ? `${when.part === 'start' ? 'From' : 'On'} ${when.value}, from the passage.` : '',
    cue || when ? 'Check them.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
