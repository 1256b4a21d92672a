/**
 * Every number that decides what the engine says, in one frozen object. (Below it in this file: the sizes
 * of building's slices, which decide only how fast it is built, and the crisis detectors' training settings,
 * which `faq build` uses.)
 * Change them only together with the development sets (`test/golden/`,
 * `test/validation/`), which show what each change does, and never to fit the
 * sealed sets (`test/sealed/`); `docs/how-answers-are-chosen.md` explains them.
 */
export const DEFAULTS = Object.freeze({
  /** Longer messages are cut to this many characters (and the reply says so). */
  maxQuestionLength: 1000,
  /**
   * The crisis lists and the detector read this many characters of a message (further than matching does,
   * so risk at the end of a long story is seen), and the crisis floor reads a message this many at a time...
   */
  crisisScanLength: 4000,
  /**
   * ...and this far into a pasted wall of text (about six pages): "I want to die" at the end of a
   * 15,000-character paste gets the panel. 0.4-2.4 ms a window here, six windows at most (the last window of
   * a longer message is read too), so even an absurd paste is answered within the fuzz test's 50 ms. The
   * widget keeps this much of a message: its beginning and its end.
   */
  floorScanLength: 20_000,
  /**
   * The last this-many characters of a message longer than `crisisScanLength`, however long, are read by the
   * lists and the detector as well: a story ends with what was done. About a quarter of a full
   * window's cost, so an absurd paste stays within the fuzz test's 50 ms.
   */
  crisisTailLength: 1000,
  /**
   * Messages (or the last part of a long one) of at most this many words get the crisis lists' second reading
   * (crisis-reread.ts): typing in a hurry is short. A 100,000-character paste of random letters read twice
   * took 36 ms here against 17 ms read once.
   */
  crisisRereadMaxWords: 200,
  /** Characters two windows share, so a phrase cut at one window's edge is whole in the next. */
  floorWindowOverlap: 200,
  /** Words of a message the matcher reads; past this, long stories cost time without adding meaning. */
  maxWordsMatched: 150,
  /**
   * The model's probability at which its first entry is the answer. 0.5 -> 0.55 with the first phrasings
   * written by people who never saw the entries (session 10): on a development set of such strangers'
   * messages, wrong answers 7.2% -> 5.4% and off-topic messages answered 23.2% -> 20.3%, for top-1 58.5% ->
   * 57.0% (the right entry is then offered first instead); 0.6 cost the older sets' top-1 a point more.
   */
  answerProbability: 0.55,
  /** An answer below this probability also offers the runner-ups ("Not what you meant?"). */
  runnerUpsBelow: 0.75,
  /** Below `answerProbability`, a first entry at least this probable is offered as "Did you mean"; below it, the honest fallback. */
  suggestProbability: 0.15,
  /** A runner-up or suggestion must be at least this probable to be shown at all. */
  candidateProbability: 0.08,
  /** When the "off-topic" class is at least this probable and ahead of every entry, the fallback is given without suggestions. */
  offTopicProbability: 0.2,
  /** Below this share of content words the knowledge uses, a message gets the honest fallback (it is about something else). */
  minKnownShare: 0.6,
  /** ...judged only in messages of at most this many words: a long story always carries words of its own. */
  knownShareMaxWords: 15,
  /** Learned small talk counts in any message of at most this many words (longer ones often carry a question)... */
  smalltalkShortWords: 8,
  /**
   * ...and in one of at most this many that nothing here answers (no entry offered) and that shows no sign of
   * risk: strangers write their thanks, goodbyes and complaints at length ("Thank you sweetheart, you have
   * been very helpful. God bless."). Thirteenth session, on development data never trained on: strangers'
   * small talk recognised 350 -> 381 of 488, round 25's conversational messages 115 -> 121 of 190,
   * golden's and validation's questions read as small talk 0 of 520 either way. Without the two
   * conditions: 396 and 128, but two crisis messages of 600 read as small talk ("ive attempted twice and
   * im gonna try again" as frustration) and a question on success rates as frustration.
   */
  smalltalkMaxWords: 16,
  /** ...and only when its kinds together are at least this probable ("very good." is half reaction, half thanks)... */
  smalltalkProbability: 0.5,
  /**
   * ...and the likeliest kind alone at least this: a message unlike any example spreads over all eight
   * kinds, and together they outweighed a small knowledge's few entries ("how much does it cost" with three
   * entries). On round 5's small-talk examples (by then in training, so not a held-out figure) 0.3 cost
   * 2 points of small talk recognised, and 0.5 (one kind alone) 8.
   */
  smalltalkIntentProbability: 0.3,
  /**
   * Small talk the lists find beside at most this many other content words that nothing answers is the
   * reply ("be honest, are you a bot", "many thanks"); with more, the rest is a question ("hi! how do I
   * bake bread?") and gets the honest fallback.
   */
  smalltalkRestWords: 2,
  /** How many "did you mean" suggestions at most. */
  maxSuggestions: 3,
  /** Candidates the matcher returns for the decisions above and for staff's "why" view. */
  maxCandidates: 5,
  /**
   * The learned crisis detector's probability from which a message gets the crisis panel first, whatever the
   * lists say. 0.6 since 1,200 more phrasings (ordinary messages to the detector) lowered its scores: on
   * held-out crisis messages it gives back 4.6 points of panel-first recall for 1.7 points more look-alikes.
   */
  crisisScore: 0.6,
  /** From this probability, a message the lists miss still gets the gentle crisis line (the `concern` tier). */
  concernScore: 0.2,
  /**
   * A message with the gentle line that nothing in the knowledge answers (the fallback) gets the panel first
   * from this probability: some risk, and no clinic question to answer (final thanks and goodbyes, other
   * languages, "im suisidal. i dont no what to do"). On round 8's 3,400 crisis messages and look-alikes (new
   * writers, not trained on): panel first 89.0% -> 91.9%, look-alikes given the panel 4.3% -> 5.6% (most of
   * them people ending the chat in frustration); held-out fifths of rounds 5 and 6: panel first +1.3 and +0.6
   * points, look-alikes +0.5 and +0.6; development in-scope questions given the panel 0.8% -> 1.0%.
   */
  unansweredCrisisScore: 0.4,
  /**
   * The same when the engine is unsure what was asked (it would offer "Did you mean"), from this probability:
   * "How many sleeping pill can kill me? I need to know" got suggestions for two entries and the gentle line.
   * On round 8's 3,400 messages (not trained on): panel first 91.9% -> 92.9%, look-alikes given the panel
   * 5.6% -> 6.1%; held-out fifths of rounds 5 and 6: panel first +1.3 and +0.3 points, look-alikes +0 and
   * +0.4; development in-scope questions given the panel unchanged (0.8%). 0.45 gave +0.5 points more panel
   * first on round 8 for 0.2 more in-scope questions given the panel.
   * Fifteenth session: the same bar for an answer that offers runner-ups (below `runnerUpsBelow`, as unsure
   * as "Did you mean": that message was answered with the number of sessions at 0.551 once the detector
   * learned conversation) and for a refused dose question (understood, so not held to the lower bar of a
   * message nothing answers: "how much ketamine is too much" scored 0.408). On a new development set (240
   * crisis messages, 300 look-alikes, two helpers): crisis panel first 216 either way, look-alikes given the
   * panel 4 -> 3; development in-scope questions given the panel unchanged (6 of 520).
   */
  unsureCrisisScore: 0.5,
  /**
   * A message the engine cannot answer (the fallback) or is unsure of ("Did you mean") gets the gentle line
   * from this probability, lower than `concernScore`: a question about the clinic would have been understood.
   * On round 10's 3,252 messages (new writers, never trained on): crisis messages without resources 10 -> 4
   * of 1,646, look-alikes with the line 35.4% -> 37.1% (mostly low mood, ketamine safety and idioms, such as
   * "I'm carrying a lot... do you do counseling?"); development off-topic messages with it 3 -> 8 of 70
   * ("what time does target close tonight"), in-scope questions and small talk unchanged. 0.1 gave one more
   * crisis message resources for 40 more ordinary messages with the line.
   */
  unsureConcernScore: 0.15,
  /** Sentences of one message scored one by one for crisis, at most (bounds the time a pasted wall of text costs). */
  maxSentencesScored: 40,
  /** The learned detector reads messages and sentences of at least this many words ("I feel hopeless"); on shorter ones the lists decide alone ("suicidal" gets the panel). */
  crisisMinWords: 3,
  /**
   * ...and only when at least this share of their letters is Latin: it learned from English and a few
   * Latin-script languages, so a message in Cyrillic, Arabic or Chinese goes to the detector for other
   * scripts instead, or, without one (older knowledge), to the lists and the floor alone. Whatever they
   * find, the reply to such a message (or to one with such a sentence) carries at least the gentle line:
   * a detector that learned from a few thousand examples is no proof that it is calm.
   */
  crisisLatinShare: 0.5,
  /**
   * A message in Latin letters with fewer of its words than this known from training is in a language the
   * detector cannot read (Polish, Haitian Creole, Vietnamese without accents...): like one in another
   * script, it gets at least the gentle line. Before, such messages got it only while the detector's bias
   * alone scored 0.2 or more, which one new entry's phrasings changed (a held-out Polish writer's crisis
   * messages with resources: 72.2% -> 62.2%).
   */
  foreignWordsShare: 0.5,
  /**
   * A message mostly in another script gets the panel first from this probability of the detector for
   * other scripts (`scriptModel`, which knowledge built since it exists carries), whatever the knowledge
   * answers; below it, the gentle line, as for every such message. Chosen across writers: trained on
   * three of round 11's four writers and scored on the fourth (two ways), their crisis messages in other
   * scripts got the panel 52.8% and 55.3% of the time (4.1% and 7.9% without the model) and their
   * look-alikes 9.3% and 7.9% (6.9% and 8.4% without: the lists' own false alarms); 0.6 gave 60.3% and
   * 64.9% for 11.8% and 10.3%, 0.8 gave 43.1% and 43.9% for 7.8% and 4.4%. The same bar serves a message
   * in Latin letters that is mostly words the knowledge never met (see `foreignWordsShare`): the same
   * detector reads it, trained since 2026-12-01 on a fifth writer's messages in 32 languages too.
   */
  scriptCrisisScore: 0.7,
  /**
   * The detector alone gives the panel only to messages of at least this many words: on three or four
   * words one phrase decides ("gotta go", "thanks a bunch"), so it adds the gentle line and the lists decide.
   */
  crisisPanelMinWords: 4,
  /**
   * A single sentence of a longer message gets the gentle line from this probability... 0.5, down from
   * 0.7: on held-out fifths of crisis rounds 5 and 6, crisis messages given resources 98.1% -> 98.7% and
   * 98.6% -> 98.8%, for 1.5-2.3 points more in-scope questions carrying the line (8.3% -> 10.6%).
   */
  sentenceConcernScore: 0.5,
  /** ...and the panel from this one: risk said in one sentence of an ordinary question ("...I won't be here by spring"). */
  sentenceCrisisScore: 0.95,
  /**
   * A message the crisis lists flag gets the panel unless the detector finds it below this: then it reads
   * as education ("does ketamine help suicidal thoughts?") and is answered, with the gentle line.
   */
  educationalScore: 0.2,
  /**
   * The same for a message about another person: their risk is worded at one remove, so only a list hit
   * the detector finds very clearly educational is answered instead of given the panel.
   */
  otherEducationalScore: 0.1,
  /**
   * From this probability of the "about another person" model, the crisis reply is worded for someone
   * worried about another person. On five folds of the labelled crisis messages: 96.2% of those about
   * another person worded so, 1.7% of the writers' own worded for someone else (0.15: 96.9% and 2.6%).
   */
  aboutOtherScore: 0.2,
  /** Fuse.js threshold when looking up a misspelled word among the known words (0 exact, 1 anything). */
  fuzzyThreshold: 0.34,
  /** Words shorter than this are never corrected as typos (too many near neighbours). */
  fuzzyMinLength: 4,
  /**
   * Character n-grams taken inside each word: shortest and longest. Three-letter pieces alone, instead of
   * 3–5: on held-out fifths of the phrasings (1,796 messages) top-1 fell 0.8 points (82.9% -> 82.1%) and wrong answers fell
   * 5.2% → 3.4%, and the engine builds 40% sooner (fewer features for every class to learn).
   */
  charGramMin: 3,
  charGramMax: 3,
  /** How long one slice of building may run before the page gets its turn back (a 4× slower phone: 4× this). */
  sliceMs: 5,
  /**
   * Training passes over the examples (AdaGrad converges in a few on data this small). With 60+ phrasings
   * an entry, 5 passes score as 10 did on the development sets and build the engine a quarter sooner.
   */
  epochs: 5,
  /** AdaGrad's step size. */
  learningRate: 0.5,
  /** Features (words, pairs, pieces) in fewer examples than this are left out of the model (one-off typos). */
  minExamples: 2,
  /**
   * A class nearly right on an example (error below this) is not updated for it: most of training's work
   * is such tiny updates. From 1e-4, this cut training by about a third, with development top-1 within
   * half a point.
   */
  gradientFloor: 3e-3,
  /** L2 penalty on weights (0: the few passes and AdaGrad's shrinking steps already keep weights small). */
  l2: 0,
  /** Small talk after a question is short ("thanks so much!"): this many words from the end are looked at. */
  smalltalkTailWords: 8,
  /**
   * Longer messages are scored for crisis signals sentence by sentence only: signals scattered over a long
   * story would add up to false alarms.
   */
  maxWordsScoredWhole: 80,
});

