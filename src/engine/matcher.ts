import { TEXTS_PER_SLICE, type EngineDefaults } from "./defaults.js";
import { finishNow } from "./finish-now.js";
import {
  FeatureTable,
  trainLinearModel,
  type LinearModel,
  type TrainingDoc,
} from "./linear-model.js";
import { normalizeText } from "./normalize.js";
import { spellingCorrectorSteps } from "./spelling.js";
import { extractFeatures } from "./text-features.js";
import type {
  Candidate,
  CompiledKnowledge,
  MatchResult,
  SmalltalkIntent,
} from "./types.js";
import { createVocabularyRewriter } from "./vocabulary.js";

/** The trained matcher over one knowledge. */
export interface Matcher {
  /**
   * @param aboutTheKnowledge the message is known to be about the knowledge's
   * field: the off-topic class is set aside and the other probabilities read
   * among themselves. The engine says so for a message that carries
   * risk words ("is self-harm a symptom of PTSD?"): those words are the crisis
   * tiers' business, and must not make the question look off-topic.
   */
  match(text: string, aboutTheKnowledge?: boolean): MatchResult;
  /** Normalized, vocabulary-rewritten, spelling-corrected words of a text. */
  words(text: string): string[];
  /**
   * The share of a message's words met in training (vocabulary-rewritten, before any spelling correction):
   * near 1 for English, however it is asked; low for Polish or Haitian Creole, which neither the matcher
   * nor the crisis detector has learned to read. 1 for no words. Takes the words `normalizeText` made, as
   * the engine already has them, so a message is not normalized twice.
   */
  knownShare(normalized: readonly string[]): number;
  /**
   * Whether a word, as `normalizeText` makes it, occurs in the knowledge's texts (phrasings, examples, answers),
   * after the staff vocabulary's rewriting.
   */
  knows(word: string): boolean;
}

/** Small-talk kinds, in the order of their classes after the entries and the off-topic class. */
export const SMALLTALK_INTENTS: readonly SmalltalkIntent[] = [
  "greeting",
  "wellbeing",
  "reaction",
  "thanks",
  "goodbye",
  "frustration",
  "identity",
  "help",
];

/**
 * Builds the matcher: a softmax classifier (see `linear-model.ts`) trained on
 * every entry's question, phrasings and tags (one class each), on examples of
 * messages the knowledge does not cover (one "off-topic" class, so the model
 * can say "none of these"), and on small talk (a class per kind). A generator:
 * it yields between slices of training so a browser can stay responsive.
 */
