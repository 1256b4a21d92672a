import {
  compilePattern,
  indexWords,
  type IndexedWords,
  type PhrasePattern,
} from "./phrase-pattern.js";
import { CRISIS_FLOOR } from "./crisis-floor.js";
import {
  DEFAULTS,
  PATTERNS_PER_SLICE,
  type EngineDefaults,
} from "./defaults.js";
import { finishNow } from "./finish-now.js";
import type { PhraseData, SmalltalkIntent } from "./types.js";

/** What a message is before any FAQ matching. */
export type Classification =
  | { kind: "smalltalk"; intent: SmalltalkIntent }
  | { kind: "refusal" }
  /**
   * A question to match; `words` has leading or trailing small talk removed, and `intent` says which
   * (the most specific kind) when there was some: if nothing answers the rest, that may be the reply.
   * `contentWords` counts the rest's words that are not stop words.
   */
  | {
      kind: "question";
      words: string[];
      intent?: SmalltalkIntent;
      contentWords: number;
    };

/** Reads messages with one set of phrase data. */
export interface Classifier {
  /**
   * Whether the crisis lists or signals see risk: lines anywhere in the message,
   * lines that need a sentence end and signal scores per sentence (`sentences`
   * are the message's sentences as words).
   */
  isCrisis(
    words: readonly string[],
    sentences?: readonly (readonly string[])[],
  ): boolean;
  /**
   * {@link isCrisis} of the whole message and, in the same pass, of each sentence read alone (as
   * `isCrisis(sentence)` would): the engine needs both, and each sentence's patterns and signal
   * score are then computed once instead of twice.
   */
  crisisParts(
    words: readonly string[],
    sentences: readonly (readonly string[])[],
  ): { whole: boolean; parts: boolean[] };
  /**
   * Decides, once crisis has been ruled out: only small talk; a request we
   * must refuse; or a question to match.
   */
  classify(
    words: readonly string[],
    sentences?: readonly (readonly string[])[],
  ): Classification;
  /** The crisis-signal score of one sentence (see `phrases/crisis-signals.ts`). */
  signalScore(words: readonly string[] | IndexedWords): number;
}

// When a message mixes kinds of small talk, the more specific one decides the reply.
const INTENT_PRIORITY: SmalltalkIntent[] = [
  "identity",
  "help",
  "frustration",
  "goodbye",
  "thanks",
  "wellbeing",
  "greeting",
  "reaction",
];

function* compileLines(
  lines: readonly string[],
  fuzzy: boolean,
): Generator<void, PhrasePattern[]> {
  const patterns: PhrasePattern[] = [];
  for (const line of lines) {
    patterns.push(compilePattern(line, fuzzy));
    if (patterns.length % PATTERNS_PER_SLICE === 0) yield;
  }
  return patterns;
}

/** Compiles the phrase data's lists once; classifying is then cheap. */
export function createClassifier(
  phrases: PhraseData,
  options: EngineDefaults = DEFAULTS,
): Classifier {
  return finishNow(classifierSteps(phrases, options));
}

