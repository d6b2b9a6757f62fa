// The typed arrays of a relation index by name, for tests that compare two indexes array by array.

/** Every typed array of RelationIndexCore except the buffer they share. */
export const INDEX_ARRAYS = [
  'slotStart',
  'slotEnd',
  'neighbour',
  'slotRelation',
  'slotDirection',
  'relationSource',
  'relationTarget',
  'kind',
  'valence',
  'strength',
  'confidence',
  'activeFrom',
  'activeTo',
  'dated',
  'retiredAt',
] as const;
