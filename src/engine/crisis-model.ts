import { stemmer } from "stemmer";
import type { CrisisModel } from "./types.js";

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

/** Weights copied into the scorer between two yields: all 8,000 at once held a 4× slower phone for 100 ms. */
const WEIGHTS_PER_SLICE = 500;

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
): Generator<void, (words: readonly string[]) => number> {
  if (!model) return () => 0;
  const names = Object.keys(model.weights);
  yield;
  const weights = new Map<string, number>();
  for (let index = 0; index < names.length; index++) {
    weights.set(names[index]!, model.weights[names[index]!]!);
    if (index % WEIGHTS_PER_SLICE === WEIGHTS_PER_SLICE - 1) yield;
  }
  return (words) => {
    if (words.length === 0) return 0;
    const features = crisisFeatures(words);
    // Each feature counts 1/√n (a unit-length vector), so a long story does not add up to a crisis by length alone.
    const value = 1 / Math.sqrt(features.size);
    let sum = model.bias;
    for (const feature of features) sum += (weights.get(feature) ?? 0) * value;
    return 1 / (1 + Math.exp(-sum));
  };
}
