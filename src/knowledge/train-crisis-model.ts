import { crisisFeatures, scriptFeatures } from '../engine/crisis-model.js';
import { normalizeText } from '../engine/normalize.js';
import { ABOUT_TRAINING, CRISIS_TRAINING, type CrisisTrainingSettings } from '../engine/defaults.js';
import type { CrisisModel } from '../engine/types.js';
import { memoByContent } from './memo-by-content.js';

/** Labelled examples: messages from people who may be at risk, and messages that are not. */
export interface CrisisExamples {
  crisis: readonly string[];
  notCrisis: readonly string[];
}

/** The crisis examples as `crisis-examples.ts` keeps them: by whom the writer fears for, where known. */
export interface LabelledCrisisExamples {
  crisis: { self: readonly string[]; other: readonly string[]; unlabelled: readonly string[] };
  notCrisis: readonly string[];
}

/** Which features a model reads: words and word pairs (English and other Latin-script text), or words and character pairs. */
export type CrisisFeatureKind = 'words' | 'script';
const FEATURES: Record<CrisisFeatureKind, (words: readonly string[]) => Set<string>> = { words: crisisFeatures, script: scriptFeatures };

/** Trains the model that tells risk about another person (`other`) from the writer's own (`self`). */
export const trainAboutModel = (examples: LabelledCrisisExamples['crisis'], texting: Readonly<Record<string, string>>): CrisisModel =>
  trainCrisisModel({ crisis: examples.other, notCrisis: examples.self }, texting, ABOUT_TRAINING);

/**
 * Trains the learned crisis detector (logistic regression over the words and
 * word pairs of `crisisFeatures`) and returns its pruned weights, rounded, to
 * ship inside the compiled knowledge. Deterministic: the same examples always
 * give the same model.
 */
export const trainCrisisModel: (
  examples: CrisisExamples,
  texting: Readonly<Record<string, string>>,
  settings?: CrisisTrainingSettings,
  kind?: CrisisFeatureKind,
) => CrisisModel =
  // Remembered by content: a studio save that changes an answer, not the examples, does not train again.
  memoByContent(train);

function train(
  examples: CrisisExamples,
  texting: Readonly<Record<string, string>>,
  settings: CrisisTrainingSettings = CRISIS_TRAINING,
  kind: CrisisFeatureKind = 'words',
): CrisisModel {
  const docs = [
    ...examples.crisis.map((text) => ({ text, label: 1 })),
    ...examples.notCrisis.map((text) => ({ text, label: 0 })),
  ].map(({ text, label }) => {
    const features = [...FEATURES[kind](normalizeText(text, texting).split(' ').filter(Boolean))];
    // The same unit-length scaling as the scorer (`crisisScorerSteps`), over all the message's features.
    return { features, label, value: 1 / Math.sqrt(features.length || 1) };
  });
  const counts = new Map<string, number>();
  for (const { features } of docs) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const doc of docs) doc.features = doc.features.filter((feature) => counts.get(feature)! >= settings.minCount);
  // Train on every feature, keep the strongest, then train again on those alone: weights
  // trained beside features that will not ship would be miscalibrated without them.
  const first = fit(docs, settings);
  const chosen = new Set(
    [...first.weights]
      .filter(([, weight]) => Math.abs(weight) >= settings.minWeight)
      .sort(([, a], [, b]) => Math.abs(b) - Math.abs(a))
      .slice(0, settings.maxFeatures)
      .map(([feature]) => feature),
  );
  const { weights, bias } = fit(
    docs.map((doc) => ({ ...doc, features: doc.features.filter((feature) => chosen.has(feature)) })),
    settings,
  );
  const kept: Record<string, number> = {};
  for (const [feature, weight] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) kept[feature] = Math.round(weight * settings.weightSteps) / settings.weightSteps;
  return { bias: Math.round(bias * 100) / 100, weights: kept };
}

/**
 * One run of logistic regression with AdaGrad over the docs' features. Features are numbered once and
 * weights kept in typed arrays (a Map per update made every `faq build` and `faq check` wait seconds);
 * the arithmetic and its order are unchanged, so the model is the same.
 */
function fit(docs: readonly { features: string[]; label: number; value: number }[], settings: CrisisTrainingSettings) {
  const index = new Map<string, number>();
  const numbered = docs.map(({ features }) =>
    Int32Array.from(features, (feature) => {
      let at = index.get(feature);
      if (at === undefined) index.set(feature, (at = index.size));
      return at;
    }),
  );
  const weights = new Float64Array(index.size);
  const squared = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  let seed = 88172645;
  const random = () => ((seed ^= seed << 13), (seed ^= seed >>> 17), (seed ^= seed << 5), (seed >>> 0) / 4294967296);
  const order = docs.map((_, position) => position);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const position of order) {
      const { label, value } = docs[position]!;
      const features = numbered[position]!;
      let sum = bias;
      for (const feature of features) sum += weights[feature]! * value;
      const probability = 1 / (1 + Math.exp(-sum));
      const gradient = (probability - label) * (label === 1 ? settings.crisisWeight : 1);
      biasSquared += gradient * gradient;
      bias -= (settings.learningRate * gradient) / Math.sqrt(biasSquared);
      for (const feature of features) {
        const weight = weights[feature]!;
        const g = gradient * value + settings.l2 * weight;
        const s = squared[feature]! + g * g;
        squared[feature] = s;
        weights[feature] = weight - (settings.learningRate * g) / Math.sqrt(s);
      }
    }
  }
  // Every numbered feature belongs to some document, so every one was trained.
  return { weights: new Map([...index].map(([feature, at]) => [feature, weights[at]!])), bias };
}
