import { editDistance } from "./edit-distance.js";

/**
 * CRISIS TYPOS — for clinical review.
 *
 * The crisis lines tolerate one typo only in words of six letters or more: shorter words have too many real
 * neighbours ("live" and "love", "take my life" and "take my wife"). But the shortest words carry the most
 * risk, and phones mistype them: "kilk myself", "klil myself", "hnag myself". So a word of a visitor's
 * message that the knowledge has never met, and that is one typo (a letter changed, added, dropped or two
 * swapped, the first letter right) from a word below, is read as that word when the crisis lines read the
 * message a second time (see {@link rereadForCrisis}). Only words strong enough in a crisis line to be worth
 * it, and whose other neighbours are rare: "rope" is left out because "rape" is one step away, "hope"
 * because "hole" is.
 */
export const CRISIS_TYPO_WORDS: readonly string[] = [
  "kill",
  "kills",
  "hang",
  "hurt",
  "harm",
  "dead",
  "jump",
  "pills",
  "wrist",
  "wrists",
  "slit",
  "drown",
  "noose",
  "bleed",
  "knife",
  "alive",
];

/**
 * The word of {@link CRISIS_TYPO_WORDS} a word is one typo from (first letter right, four letters or more),
 * or the word itself. A plain edit distance over the sixteen words rather than Fuse.js, the spelling
 * corrector's candidate finder: Fuse's bitap scores miss swaps near a word's start ("hnag", "hrut"), and
 * a list this short needs no index.
 */
export function crisisTypoOf(word: string): string {
  if (word.length < 4 || CRISIS_TYPO_WORDS.includes(word)) return word;
  return (
    CRISIS_TYPO_WORDS.find(
      (target) => target[0] === word[0] && editDistance(word, target, 1) <= 1,
    ) ?? word
  );
}

/** `words` with each run of three or more single letters read as one word ("s u i c i d e" → "suicide"). */
export function joinSpelledOut(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < words.length;) {
    let end = index;
    while (end < words.length && words[end]!.length === 1) end++;
    if (end - index >= 3) {
      joined.push(words.slice(index, end).join(""));
      index = end;
    } else joined.push(words[index++]!);
  }
  return joined;
}

/** The longest word split into known words ("endmylife"), and the most parts. */
const MAX_SPLIT_LENGTH = 24;
const MAX_SPLIT_PARTS = 4;
/** The longest part a run-together word is split into. */
const MAX_PART_LENGTH = 12;

/**
 * A message's words as a person in a hurry meant them, for a second reading by the crisis lines: words the
 * knowledge has never met (`knows` says which it has) are read as the typo of a short crisis word they are
 * one step from ("kilk" → "kill"), without a doubled letter that makes them unknown ("wantt", "diee"), or
 * split into known words when they run together ("killme", "endmylife"); and a run of three or more single
 * letters is read as one word ("s u i c i d e", "d i e"). Returns the words unchanged when none applies.
 * Only ever a second reading: a known word is never changed, so nothing a visitor wrote plainly is re-read.
 */
export function rereadForCrisis(
  words: readonly string[],
  knows: (word: string) => boolean,
): string[] {
  return joinSpelledOut(words).flatMap((word) => {
    if (knows(word) || /\d/.test(word)) return [word];
    const typo = crisisTypoOf(word);
    if (typo !== word) return [typo];
    for (let index = 1; index < word.length; index++)
      if (word[index] === word[index - 1]) {
        const single = word.slice(0, index) + word.slice(index + 1);
        if (knows(single)) return [single];
      }
    return splitKnown(word, knows) ?? [word];
  });
}

// The short words a run-together message is split around ("killme", "iwanttodie"); other parts need three
// letters, or every word would split into the knowledge's stray fragments ("kill|ed", "harm|ng"), and a
// split needs one of these.
const SHORT_PARTS = new Set(
  "i me my to it go be am do so no up on in of".split(" "),
);

/** `word` as the fewest known words (three letters or more each, or a short word above), or null. */
function splitKnown(
  word: string,
  knows: (word: string) => boolean,
): string[] | null {
  if (word.length < 5 || word.length > MAX_SPLIT_LENGTH) return null;
  // A run-together phrase has a short word in it ("kill|me", "end|my|life"); a compound the knowledge does
  // not know ("night|stand", "pain|less") has none, and is left whole. Most words have none: no table.
  if (![...SHORT_PARTS].some((part) => word.includes(part))) return null;
  // count[i]: the fewest known words that spell word.slice(0, i); from[i]: where the last of them starts.
  const count = new Int8Array(word.length + 1).fill(-1);
  const from = new Int8Array(word.length + 1);
  count[0] = 0;
  for (let end = 1; end <= word.length; end++)
    for (let start = Math.max(0, end - MAX_PART_LENGTH); start < end; start++) {
      const before = count[start]!;
      if (before < 0 || before >= MAX_SPLIT_PARTS) continue;
      if (count[end]! >= 0 && before + 1 >= count[end]!) continue;
      const part = word.slice(start, end);
      if ((part.length >= 3 || SHORT_PARTS.has(part)) && knows(part)) {
        count[end] = before + 1;
        from[end] = start;
      }
    }
  if (count[word.length]! < 2) return null;
  const parts: string[] = [];
  for (let end = word.length; end > 0; end = from[end]!)
    parts.unshift(word.slice(from[end]!, end));
  return parts.some((part) => SHORT_PARTS.has(part)) ? parts : null;
}
