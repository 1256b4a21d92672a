import { editDistance } from "./edit-distance.js";

/**
 * The small pattern language of the phrase lists (crisis, small talk,
 * requests we refuse), written so a clinician can read and extend them:
 *
 * - words separated by spaces must appear in that order, next to each other;
 * - `a|b` means either word (alternatives are single words);
 * - `word*` means any word starting with "word" (`suicid*`);
 * - `...` allows up to three other words in between, `....` up to eight;
 * - `a_b` inside alternatives is two words in a row (`soon|by_then`);
 * - `[word]` (or `[a|b]`) is an optional word;
 * - `=word` is matched exactly, without typo tolerance;
 * - `#` is any number ("took 15 pills");
 * - `$` is the end of the sentence ("i cut $" but not "i cut back on coffee").
 *
 * With `fuzzy`, one typo is tolerated in words of six letters or more (two
 * from eight letters), and one in a `word*` prefix of five letters or more
 * ("suisidal" for `suicid*`), when the first letter is right.
 */
export interface PhrasePattern {
  /** The pattern line as written. */
  readonly source: string;
  /** Where a match starting exactly at `start` ends (exclusive), or -1. */
  matchAt(words: readonly string[], start: number): number;
  /** Whether the pattern matches anywhere in the words (index them once with {@link indexWords} for many patterns). */
  test(words: readonly string[] | IndexedWords): boolean;
}

/** A message's words with a look-up by word and by first letter, shared by every pattern tested on it. */
export interface IndexedWords {
  readonly words: readonly string[];
  readonly set: ReadonlySet<string>;
  readonly byLetter: ReadonlyMap<string, readonly string[]>;
  /**
   * Whether the message has a word for a typo-tolerant first required word of the patterns, by that word's
   * number (see `anchorIds`): 0 not yet known, 1 yes, 2 no. Hundreds of patterns share a few first words
   * ("kill*", "myself"), and each typo-tolerant look-up costs edit distances, so each is worked out once per
   * message.
   */
  readonly anchors: Uint8Array;
}

// Every typo-tolerant first required word of every compiled pattern, numbered (see `IndexedWords.anchors`).
const anchorIds = new Map<string, number>();

/** Indexes words once so hundreds of patterns can skip a message that lacks their first required word. */
export function indexWords(words: readonly string[]): IndexedWords {
  const byLetter = new Map<string, string[]>();
  const set = new Set(words);
  for (const word of set) {
    const list = byLetter.get(word[0] ?? "");
    if (list) list.push(word);
    else byLetter.set(word[0] ?? "", [word]);
  }
  return { words, set, byLetter, anchors: new Uint8Array(anchorIds.size) };
}

interface Option {
  text: string;
  prefix: boolean;
  exact: boolean;
}
type Slot =
  | { kind: "end" }
  | { kind: "gap"; max: number }
  | { kind: "word"; options: { parts: Option[] }[]; optional: boolean };

function wordMatches(option: Option, word: string, fuzzy: boolean): boolean {
  if (option.text === "#") return /^\d+$/.test(word);
  if (option.prefix) {
    if (word.startsWith(option.text)) return true;
    if (!fuzzy || option.text.length < 5 || word[0] !== option.text[0])
      return false;
    // The typo may drop, add or change a letter of the prefix: "suicd…", "suiccid…" and "suisidal" are all one
    // step from "suicid", but only when the word is cut where the prefix ends after that step.
    const length = option.text.length;
    return [length, length - 1, length + 1].some(
      (cut) =>
        word.length >= cut &&
        editDistance(word.slice(0, cut), option.text, 1) <= 1,
    );
  }
  if (word === option.text) return true;
  if (
    !fuzzy ||
    option.exact ||
    option.text.length < 6 ||
    word.length < 5 ||
    word[0] !== option.text[0]
  )
    return false;
  return (
    editDistance(word, option.text, 2) <= (option.text.length >= 8 ? 2 : 1)
  );
}

