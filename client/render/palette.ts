// Colours: actor kinds from Paul Tol's muted scheme, valences from Okabe–Ito; both readable with common colour-vision deficiencies.
import type { ActorKind, KindGroup, Valence } from '../../graph/model/vocabulary.js';

/** Node colour per actor kind (Tol "muted"), shown in the legend. */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = {
  state: '#332288',
  firm: '#117733',
  territory: '#999933',
  'government-body': '#88CCEE',
  organisation: '#44AA99',
  infrastructure: '#DDCC77',
  arrangement: '#AA4499',
  person: '#882255',
  group: '#CC6677',
};

/** Edge colour per valence (Okabe–Ito): blue and vermillion stay apart for red–green colour blindness. */
export const VALENCE_COLORS: Readonly<Record<Valence, string>> = {
  cooperative: '#0072B2',
  hostile: '#D55E00',
  mixed: '#E69F00',
  neutral: '#8C8C8C',
};

/** Colour of structural ties (based in, part of) when they are shown. */
export const STRUCTURAL_COLOR = '#B8B8B8';

/** What dimmed items fade to while something else is highlighted. */
export const DIM_NODE_COLOR = '#D9D9DE';
export const DIM_EDGE_COLOR = '#EDEDF0';

/** Colour of an edge from its valence and its kind's group. */
export function edgeColor(valence: Valence, group: KindGroup): string {
  return group === 'structural' ? STRUCTURAL_COLOR : VALENCE_COLORS[valence];
}

/** A colour faded halfway to the page's background (#f7f7f4): undated ties when a date is chosen. */
export function fadedColor(hex: string): string {
  const channel = (i: number, bg: number) =>
    Math.round((parseInt(hex.slice(i, i + 2), 16) + bg) / 2)
      .toString(16)
      .padStart(2, '0');
  return /^#[0-9a-f]{6}$/i.test(hex) ? `#${channel(1, 0xf7)}${channel(3, 0xf7)}${channel(5, 0xf4)}` : hex;
}

/** Human label of an actor kind ("government-body" → "Government body"). */
export function kindLabel(kind: string): string {
  const text = kind.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
