// CAMEO event codes (strings: "036", "0874", "190") to the model's relation kinds and valences, and to CAMEO's quad classes.
import type { RelationKind, Valence } from '../../model/vocabulary.js';

/** CAMEO's four quad classes (GDELT's QuadClass 1–4), by root code 01–05, 06–09, 10–14, 15–20. */
export const QUAD_CLASSES = [
  'verbal cooperation',
  'material cooperation',
  'verbal conflict',
  'material conflict',
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/** What a CAMEO code becomes. */
export interface CameoMapping {
  kind: RelationKind;
  valence: Valence;
  quadClass: QuadClass;
  /** CAMEO's name of the root code. */
  root: string;
}

/** Root codes: CAMEO's name, the kind and valence (documented in graph/interop/README.md). */
const ROOTS: Record<string, [name: string, kind: RelationKind, valence: Valence]> = {
  '01': ['make public statement', 'statement', 'neutral'],
  '02': ['appeal', 'statement', 'cooperative'],
  '03': ['express intent to cooperate', 'statement', 'cooperative'],
  '04': ['consult', 'diplomatic-relations', 'cooperative'],
  '05': ['engage in diplomatic cooperation', 'diplomatic-relations', 'cooperative'],
  '06': ['engage in material cooperation', 'economic-ties', 'cooperative'],
  '07': ['provide aid', 'material-support', 'cooperative'],
  '08': ['yield', 'concession', 'cooperative'],
  '09': ['investigate', 'reports-on', 'neutral'],
  '10': ['demand', 'pressure', 'hostile'],
  '11': ['disapprove', 'accusation', 'hostile'],
  '12': ['reject', 'tension', 'hostile'],
  '13': ['threaten', 'pressure', 'hostile'],
  '14': ['protest', 'diplomatic-protest', 'hostile'],
  '15': ['exhibit force posture', 'pressure', 'hostile'],
  '16': ['reduce relations', 'tension', 'hostile'],
  '17': ['coerce', 'pressure', 'hostile'],
  '18': ['assault', 'military-attack', 'hostile'],
  '19': ['fight', 'armed-conflict', 'hostile'],
  '20': ['use unconventional mass violence', 'military-attack', 'hostile'],
};

/** Codes below the root that the vocabulary names more precisely (the longest matching prefix wins). */
const SUBCODES: Record<string, RelationKind> = {
  '057': 'strategic-partnership', // sign formal agreement
  '061': 'economic-ties', // cooperate economically
  '062': 'military-cooperation', // cooperate militarily
  '064': 'intelligence-cooperation', // share intelligence or information
  '071': 'economic-ties', // provide economic aid
  '072': 'security-assistance', // provide military aid
  '074': 'security-assistance', // provide military protection or peacekeeping
  '163': 'sanction', // impose embargo, boycott, or sanctions
  '1711': 'pressure', // confiscate property
  '1721': 'pressure', // impose curfew
};

/** The mapping of a CAMEO code, or undefined if it is not one (codes are strings: "036" is not 36). */
export function cameoMapping(code: string): CameoMapping | undefined {
  const text = code.trim();
  if (!/^\d{2,4}$/.test(text)) return undefined;
  const root = ROOTS[text.slice(0, 2)];
  if (!root) return undefined;
  const rootNumber = Number(text.slice(0, 2));
  const quadClass = QUAD_CLASSES[rootNumber <= 5 ? 0 : rootNumber <= 9 ? 1 : rootNumber <= 14 ? 2 : 3];
  const prefix = [text.slice(0, 4), text.slice(0, 3)].find(
    (candidate) => candidate.length > 2 && SUBCODES[candidate] !== undefined,
  );
  return { kind: prefix ? SUBCODES[prefix]! : root[1], valence: root[2], quadClass, root: root[0] };
}
