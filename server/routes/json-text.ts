// Sends an answer that a worker thread already serialised to JSON, or lets Fastify serialise an object as usual.
import type { FastifyReply } from 'fastify';

/** Replies with `result`: JSON text as it is (the route's response schema was applied by the same engine types in the worker), an object as usual. */
export function sendResult<T>(reply: FastifyReply, result: T | string): FastifyReply | T {
  // Fastify sends a string with a JSON content type as is; the typed reply would only accept the object shape.
  return typeof result === 'string' ? reply.type('application/json; charset=utf-8').send(result) : result;
}