/** {@link createClassifier} in slices, for an engine built while a page stays responsive. */
export function* classifierSteps(
  phrases: PhraseData,
  options: EngineDefaults = DEFAULTS,
): Generator<void, Classifier> {
  const crisis = yield* compileLines(
    [...CRISIS_FLOOR, ...phrases.crisis],
    true,
  );
  const endsSentence = new Set(
    crisis.filter((pattern) => /(^|\s)\$(\s|$)/.test(pattern.source)),
  );
  const { lists, weights, threshold } = phrases.crisisSignals;
  const signals: { points: number; most: number; patterns: PhrasePattern[] }[] =
    [];
  for (const kind of Object.keys(lists) as (keyof typeof lists)[])
    signals.push({
      ...weights[kind],
      patterns: yield* compileLines(lists[kind], false),
    });
  const refusal = yield* compileLines(phrases.refusal, false);
  const smalltalk: [SmalltalkIntent, PhrasePattern][] = [];
  for (const intent of INTENT_PRIORITY) {
    const patterns = yield* compileLines(phrases.smalltalk[intent] ?? [], true);
    for (const pattern of patterns) smalltalk.push([intent, pattern]);
  }
  const filler = new Set(phrases.smalltalkFiller);
  const stopWords = new Set(phrases.stopWords);

  const signalScore = (words: readonly string[] | IndexedWords): number => {
    const indexed = "set" in words ? words : indexWords(words);
    let score = 0;
    for (const { points, most, patterns } of signals) {
      let found = 0;
      for (const pattern of patterns)
        if (found < most && pattern.test(indexed)) found++;
      score += points * found;
    }
    return score;
  };

  /** Consumes small talk and filler from `start`; returns where it stopped and the intents seen. */
  const consumeSmalltalk = (
    words: readonly string[],
    start: number,
    end: number,
  ) => {
    const intents = new Set<SmalltalkIntent>();
    let position = start;
    while (position < end) {
      let best = -1;
      let bestIntent: SmalltalkIntent | undefined;
      for (const [intent, pattern] of smalltalk) {
        const stop = pattern.matchAt(words, position);
        if (stop > best && stop <= end) [best, bestIntent] = [stop, intent];
      }
      if (best > position && bestIntent) {
        intents.add(bestIntent);
        position = best;
      } else if (filler.has(words[position]!)) position++;
      else break;
    }
    return { stop: position, intents };
  };

  const isCrisis = (
    words: readonly string[],
    sentences: readonly (readonly string[])[] = [words],
  ) => {
    // Lines are tried on the whole message (a match inside a sentence is a match in the whole);
    // lines that need a sentence end, and the signal scores, also per sentence.
    const whole = indexWords(words);
    const parts = sentences.length > 1 ? sentences.map(indexWords) : [];
    if (
      crisis.some(
        (pattern) =>
          pattern.test(whole) ||
          (endsSentence.has(pattern) &&
            parts.some((part) => pattern.test(part))),
      )
    )
      return true;
    const scored =
      words.length <= options.maxWordsScoredWhole ? [whole, ...parts] : parts;
    return scored.some((part) => signalScore(part) >= threshold);
  };

  const crisisParts = (
    words: readonly string[],
    sentences: readonly (readonly string[])[],
  ) => {
    const whole = indexWords(words);
    const indexed = sentences.map(indexWords);
    // Per sentence: any line matches it; any line that needs a sentence end matches it; its signal score.
    const hits = indexed.map((part) => {
      let any = false;
      let ending = false;
      for (const pattern of crisis)
        if (pattern.test(part)) {
          any = true;
          if (endsSentence.has(pattern)) {
            ending = true;
            break;
          }
        }
      return { any, ending, signal: signalScore(part) };
    });
    const parts = sentences.map(
      (sentence, index) =>
        hits[index]!.any ||
        (sentence.length <= options.maxWordsScoredWhole &&
          hits[index]!.signal >= threshold),
    );
    // The whole, as isCrisis(words, sentences): sentence-level lines and scores count only when
    // there are several sentences; a message of one sentence is that sentence, already read.
    const several = sentences.length > 1;
    const [only] = sentences;
    if (
      !several &&
      only?.length === words.length &&
      only.every((word, index) => word === words[index])
    )
      return { whole: parts[0]!, parts };
    const isWhole =
      crisis.some((pattern) => pattern.test(whole)) ||
      (several && hits.some((hit) => hit.ending)) ||
      (words.length <= options.maxWordsScoredWhole &&
        signalScore(whole) >= threshold) ||
      (several && hits.some((hit) => hit.signal >= threshold));
    return { whole: isWhole, parts };
  };

  return {
    signalScore,
    isCrisis,
    crisisParts,
    classify(words) {
      const head = consumeSmalltalk(words, 0, words.length);
      let end = words.length;
      const intents = new Set(head.intents);
      // Trailing small talk ("..., thanks!"): the longest short tail that is all small talk.
      for (
        let tail = Math.max(
          head.stop + 1,
          words.length - options.smalltalkTailWords,
        );
        tail < words.length;
        tail++
      ) {
        const rest = consumeSmalltalk(words, tail, words.length);
        if (rest.stop === words.length && rest.intents.size > 0) {
          end = tail;
          rest.intents.forEach((intent) => intents.add(intent));
          break;
        }
      }
      const remainder = words.slice(head.stop, end);
      const intent = INTENT_PRIORITY.find((candidate) =>
        intents.has(candidate),
      );
      if (
        intent &&
        !remainder.some((word) => !stopWords.has(word) && !filler.has(word))
      )
        return { kind: "smalltalk", intent };
      // Indexed once for all the lines (a plain array would be indexed again by each of them).
      const indexed = indexWords(words);
      if (refusal.some((pattern) => pattern.test(indexed)))
        return { kind: "refusal" };
      const rest = remainder.length > 0 ? remainder : [...words];
      return {
        kind: "question",
        words: rest,
        ...(intent ? { intent } : {}),
        contentWords: rest.filter((word) => !stopWords.has(word)).length,
      };
    },
  };
}