export function* buildMatcher(
  knowledge: CompiledKnowledge,
  options: EngineDefaults,
): Generator<void, Matcher> {
  const { phrases } = knowledge;
  const stopWords = new Set(phrases.stopWords);
  const rewrite = createVocabularyRewriter(knowledge.vocabulary);
  // The staff vocabulary's one-word phrases ("ket"): words the knowledge knows by another name.
  const vocabularyWords = new Set(
    Object.keys(knowledge.vocabulary).map((from) =>
      normalizeText(from, phrases.texting),
    ),
  );
  // Each step below is a few milliseconds on a fast machine, so a 4× slower phone gets its turn between them.
  yield;
  /** Normalized text as the matcher reads it: vocabulary rewritten, as words. */
  const rewrittenWords = (normalized: string) =>
    rewrite(normalized).split(" ").filter(Boolean);
  const normalizeWords = (text: string) =>
    rewrittenWords(normalizeText(text, phrases.texting));
  const offTopicClass = knowledge.entries.length;
  const smalltalkClass = offTopicClass + 1;
  // Loops, not callbacks: a callback that held `texts` would share its scope with the matcher's closures
  // and keep every training text alive for the page's life.
  const texts: [string, number][] = [];
  for (const [index, entry] of knowledge.entries.entries()) {
    for (const text of [entry.question, ...entry.phrasings])
      texts.push([text, index]);
    if (entry.tags.length > 0) texts.push([entry.tags.join(" "), index]);
  }
  for (const text of phrases.offTopic) texts.push([text, offTopicClass]);
  for (const [index, intent] of SMALLTALK_INTENTS.entries()) {
    for (const text of phrases.smalltalkExamples[intent] ?? [])
      texts.push([text, smalltalkClass + index]);
  }
  yield;
  const known = new Set<string>();
  // Words of the entries themselves: a message mostly without them is about something else.
  const entryWords = new Set<string>();
  const normalized: string[][] = [];
  for (const [text] of texts) {
    normalized.push(normalizeWords(text));
    // Yield often: the caller decides when a pause is due (see createEngineAsync).
    if (normalized.length % TEXTS_PER_SLICE === 0) yield;
  }
  for (const [index, words] of normalized.entries()) {
    for (const word of words) {
      known.add(word);
      if (texts[index]![1] < offTopicClass) entryWords.add(word);
    }
    if (index % (TEXTS_PER_SLICE * 10) === 0) yield;
  }
  for (const entry of knowledge.entries) {
    for (const word of normalizeWords(entry.html.replace(/<[^>]*>/g, " ")))
      (known.add(word), entryWords.add(word));
    yield;
  }
  yield;
  const correct = yield* spellingCorrectorSteps(known, options);
  const words = (text: string) => normalizeWords(text).map(correct);
  const featuresOf = (list: readonly string[]) =>
    extractFeatures(list, stopWords, options);
  const table = new FeatureTable();
  const docs: TrainingDoc[] = [];
  for (const [index, list] of normalized.entries()) {
    docs.push(table.doc(featuresOf(list), texts[index]![1]));
    if (docs.length % TEXTS_PER_SLICE === 0) yield;
  }
  const classes = smalltalkClass + SMALLTALK_INTENTS.length;
  const model: LinearModel = yield* trainLinearModel(
    table.names,
    docs,
    classes,
    options,
    TEXTS_PER_SLICE,
  );

  return {
    words,
    // A set look-up, not the rewriter: the crisis re-reading asks about every piece of an unknown word.
    knows: (word) => known.has(word) || vocabularyWords.has(word),
    knownShare(normalized) {
      const list = rewrittenWords(normalized.join(" "));
      return list.length === 0
        ? 1
        : list.filter((word) => known.has(word)).length / list.length;
    },
    match(text, aboutTheKnowledge = false) {
      const matched = words(text).slice(0, options.maxWordsMatched);
      // Vectorized once: the probabilities, the evidence and the count of known features all read it.
      const vector = model.vectorize(featuresOf(matched));
      const probabilities = model.predict(vector);
      if (aboutTheKnowledge) {
        const rest = 1 - probabilities[offTopicClass]!;
        probabilities[offTopicClass] = 0;
        for (let c = 0; c < probabilities.length; c++)
          probabilities[c]! /= rest;
      }
      const candidates: Candidate[] = [];
      for (let entry = 0; entry < offTopicClass; entry++)
        candidates.push({ entry, probability: probabilities[entry]! });
      candidates.sort((a, b) => b.probability - a.probability);
      // Small talk is one decision (is this small talk?) and then a choice of reply: the classes'
      // probabilities add up, so "very good." split between "reaction" and "thanks" still counts.
      let intent = 0;
      let smalltalkProbability = probabilities[smalltalkClass]!;
      for (let index = 1; index < SMALLTALK_INTENTS.length; index++) {
        smalltalkProbability += probabilities[smalltalkClass + index]!;
        if (
          probabilities[smalltalkClass + index]! >
          probabilities[smalltalkClass + intent]!
        )
          intent = index;
      }
      const top = candidates[0]?.entry ?? 0;
      const evidence = vector.names
        .map((feature, k) => ({
          feature,
          weight: vector.value[k]! * model.weight(vector.index[k]!, top),
        }))
        .filter((item) => item.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 8);
      const content = matched.filter((word) => !stopWords.has(word));
      return {
        known:
          content.length === 0
            ? 1
            : content.filter((word) => entryWords.has(word)).length /
              content.length,
        candidates: candidates.slice(0, options.maxCandidates),
        offTopic: probabilities[offTopicClass]!,
        smalltalk: {
          intent: SMALLTALK_INTENTS[intent]!,
          probability: smalltalkProbability,
          intentProbability: probabilities[smalltalkClass + intent]!,
        },
        words: matched,
        featuresKnown: vector.index.length,
        evidence,
      };
    },
  };
}

/** Builds the matcher at once (Node, the CLI, tests). */
export const buildMatcherNow = (
  knowledge: CompiledKnowledge,
  options: EngineDefaults,
): Matcher => finishNow(buildMatcher(knowledge, options));