/** The type of {@link DEFAULTS}, for engines built with other values in tests. */
export type EngineDefaults = { readonly [K in keyof typeof DEFAULTS]: number };

// How much of each building step runs between two chances to pause, so that no step holds a 4× slower phone
// for long (`sliceMs` decides when a pause is due; these only make room for one). They change how fast the
// engine is built, never what it says. Constants, not fields of DEFAULTS: each is read in one place.

/** Patterns compiled between two yields: 40 held a 4× slower phone for 55 ms. */
export const PATTERNS_PER_SLICE = 10;
/** Texts normalized, counted or turned into features between two yields while building the matcher. */
export const TEXTS_PER_SLICE = 25;
/** Weight updates per yield, per text of a slice (about a short question's worth). */
export const WORK_PER_TEXT = 400;
/** Detector weights copied into the scorer between two yields: all 8,000 at once held a 4× slower phone for 100 ms. */
export const DETECTOR_WEIGHTS_PER_SLICE = 500;
/** Known words sorted into buckets for the spelling corrector between two yields (a knowledge knows some 15,000). */
export const KNOWN_WORDS_PER_SLICE = 1000;
/** Weights checked between two yields while reading a file: all 10,000 of the crisis detector's held a 4× slower phone for 30 ms. */
export const CHECKED_WEIGHTS_PER_SLICE = 2000;

