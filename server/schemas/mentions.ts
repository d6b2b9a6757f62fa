// The shapes of a source's mentions and candidate sentences (GET /api/sources/:id/mentions, /candidates) and of a dismissal.
import { Type, type Static } from 'typebox';
import { Id } from '../../graph/model/schema.js';
import { Mention } from '../../graph/sources/mentions.js';
import { ActorRef } from '../../graph/sources/results.js';

/** GET /api/sources/:id/mentions: every mention in order, and each actor mentioned with how often. */
export const SourceMentions = Type.Object(
  {
    source: Id,
    mentions: Type.Array(Mention),
    actors: Type.Array(Type.Object({ ...ActorRef.properties, count: Type.Integer({ minimum: 1 }) })),
  },
  { additionalProperties: false },
);
export type SourceMentions = Static<typeof SourceMentions>;

/** A sentence that names two or more actors and that no evidence quote touches yet. */
export const Candidate = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 0 }),
    text: Type.String({ description: 'text.slice(start, end)' }),
    actors: Type.Array(ActorRef, { minItems: 2, description: 'the actors it mentions, in order of first mention' }),
  },
  { additionalProperties: false },
);
export type Candidate = Static<typeof Candidate>;

/** GET /api/sources/:id/candidates: the coverage figures and the sentences still to model (dismissed ones left out). */
export const SourceCandidates = Type.Object(
  {
    source: Id,
    sentences: Type.Integer({ minimum: 0 }),
    cited: Type.Integer({ minimum: 0 }),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'cited / sentences' }),
    dismissed: Type.Integer({ minimum: 0, description: 'candidate sentences dismissed (left out of the list)' }),
    candidates: Type.Array(Candidate),
  },
  { additionalProperties: false },
);
export type SourceCandidates = Static<typeof SourceCandidates>;

/** POST /api/sources/:id/dismissals: the sentence dismissed (its offsets and text, which must match the source) and why. */
export const DismissalBody = Type.Object(
  {
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 }),
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'why it states no tie, for the team' })),
  },
  { additionalProperties: false },
);
export type DismissalBody = Static<typeof DismissalBody>;

/** A recorded dismissal: the sentence, why, who and when. */
export const Dismissal = Type.Object(
  {
    start: Type.Integer(),
    end: Type.Integer(),
    text: Type.String(),
    reason: Type.Union([Type.String(), Type.Null()]),
    who: Type.String(),
    at: Type.String({ description: 'ISO 8601' }),
  },
  { additionalProperties: false },
);
export type Dismissal = Static<typeof Dismissal>;

/** GET /api/sources/:id/dismissals. */
export const DismissalList = Type.Object(
  { source: Id, dismissals: Type.Array(Dismissal) },
  { additionalProperties: false },
);
export type DismissalList = Static<typeof DismissalList>;

/** POST /api/sources/:id/dismissals/undo: the dismissed sentence to offer again (its text, as dismissed), and why. */
export const DismissalUndoBody = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20_000 }),
    reason: Type.Optional(Type.String({ maxLength: 1000, description: 'why the sentence is a candidate again' })),
  },
  { additionalProperties: false },
);
export type DismissalUndoBody = Static<typeof DismissalUndoBody>;

/** The actions the dismissal log records. */
export const DISMISSAL_ACTIONS = ['dismiss', 'undo'] as const;

/** One entry of a source's dismissal log: a dismissal or its undo, with who, when and why. */
export const DismissalLogEntry = Type.Object(
  { action: Type.Enum(DISMISSAL_ACTIONS), ...Dismissal.properties },
  { additionalProperties: false },
);
export type DismissalLogEntry = Static<typeof DismissalLogEntry>;

/** GET /api/sources/:id/dismissal-log: newest first. */
export const DismissalLog = Type.Object(
  { source: Id, entries: Type.Array(DismissalLogEntry) },
  { additionalProperties: false },
);
export type DismissalLog = Static<typeof DismissalLog>;
