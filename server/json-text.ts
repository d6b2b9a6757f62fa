// One typed answer for JSON that is already text: made once by JSON.stringify, typed by the shape it encodes.
import type { FastifyReply } from 'fastify';

/**
 * A `T` serialised once with JSON.stringify. Large answers (worker results, graph views, overviews) are kept and sent
 * as text: the schema serialiser took 2–3× as long as JSON.stringify for them, on the one thread every request shares.
 * The route's response schema still documents `T`; tests check answers against it.
 */
export class JsonText<T> {
  /** Only for the type: what the text encodes. */
  declare readonly shape?: T;

  private constructor(readonly text: string) {}

  /** `value` as JSON text. */
  static of<T>(value: T): JsonText<T> {
    return new JsonText<T>(JSON.stringify(value));
  }

  /** Text known to be the JSON of a `T` (from a memo of JsonText.of). */
  static trusted<T>(text: string): JsonText<T> {
    return new JsonText<T>(text);
  }
}

/** Sends JSON text as it is. */
export function sendJson<T>(reply: FastifyReply, answer: JsonText<T>): FastifyReply {
  // Fastify sends a string with a JSON content type as is, past the response schema's serialiser.
  return reply.type('application/json; charset=utf-8').send(answer.text);
}
