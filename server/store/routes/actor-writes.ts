// POST /api/actors, PUT and DELETE /api/actors/:id: write one actor (If-Match on changes, Idempotency-Key on creates).
import { Actor } from '../../../graph/model/schema.js';
import { plainIntent, recordWriteRoutes } from './record-writes.js';

const actorWrites = recordWriteRoutes({
  type: 'actor',
  body: Actor,
  bodyLimit: 256 * 1024,
  id: { example: 'israel', description: 'actor id' },
  create: {
    summary: 'Create an actor',
    description:
      'Checked as the loader checks a dataset file; `Idempotency-Key` makes a retry safe. Authorization: Bearer token.',
  },
  replace: { summary: 'Replace an actor (If-Match: its ETag)' },
  remove: { summary: 'Delete an actor no relation or actor names (If-Match: its ETag)' },
  intent: plainIntent('actor'),
});

export default actorWrites;
