import { stemmer } from "stemmer";
import { DETECTOR_WEIGHTS_PER_SLICE } from "./defaults.js";
import type { CrisisModel } from "./types.js";

/** A normalized word in another script than Latin (normalizing leaves Latin words plain ASCII). */
const OTHER_SCRIPT = /[^\x00-\x7f]/;
/** Letters of scripts written without spaces between words: there a "word" is a whole clause. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/**
 * The learned crisis detector's features of a message's normalized words:
 * each stemmed word (`w:`) and each pair of neighbours (`b:`), counted once.
 * The trainer (`faq build`) and the scorer use this same function.
 */
export function crisisFeatures(words: readonly string[]): Set<string> {
  const stems = words.map((word) => stemmer(word));
  const features = new Set<string>();
  stems.forEach((stem, index) => {
    features.add(`w:${stem}`);
    if (index > 0) features.add(`b:${stems[index - 1]}_${stem}`);
  });
  return features;
}

/**
 * The features the detector for other scripts reads: each word (`w:`) and, in words of other scripts
 * than Latin, each pair of neighbouring characters (`g:`), the word's edges counting as spaces. Chinese
 * and Japanese are written without spaces, so a "word" is a clause and the pairs are what can be learnt;
 * in Russian or Arabic the pairs carry a word's stem over to forms the examples never used.
 */
export function scriptFeatures(words: readonly string[]): Set<string> {
  const features = new Set<string>();
  for (const word of words) {
    features.add(`w:${word}`);
    if (!OTHER_SCRIPT.test(word)) continue;
    const characters = [" ", ...word, " "];
    for (let at = 1; at < characters.length; at++)
      features.add(`g:${characters[at - 1]}${characters[at]}`);
  }
  return features;
}

/** The share of a text's letters that are Latin (1 for a text without letters). */
export function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0
    ? 1
    : (text.match(/(?=\p{L})\p{Script=Latin}/gu)?.length ?? 0) / letters;
}

/**
 * How many words a message's normalized words amount to, for the detector's minimum lengths: a word
 * of Chinese, Japanese or Thai characters is a clause, and counts one word for every two characters.
 */
export function wordCount(words: readonly string[]): number {
  let count = 0;
  for (const word of words)
    count += Math.max(1, Math.floor((word.match(UNSPACED)?.length ?? 0) / 2));
  return count;
}

/**
 * Makes the scorer: the probability (0–1) that a message's words come from
 * someone at risk. Without a model (an old knowledge file) it scores 0 and the
 * pattern lists and the floor decide alone.
 *
 * A generator: it yields between slices, so a browser building the engine
 * stays responsive (`finishNow` runs it at once).
 */
export function* crisisScorerSteps(
  model: CrisisModel | undefined,
  featuresOf: (words: readonly string[]) => Set<string> = crisisFeatures,
): Generator<void, (words: readonly string[]) => number> {
  if (!model) return () => 0;
  const names = Object.keys(model.weights);
  yield;
  const weights = new Map<string, number>();
  for (let index = 0; index < names.length; index++) {
    weights.set(names[index]!, model.weights[names[index]!]!);
    if (index % DETECTOR_WEIGHTS_PER_SLICE === DETECTOR_WEIGHTS_PER_SLICE - 1)
      yield;
  }
  return (words) => {
    if (words.length === 0) return 0;
    const features = featuresOf(words);
    // Each feature counts 1/√n (a unit-length vector), so a long story does not add up to a crisis by length alone.
    const value = 1 / Math.sqrt(features.size);
    let sum = model.bias;
    for (const feature of features) sum += (weights.get(feature) ?? 0) * value;
    return 1 / (1 + Math.exp(-sum));
  };
}
