// The server's layout starts and settings are the client's (client/render/seed.ts, layout.ts, display-graph.ts): checked value by value.
import t from 'tap';
import { hashString as clientHash, seededPosition as clientSeed } from '../../../client/render/seed.js';
import { iterationBudget as clientBudget, LAYOUT_SETTINGS as CLIENT_SETTINGS } from '../../../client/render/layout.js';
import { hashString, seededPosition, seedRadius } from '../../../server/layout/seed.js';
import { iterationBudget, LAYOUT_SETTINGS } from '../../../server/layout/compute-layout.js';

t.test('seededPosition of odd ids (empty, unicode, long) is finite and within its disc', async (t) => {
  for (const id of ['', 'é', '\u0000', 'x'.repeat(500)]) {
    const { x, y } = seededPosition(id, 50);
    t.ok(Number.isFinite(x) && Number.isFinite(y) && Math.hypot(x, y) <= 50, JSON.stringify(id.slice(0, 10)));
  }
  t.equal(seedRadius(0), 10, 'an empty graph still has a disc');
});

t.test('seeds and hashes equal the client ones', async (t) => {
  for (const id of ['israel', 'azerbaijan', 'actor-000017', 'Türkiye', '']) {
    t.equal(hashString(id), clientHash(id), `hash ${id}`);
    t.same(seededPosition(id, seedRadius(100_000)), clientSeed(id, seedRadius(100_000)), `seed ${id}`);
  }
});

t.test('FA2 settings and iteration budget equal the client ones', async (t) => {
  t.same(LAYOUT_SETTINGS, CLIENT_SETTINGS);
  for (const order of [1, 500, 5000, 100_000]) t.equal(iterationBudget(order), clientBudget(order), `budget at ${order}`);
});
