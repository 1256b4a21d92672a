/**
 * Every number that decides what the engine says, in one frozen object.
 * Change them only together with the golden set (`test/golden/`), which shows
 * what each change does; `docs/how-answers-are-chosen.md` explains them.
 */
export const DEFAULTS = Object.freeze({
  /** Longer messages are cut to this many characters (and the reply says so). */
  maxQuestionLength: 1000,
  /** An entry at or above this confidence can be the answer... */
  answerThreshold: 0.36,
  /** ...if it leads the next entry by at least this much (otherwise: "did you mean"). */
  answerMargin: 0.06,
  /** At or above this confidence an entry is the answer whatever the margin. */
  certainThreshold: 0.7,
  /** An answer below this confidence also offers the runner-ups ("Not what you meant?"). */
  runnerUpsBelow: 0.85,
  /** Below this the best entry is not even worth suggesting: the honest fallback. */
  suggestThreshold: 0.2,
  /** A suggestion must score at least this share of the best one. */
  suggestRelative: 0.6,
  /** How many "did you mean" suggestions at most. */
  maxSuggestions: 3,
  /** Fuse.js threshold when looking up a misspelled word among the known words (0 exact, 1 anything). */
  fuzzyThreshold: 0.34,
  /** Words shorter than this are never corrected as typos (too many near neighbours). */
  fuzzyMinLength: 4,
  /** How much a corrected word counts compared with an exact one, at most. */
  fuzzyWeight: 0.8,
  /** Exponent weight of query coverage (the message's words a phrasing explains) against text coverage (the phrasing's words the message has). */
  queryCoverageWeight: 0.6,
  /** How far the words of an entry's answer (not just its phrasings) can lift its score towards 1. */
  answerTextWeight: 0.45,
  /** Above this many indexed texts, very common words only score candidates found by rarer words. */
  candidateMinTexts: 2000,
  /** A word in more than this share of texts counts as very common (0.5%: at 10,000 entries, 800 texts). */
  commonTermShare: 0.005,
  /** A phrasing that shares only question words with the message ("how long", "take") counts this much. */
  genericOnlyFactor: 0.5,
  /** How much a word unknown to the knowledge weighs, relative to the rarest known word. */
  unknownWordWeight: 2,
  /** Long messages are also read sentence by sentence from the end; at most this many. */
  maxSegments: 4,
});

/** The type of {@link DEFAULTS}, for engines built with other values in tests. */
export type EngineDefaults = { readonly [K in keyof typeof DEFAULTS]: number };