// The training settings below are for `faq build` (Node) alone: marked pure, so the widget's bundle leaves them out.

/** Training settings of the crisis detector (`faq build`); see `docs/how-answers-are-chosen.md`. */
export const CRISIS_TRAINING = /* @__PURE__ */ Object.freeze({
  /** Passes over the examples. */
  epochs: 12,
  /** AdaGrad's step size. */
  learningRate: 0.3,
  /** L2 penalty: keeps single words from deciding alone. */
  l2: 0.0005,
  /** Weights smaller than this are dropped from the shipped model (they barely move a score). */
  minWeight: 0.08,
  /**
   * At most this many features ship, the strongest: the model's size in every visitor's download (about
   * 48 KiB gzip). 3,000 -> 8,000 with round 5's examples (held-out panel first 87.2% -> 91.2%), 8,000 ->
   * 10,000 with round 6's (92.1% -> 92.4%, look-alikes given the panel 3.2% -> 2.9%, development in-scope
   * questions given the panel 1.2% -> 1.0%, for 9.6 KiB more; 12,000 gave 1.9% in-scope panel).
   */
  maxFeatures: 10000,
  /** Features seen in fewer examples than this are left out: rare words would be learnt by heart, and cost bytes. */
  minCount: 3,
  /** Shipped weights are rounded to 1/this: hundredths cost 6 KiB more gzip and changed no held-out decision. */
  weightSteps: 10,
  /**
   * How much a missed crisis costs against a false alarm. 1 -> 1.2 when 2,300 strangers' ordinary messages
   * joined the examples of what is not a crisis (a tenth more of them): at 1, held-out crisis round 10 lost
   * a point of panel first (93.6% -> 92.6%); at 1.2 it is 93.6% again, with look-alikes given the panel
   * 2.7% -> 2.9% and strangers' ordinary questions given it 2.5% -> 1.8%.
   */
  crisisWeight: 1.2,
});

