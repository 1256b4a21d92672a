import { stemmer } from "stemmer";

/** Which features to extract (see `defaults.ts` for the values the engine uses). */
export interface FeatureOptions {
  /** Shortest and longest character n-grams taken inside each word (with its boundaries). */
  readonly charGramMin: number;
  readonly charGramMax: number;
}

/**
 * Turns a message's words (normalized, spelling corrected) into the sparse
 * features the classifier reads, counted:
 * - `w:` stemmed content words (Porter, from the `stemmer` package), so
 *   "sessions" and "session" meet;
 * - `b:` pairs of neighbouring stemmed words, stop words included, so "how
 *   long" and "how much" tell apart what single words cannot;
 * - `c:` character n-grams inside each content word with its boundaries
 *   ("<keta", "tamin"), so a typo the corrector missed, or a new form of a
 *   known word, still shares most of its pieces.
 */
export function extractFeatures(
  words: readonly string[],
  stopWords: ReadonlySet<string>,
  options: FeatureOptions,
): Map<string, number> {
  const features = new Map<string, number>();
  const add = (feature: string) =>
    features.set(feature, (features.get(feature) ?? 0) + 1);
  const stems = words.map((word) => stemmer(word));
  stems.forEach((stem, index) => {
    const word = words[index]!;
    if (index > 0) add(`b:${stems[index - 1]}_${stem}`);
    if (stopWords.has(word)) return;
    add(`w:${stem}`);
    const bounded = `<${word}>`;
    for (let size = options.charGramMin; size <= options.charGramMax; size++) {
      for (let start = 0; start + size <= bounded.length; start++)
        add(`c:${bounded.slice(start, start + size)}`);
    }
  });
  return features;
}
