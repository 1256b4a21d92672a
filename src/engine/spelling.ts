import Fuse from "fuse.js/basic";
import { KNOWN_WORDS_PER_SLICE } from "./defaults.js";
import { editDistance } from "./edit-distance.js";

/** The settings the corrector needs (see `defaults.ts`). */
export interface SpellingOptions {
  readonly fuzzyThreshold: number;
  readonly fuzzyMinLength: number;
}

/**
 * Corrects a visitor's misspelt words against the words the knowledge uses,
 * with Fuse.js (the project's fuzzy matcher) as the candidate finder. Known
 * words are bucketed by first letter and length so each look-up searches a
 * few dozen words at any knowledge size; Fuse's pick is then confirmed with an
 * edit distance (one edit, two from eight letters), since Fuse's score alone
 * lets long words with a shared stretch through.
 *
 * A generator: it yields between slices, so a browser building the engine
 * stays responsive (`finishNow` runs it at once).
 */
export function* spellingCorrectorSteps(
  knownWords: Iterable<string>,
  options: SpellingOptions,
): Generator<void, (word: string) => string> {
  const known = new Set<string>();
  for (const word of knownWords) if (word) known.add(word);
  yield;
  const buckets = new Map<string, string[]>();
  let sorted = 0;
  for (const word of known) {
    if (++sorted % KNOWN_WORDS_PER_SLICE === 0) yield;
    if (word.length < options.fuzzyMinLength - 1 || /\d/.test(word)) continue;
    const key = word[0]! + word.length;
    const list = buckets.get(key);
    if (list) list.push(word);
    else buckets.set(key, [word]);
  }
  // Fuse indexes are built on first use of a bucket: most buckets are never needed.
  const fuses = new Map<string, Fuse<string>>();
  const fuseFor = (key: string) => {
    let fuse = fuses.get(key);
    const words = buckets.get(key);
    if (!fuse && words) {
      fuse = new Fuse(words, {
        threshold: options.fuzzyThreshold,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        includeScore: true,
      });
      fuses.set(key, fuse);
    }
    return fuse;
  };
  const memo = new Map<string, string>();
  const correct = (word: string): string => {
    if (
      known.has(word) ||
      word.length < options.fuzzyMinLength ||
      word.length > 24 ||
      /\d/.test(word)
    )
      return word;
    let best = word;
    let bestDistance = word.length >= 8 ? 3 : 2;
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const { item } of fuseFor(word[0]! + length)?.search(word, {
        limit: 3,
      }) ?? []) {
        const distance = editDistance(word, item, bestDistance);
        if (distance < bestDistance) [best, bestDistance] = [item, distance];
      }
    }
    return best;
  };
  return (word) => {
    let corrected = memo.get(word);
    if (corrected === undefined) {
      corrected = correct(word);
      // Bounded memo: typos recur, but hostile input must not grow memory without end.
      if (memo.size > 5000) memo.clear();
      memo.set(word, corrected);
    }
    return corrected;
  };
}
