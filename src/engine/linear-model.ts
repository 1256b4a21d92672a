/**
 * A linear text classifier over sparse TF-IDF features: multinomial logistic
 * regression (softmax), trained with AdaGrad. The family the matcher issue's
 * experiment found to generalise; no maintained npm package trains it on
 * sparse string features in the browser within a few kilobytes, so it is
 * written here (about a hundred lines, tested in `linear-model.test.ts`).
 */

import { WORK_PER_TEXT } from "./defaults.js";

/**
 * A training example: its features as ids into a {@link FeatureTable}'s
 * names, each with its count, and its class index.
 */
export interface TrainingDoc {
  readonly ids: Int32Array;
  readonly counts: Uint32Array;
  readonly label: number;
}

/**
 * The names of the features met in training, each kept once. Ten thousand
 * examples with a map of a hundred feature names each would hold a million
 * strings on a phone (and its garbage collector would walk them all); as ids
 * and counts in typed arrays they cost a few megabytes and no walking.
 */
export class FeatureTable {
  /** Feature names by id, in the order first met. */
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  /** One example: its features (name → count), in the map's order, as ids and counts. */
  doc(features: ReadonlyMap<string, number>, label: number): TrainingDoc {
    const ids = new Int32Array(features.size);
    const counts = new Uint32Array(features.size);
    let k = 0;
    for (const [name, count] of features) {
      let id = this.ids.get(name);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(name, id);
        this.names.push(name);
      }
      ids[k] = id;
      counts[k++] = count;
    }
    return { ids, counts, label };
  }
}

/** Training settings (the engine's are in `defaults.ts`). */
export interface TrainingOptions {
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty per step, scaled by the learning rate. */
  readonly l2: number;
  /** Features found in fewer training examples than this are left out. */
  readonly minExamples: number;
  /** A class whose error on an example is smaller than this is left as it is for that example. */
  readonly gradientFloor: number;
}

/** A message as the model reads it: the columns of its known features and their unit-length TF-IDF weights. */
export interface SparseVector {
  readonly index: Int32Array;
  readonly value: Float64Array;
}

/** A trained model: turns a message's features into class probabilities. */
export interface LinearModel {
  readonly classes: number;
  /** Softmax probabilities, one per class, of a message's vector (from {@link LinearModel.vectorize}). */
  predict(vector: SparseVector): Float64Array;
  /** The features of a message the model knows, with their TF-IDF weight and names (for explaining a decision). */
  vectorize(features: ReadonlyMap<string, number>): SparseVector & {
    names: string[];
  };
  /** How much one known feature pushes towards a class (weight × the feature's value in a message). */
  weight(feature: number, label: number): number;
}

/**
 * Trains a model, as a generator that yields between slices of `sliceSize`
 * documents: run it to the end at once with {@link finishNow}, or let a
 * browser keep the page responsive by pausing at each yield.
 */