/** The shape of {@link CRISIS_TRAINING}, with any numbers. */
export type CrisisTrainingSettings = {
  readonly [K in keyof typeof CRISIS_TRAINING]: number;
};

/**
 * Training settings of the "about another person" model: the crisis detector's, with fewer weights.
 * On five folds of the 4,269 labelled crisis messages, 1,000 weights and a threshold of 0.2 word 96.2%
 * of messages about another person for them, and 1.7% of the writers' own for someone else (the rule
 * it replaces: 91.9% and 16.5%).
 */
export const ABOUT_TRAINING: CrisisTrainingSettings =
  /* @__PURE__ */ Object.freeze({
    ...CRISIS_TRAINING,
    maxFeatures: 1000,
  });

/**
 * Training settings of the detector for other scripts: the crisis detector's, with a budget of its own
 * (about 2,600 examples to learn from; 3,000 weights, about 15 KiB gzip). Trained on three of round 11's
 * four writers and scored on the fourth: 6,000 weights changed the panel rates by under a point, for twice
 * the bytes; 1,500 gave 2-3 points fewer crisis messages the panel (50.6% and 51.8% against 52.8% and 55.3%).
 */
export const SCRIPT_TRAINING: CrisisTrainingSettings =
  /* @__PURE__ */ Object.freeze({
    ...CRISIS_TRAINING,
    maxFeatures: 3000,
  });
