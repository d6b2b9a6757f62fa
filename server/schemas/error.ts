// The JSON error body every failing request gets, as one schema shared by all routes' 4xx/5xx responses.
import { Type, type Static } from 'typebox';

/** `{ statusCode, code, error, message }`, plus the bad `field` and close-match `suggestions` where known. */
export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer({ examples: [404] }),
    code: Type.String({ description: 'stable machine-readable code', examples: ['NOT_FOUND'] }),
    error: Type.String({ description: 'HTTP status text', examples: ['Not Found'] }),
    message: Type.String({ examples: ['unknown actor "isreal" (did you mean "israel"?)'] }),
    field: Type.Optional(Type.String({ description: 'the request field that was wrong', examples: ['id'] })),
    suggestions: Type.Optional(Type.Array(Type.String(), { description: 'close matches for an unknown id' })),
  },
  { description: 'An error; never carries a stack trace.' },
);
export type ErrorResponse = Static<typeof ErrorResponse>;

/** The error responses a route can give, for its `response` schema. */
export const errorResponses = {
  400: ErrorResponse,
  404: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
} as const;

/** The 304 of a conditional GET (server/etag.ts), for the routes that send a strong ETag. */
export const notModifiedResponse = { 304: Type.Null({ description: 'unchanged since the ETag sent' }) };