/** Compiles one pattern line; see the language above. */
export function compilePattern(source: string, fuzzy: boolean): PhrasePattern {
  const slots: Slot[] = source
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((part): Slot => {
      if (part === "$") return { kind: "end" };
      if (part === "..." || part === "....")
        return { kind: "gap", max: part === "..." ? 3 : 8 };
      const optional = part.startsWith("[") && part.endsWith("]");
      const body = optional ? part.slice(1, -1) : part;
      const options = body.split("|").map((alternative) => ({
        parts: alternative.split("_").map((text) => {
          const exact = text.startsWith("=");
          const word = exact ? text.slice(1) : text;
          return word.endsWith("*")
            ? { text: word.slice(0, -1), prefix: true, exact }
            : { text: word, prefix: false, exact };
        }),
      }));
      return { kind: "word", options, optional };
    });
  // Matching is memoised on (slot, word position): each pair is worked out once per message, so the
  // time is linear in the message's length times the pattern's, never exponential (gaps and optional
  // words used to retry the same positions again and again).
  // A Map holds only the states a call visits: most patterns fail on their first word, so a table
  // sized to the whole message would cost more to allocate than the matching itself.
  let memoWords: readonly string[] | undefined;
  let memo = new Map<number, number>();
  const width = slots.length + 1;
  const matchFrom = (
    words: readonly string[],
    slotIndex: number,
    wordIndex: number,
  ): number => {
    if (memoWords !== words) {
      memoWords = words;
      memo = new Map();
    }
    const key = wordIndex * width + slotIndex;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = matchSlot(words, slotIndex, wordIndex);
    memo.set(key, result);
    return result;
  };
  const matchSlot = (
    words: readonly string[],
    slotIndex: number,
    wordIndex: number,
  ): number => {
    if (slotIndex === slots.length) return wordIndex;
    const slot = slots[slotIndex]!;
    if (slot.kind === "end")
      return wordIndex === words.length
        ? matchFrom(words, slotIndex + 1, wordIndex)
        : -1;
    if (slot.kind === "gap") {
      for (
        let skip = 0;
        skip <= slot.max && wordIndex + skip <= words.length;
        skip++
      ) {
        const end = matchFrom(words, slotIndex + 1, wordIndex + skip);
        if (end !== -1) return end;
      }
      return -1;
    }
    for (const option of slot.options) {
      const length = option.parts.length;
      if (
        option.parts.every(
          (part, offset) =>
            words[wordIndex + offset] !== undefined &&
            wordMatches(part, words[wordIndex + offset]!, fuzzy),
        )
      ) {
        const end = matchFrom(words, slotIndex + 1, wordIndex + length);
        if (end !== -1) return end;
      }
    }
    return slot.optional ? matchFrom(words, slotIndex + 1, wordIndex) : -1;
  };
  // The first word every match must contain: a message without it is skipped at once.
  const anchor = slots.find(
    (slot): slot is Extract<Slot, { kind: "word" }> =>
      slot.kind === "word" && !slot.optional,
  );
  const anchorParts = anchor?.options.map((option) => option.parts[0]!) ?? [];
  // A prefix, or a word that tolerates a typo: matched by edit distance, not by a set look-up.
  const isInexact = (part: Option) => part.prefix || (fuzzy && !part.exact);
  const hasAnchor = (indexed: IndexedWords, part: Option) =>
    part.text === "#"
      ? indexed.words.some((word) => /^\d+$/.test(word))
      : isInexact(part)
        ? (indexed.byLetter.get(part.text[0] ?? "") ?? []).some((word) =>
            wordMatches(part, word, fuzzy),
          )
        : indexed.set.has(part.text);
  // A typo-tolerant first word is looked up once per message (its number); an exact one is a set look-up.
  const anchorNumbers = anchorParts.map((part) => {
    if (part.text === "#" || !isInexact(part)) return -1;
    const key = `${fuzzy && !part.exact ? "~" : "="}${part.prefix ? "*" : ""}${part.text}`;
    let id = anchorIds.get(key);
    if (id === undefined) anchorIds.set(key, (id = anchorIds.size));
    return id;
  });
  const mayMatch = (indexed: IndexedWords) =>
    anchorParts.length === 0 ||
    anchorParts.some((part, index) => {
      const id = anchorNumbers[index]!;
      if (id < 0 || id >= indexed.anchors.length)
        return hasAnchor(indexed, part);
      if (indexed.anchors[id] === 0)
        indexed.anchors[id] = hasAnchor(indexed, part) ? 1 : 2;
      return indexed.anchors[id] === 1;
    });
  // Most patterns fail on their first word: when that word is required, a position is ruled out before any
  // memo is made for it (small talk tries every pattern at every position).
  const first = slots[0];
  const cannotStartAt =
    first?.kind === "word" && !first.optional
      ? (words: readonly string[], start: number) =>
          !first.options.some(
            (option) =>
              words[start] !== undefined &&
              wordMatches(option.parts[0]!, words[start]!, fuzzy),
          )
      : () => false;
  return {
    source,
    matchAt: (words, start) => {
      if (cannotStartAt(words, start)) return -1;
      memoWords = undefined; // a fresh memo per call: the caller may reuse an array with other words
      return matchFrom(words, 0, start);
    },
    test(input) {
      const indexed = "set" in input ? input : indexWords(input);
      if (!mayMatch(indexed)) return false;
      const { words } = indexed;
      memoWords = undefined;
      for (let start = 0; start < words.length; start++)
        if (!cannotStartAt(words, start) && matchFrom(words, 0, start) !== -1)
          return true;
      return false;
    },
  };
}
