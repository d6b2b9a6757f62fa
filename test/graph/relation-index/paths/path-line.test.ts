// Tests for graph/relation-index/paths/path-line.ts: a chain's line shows hostile steps in its sign and structural links as such.
import t from 'tap';
import { hostileSteps, pathLine } from '../../../../graph/relation-index/paths/path-line.js';
import { relation } from '../../query/fixture.js';
import type { Actor } from '../../../../graph/model/schema.js';
import type { RelationKind } from '../../../../graph/model/vocabulary.js';

const actor = (id: string, name: string): Actor => ({ id, name, kind: 'state', aliases: [] });
const chain = (names: string[], kinds: RelationKind[], structural: boolean[]) => ({
  actors: names.map((name, i) => actor(`a${i}`, name)),
  relations: kinds.map((kind, i) => relation(`a${i}`, kind, `a${i + 1}`)),
  steps: kinds.map((_, i) => ({
    from: `a${i}`,
    to: `a${i + 1}`,
    relation: `r${i}`,
    traversal: 'forward' as const,
    weight: 0.5,
    structural: structural[i]!,
  })),
});

t.test('hostile steps carry their kind in round brackets, structural ones in square brackets', async (t) => {
  const path = chain(
    ['Israel', 'Iran', 'Azerbaijan', 'Baku airport'],
    ['rivalry', 'pressure', 'located-in'],
    [false, false, true],
  );
  t.equal(pathLine(path), 'Israel → (rivalry) Iran → (pressure) Azerbaijan → [located in] Baku airport');
  t.equal(hostileSteps(path), 2);
  const friendly = chain(['United States', 'Triangle'], ['sponsorship'], [false]);
  t.equal(pathLine(friendly), 'United States → Triangle');
  t.equal(hostileSteps(friendly), 0);
});
