/**
 * A light English stemmer: enough to make "sessions", "session" and
 * "infusions" meet, without the surprises of an aggressive one. Typos are
 * the fuzzy step's job, not this one's.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Makes the tokenizer: it splits normalized text into the terms used for
 * matching, stop words dropped, the rest stemmed, and intent pairs ("how
 * long", "how many") kept as one extra term so they can tell questions apart.
 */
export function createTokenizer(stopWords: readonly string[], intentPairs: readonly (readonly [string, string])[]): (normalized: string) => string[] {
  const stop = new Set(stopWords);
  return (normalized) => tokenize(normalized, stop, intentPairs);
}

function tokenize(normalized: string, stopWords: ReadonlySet<string>, intentPairs: readonly (readonly [string, string])[]): string[] {
  const words = normalized.split(' ').filter(Boolean);
  const terms: string[] = [];
  words.forEach((word, index) => {
    const next = words[index + 1];
    const stemmedNext = next === undefined ? undefined : stem(next);
    for (const [first, second] of intentPairs) {
      if (word === first && stemmedNext === second) terms.push(`${first}_${second}`);
    }
    if (!stopWords.has(word)) terms.push(stem(word));
  });
  return terms;
}