export function* trainLinearModel(
  names: readonly string[],
  docs: readonly TrainingDoc[],
  classes: number,
  options: TrainingOptions,
  sliceSize = 100,
): Generator<void, LinearModel> {
  // Vocabulary and inverse document frequency. A feature seen in one example only (mostly pieces of
  // one typo) teaches nothing general and would cost memory in every class: it is left out.
  const frequency = new Int32Array(names.length);
  for (const [position, doc] of docs.entries()) {
    if (position % sliceSize === sliceSize - 1) yield;
    for (const id of doc.ids) frequency[id]!++;
  }
  // A feature id's column in the weights, or -1 when it is left out.
  const column = new Int32Array(names.length);
  const featureIndex = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (let id = 0; id < names.length; id++) {
    // Cheap per id, but a file has some 100,000: 20,000 at a time held a 4× slower phone for 55 ms.
    if ((id + 1) % (sliceSize * 20) === 0) yield;
    if (frequency[id]! < options.minExamples) {
      column[id] = -1;
      continue;
    }
    column[id] = featureIndex.size;
    featureIndex.set(names[id]!, featureIndex.size);
    documentFrequency.push(frequency[id]!);
  }
  yield;
  // A number, not `docs` itself, in the closure below: the closures of one scope share what they hold, and
  // the trained model's closures would otherwise keep every training example alive for the page's life.
  const docCount = docs.length;
  const idf = Float64Array.from(
    documentFrequency,
    (frequency) => Math.log((1 + docCount) / (1 + frequency)) + 1,
  );
  /** The unit-length TF-IDF vector of features given as columns (-1: unknown) and counts. */
  const vectorOf = (columns: Int32Array, counts: ArrayLike<number>) => {
    const known = columns.reduce((sum, at) => (at < 0 ? sum : sum + 1), 0);
    const index = new Int32Array(known);
    const value = new Float64Array(known);
    let norm = 0;
    for (let k = 0, j = 0; k < columns.length; k++) {
      const at = columns[k]!;
      if (at < 0) continue;
      // Sublinear term frequency: a word said three times is not three times the evidence.
      const weight = (1 + Math.log(counts[k]!)) * idf[at]!;
      index[j] = at;
      value[j++] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < known; k++) value[k]! /= norm;
    return { index, value };
  };
  const vectorize = (features: ReadonlyMap<string, number>) => {
    const featureNames = [...features.keys()];
    const columns = Int32Array.from(
      featureNames,
      (name) => featureIndex.get(name) ?? -1,
    );
    return {
      ...vectorOf(columns, [...features.values()]),
      names: featureNames.filter((_, k) => columns[k]! >= 0),
    };
  };
  const vectors: ReturnType<typeof vectorOf>[] = [];
  for (const doc of docs) {
    vectors.push(
      vectorOf(
        doc.ids.map((id) => column[id]!),
        doc.counts,
      ),
    );
    if (vectors.length % sliceSize === 0) yield;
  }
  // Single precision: half the memory of a phone's tab, and far more precision than the model needs.
  const weights = new Float32Array(featureIndex.size * classes);
  const bias = new Float64Array(classes);
  yield;
  const squared = new Float32Array(featureIndex.size * classes);
  yield;
  const biasSquared = new Float64Array(classes).fill(1e-8);
  const scores = new Float64Array(classes);
  // The classes an example's error is worth correcting, and by how much (see the loop below).
  const activeClass = new Int32Array(classes);
  const activeGradient = new Float64Array(classes);
  const softmax = (vector: SparseVector, out: Float64Array) => {
    out.set(bias);
    for (let k = 0; k < vector.index.length; k++) {
      const row = vector.index[k]! * classes;
      const x = vector.value[k]!;
      for (let c = 0; c < classes; c++) out[c]! += weights[row + c]! * x;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, out[c]!);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += out[c] = Math.exp(out[c]! - max);
    for (let c = 0; c < classes; c++) out[c]! /= sum;
    return out;
  };
  // A fixed shuffle (seeded), so the same knowledge always trains the same model.
  let seed = 2463534242;
  const random = () => (
    (seed ^= seed << 13),
    (seed ^= seed >>> 17),
    (seed ^= seed << 5),
    (seed >>> 0) / 4294967296
  );
  const order = docs.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // Yield by work done (weights touched), not by documents: a long story costs a hundred short questions.
    let work = 0;
    for (const docIndex of order) {
      const vector = vectors[docIndex]!;
      const label = docs[docIndex]!.label;
      softmax(vector, scores);
      // The forward pass touches every class's weight for each feature: a quarter of an update each.
      work += (vector.index.length * classes) / 4;
      let active = 0;
      for (let c = 0; c < classes; c++) {
        const gradient = scores[c]! - (c === label ? 1 : 0);
        biasSquared[c]! += gradient * gradient;
        bias[c]! -=
          (options.learningRate * gradient) / Math.sqrt(biasSquared[c]!);
        if (Math.abs(gradient) < options.gradientFloor) continue;
        activeClass[active] = c;
        activeGradient[active++] = gradient;
      }
      // Feature by feature, the classes' weights of one feature side by side in memory: the same
      // updates as class by class (each weight once per example), in a fraction of the time.
      for (let k = 0; k < vector.index.length; k++) {
        const row = vector.index[k]! * classes;
        const x = vector.value[k]!;
        for (let a = 0; a < active; a++) {
          const at = row + activeClass[a]!;
          const g = activeGradient[a]! * x + options.l2 * weights[at]!;
          squared[at]! += g * g;
          weights[at]! -=
            (options.learningRate * g) / Math.sqrt(squared[at]! + 1e-8);
        }
      }
      work += vector.index.length * active;
      if (work >= sliceSize * WORK_PER_TEXT) {
        work = 0;
        yield;
      }
    }
  }
  return {
    classes,
    predict: (vector) => softmax(vector, new Float64Array(classes)),
    vectorize,
    weight: (feature, label) => weights[feature * classes + label]!,
  };
}
