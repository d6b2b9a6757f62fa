// Mentions of known actors in a source text: every name or alias, accent- and case-insensitive, whole words only, the longest match winning.
import { Type, type Static } from 'typebox';
import { normaliseName, type ActorSearchTable } from '../query/search-actors.js';
import { ActorRef } from './results.js';

/** One mention: `text.slice(start, end)` names the actor(s) (several when they share that name or alias). */
export const Mention = Type.Object(
  {
    start: Type.Integer({ minimum: 0, description: 'character offset (UTF-16 code units) where the name begins' }),
    end: Type.Integer({ minimum: 0, description: 'offset just past the name' }),
    actors: Type.Array(ActorRef, { minItems: 1, description: 'the actors of that name; usually one' }),
  },
  { additionalProperties: false },
);
export type Mention = Static<typeof Mention>;

/** The names and aliases of every actor by their normalised words, built once per graph (see mentionIndex). */
export interface MentionIndex {
  /** normalised key ("united states") → the actors it names, and whether only its exact spelling counts. */
  keys: Map<string, { actors: ActorRef[]; exact: string | null }>;
  /** The most words any key has: how far ahead a match is looked for. */
  maxWords: number;
}

/**
 * Short all-capital aliases ("US", "EU", "IAI") match only as written: read case-insensitively, "us" and "eu"
 * would mark ordinary words all through an English text.
 */
const SHORT_CAPITALS = /^[A-Z]{1,3}$/;

/** The mention index of a search table (names and aliases; ids and external ids are not words of a text). */
export function mentionIndex(table: ActorSearchTable): MentionIndex {
  const keys: MentionIndex['keys'] = new Map();
  let maxWords = 1;
  for (const entry of table) {
    const name = entry.keys.find((key) => key.field === 'name')?.text ?? entry.id;
    const ref = { id: entry.id, name };
    for (const key of entry.keys) {
      if ((key.field !== 'name' && key.field !== 'alias') || key.key === '') continue;
      const exact = SHORT_CAPITALS.test(key.text) ? key.text : null;
      const slot = exact ? `${key.key}\u0000${exact}` : key.key;
      const found = keys.get(slot);
      if (!found) keys.set(slot, { actors: [ref], exact });
      else if (!found.actors.some((actor) => actor.id === ref.id)) found.actors.push(ref);
      maxWords = Math.max(maxWords, key.key.split(' ').length);
    }
  }
  return { keys, maxWords };
}

interface Word {
  key: string;
  raw: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets, each normalised as names are (a word may fold into several, "Ağdam-Füzuli"). */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const start = match.index;
    const raw = match[0];
    for (const key of normaliseName(raw).split(' ')) if (key) words.push({ key, raw, start, end: start + raw.length });
  }
  return words;
}

/** Every mention in `text`, in order, none overlapping: at each word the longest name starting there wins. */
export function findMentions(text: string, index: MentionIndex): Mention[] {
  const words = wordsOf(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length;) {
    let found: { length: number; actors: ActorRef[] } | null = null;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !found; n--) {
      const span = words.slice(i, i + n);
      const key = span.map((word) => word.key).join(' ');
      const raw = text.slice(span[0]!.start, span[n - 1]!.end);
      const hit = index.keys.get(key) ?? index.keys.get(`${key}\u0000${raw}`);
      if (hit && (hit.exact === null || hit.exact === raw)) found = { length: n, actors: hit.actors };
    }
    if (!found) {
      i++;
      continue;
    }
    const first = words[i]!;
    const last = words[i + found.length - 1]!;
    mentions.push({ start: first.start, end: last.end, actors: found.actors });
    i += found.length;
  }
  return mentions;
}
