// One typed function per write route the explorer calls (create a source, an actor, a relation); all go through sendJson.
import type { Actor, Relation, Source } from '../../graph/model/schema.js';
import type { WriteResponse } from '../../server/store/write-request.js';
import { sendJson, type WriteAnswer } from './writes.js';

/** POST /api/sources: a source's metadata and full text. */
export function createSource(
  source: Source,
  text: string,
  idempotencyKey: string,
): Promise<WriteAnswer<WriteResponse>> {
  return sendJson<WriteResponse>('POST', '/api/sources', { ...source, text }, { idempotencyKey });
}

/** POST /api/actors: a new actor. */
export function createActor(actor: Actor, idempotencyKey: string): Promise<WriteAnswer<WriteResponse>> {
  return sendJson<WriteResponse>('POST', '/api/actors', actor, { idempotencyKey });
}

/** POST /api/relations: a new relation with its evidence. */
export function createRelation(relation: Relation, idempotencyKey: string): Promise<WriteAnswer<WriteResponse>> {
  return sendJson<WriteResponse>('POST', '/api/relations', relation, { idempotencyKey });
}
