// Invisible and control characters visitors paste in by accident (or on purpose).
const INVISIBLE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2061-\u206F\uFE00-\uFE0F]/g;
// Invisible characters that sit inside a word without parting it (a soft hyphen, a zero-width space, a word
// joiner, a byte-order mark): pasted text carries them, and "k\u200Bill myself" must read as "kill myself".
// The zero-width non-joiner and joiner above stay spaces: Persian writes "می‌خواهم" with one between parts.
// A zero-width space parts words in Thai, Khmer or Burmese, so it is dropped only between Latin letters
// (looked behind only once one is found: a look-behind first is tried at every character of a long paste).
const INVISIBLE_IN_WORD =
  /[\u00AD\u2060\uFEFF]|\u200B(?<=\p{Script=Latin}\u200B)(?=\p{Script=Latin})/gu;
// Emoji people use for means and death carry meaning the crisis check must see; the common
// reaction emoji are small talk ("👍", "😂") and would otherwise vanish, leaving an empty message.
const EMOJI: Readonly<Record<string, string>> = {
  "👍": " ok ",
  "👌": " ok ",
  "🆗": " ok ",
  "✅": " ok ",
  "😂": " haha ",
  "🤣": " haha ",
  "😆": " haha ",
  "😄": " haha ",
  "😁": " haha ",
  "😅": " haha ",
  "🙏": " thanks ",
  "👋": " hi ",
  "❤": " love ",
  "😍": " love ",
  "🥰": " love ",
  "😊": " smile ",
  "🙂": " smile ",
  "😀": " smile ",
  "😃": " smile ",
  "😡": " angry ",
  "😠": " angry ",
  "🤬": " angry ",
  "🙄": " ugh ",
  "👎": " bad ",
  "🤔": " hmm ",
  "😮": " wow ",
  "😲": " wow ",
  "🤖": " bot ",
  "💊": " pills ",
  "🔪": " knife ",
  "🔫": " gun ",
  "🪦": " grave ",
  "⚰": " coffin ",
  "💀": " dead ",
  "☠": " dead ",
  "😴": " sleep ",
  "🩸": " blood ",
  "🪢": " rope ",
  "🌉": " bridge ",
  "🍷": " wine ",
  "🥃": " alcohol ",
  "🍺": " beer ",
};
const EMOJI_PATTERN = new RegExp(Object.keys(EMOJI).join("|"), "gu");
const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

// Cyrillic and Greek letters that look like Latin ones (lowercase: capitals are lowered first, so "В", "Н",
// "М", "Т" and "К" arrive as "в", "н", "м", "т", "к"). A word mixing them with Latin letters was typed or pasted to
// look English ("ѕuicide" with a Cyrillic "ѕ"), so they are read as the Latin letters they imitate. A word
// wholly in Cyrillic or Greek is left alone: it is Russian, Ukrainian or Greek.
// Each letter of the first string reads as the letter at the same place in the second ("ё" and "ї" arrive
// as "е" and "і": their marks are dropped first).
const [IMITATIONS, IMITATED] = [
  "авеһніјкӏмоԛгсѕтуԝхԁьαβεηικνορτυχ",
  "abehhijklmoqrcstywxdbabenikvoptux",
];
const LOOK_ALIKE = new RegExp(`[${IMITATIONS}]`, "gu");

/**
 * Brings a message to plain lowercase words: Unicode folded (NFKD, accents
 * dropped), invisible characters removed, digit-for-letter spellings undone
 * inside words ("su1c1de"), contractions and texting shorthand expanded,
 * punctuation turned into spaces (`texting` is the shorthand list from the
 * phrase data). The same function prepares the knowledge,
 * so both sides meet in the same form.
 *
 * @example normalizeText("What's K  like?? ur thoughts") === "what is k like your thoughts"
 */
export function normalizeText(
  text: string,
  texting: Readonly<Record<string, string>> = {},
): string {
  const folded = text
    // A long run of one emoji, space or punctuation mark says no more than three of it ("😀" 50,000 times
    // would otherwise become 50,000 words "smile" for every reader of the message).
    .replace(/([^\p{L}\p{N}])\1{3,}/gu, "$1$1$1")
    .replace(EMOJI_PATTERN, (emoji) => EMOJI[emoji] ?? " ")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(INVISIBLE_IN_WORD, "")
    .replace(INVISIBLE, " ")
    .toLowerCase()
    // "ł" has no accent to drop (NFKD leaves it whole), and phones without Polish letters type "l".
    .replace(/ł/g, "l")
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/%/g, " percent ")
    // "100mg" → "100 mg", so a dose reads as a number and a unit.
    .replace(/(\d)(mg|mcg|ml|g|kg|cc)\b/gi, "$1 $2")
    // "helloooo", "pleeease": long runs of one letter are emphasis, not spelling.
    .replace(/(\p{L})\1{2,}/gu, "$1$1");
  const words = folded
    // A word mixing letters with look-alike digits or symbols is spelled, not numbered. Each run of such
    // characters is taken whole (the callback needs two letters in it): a pattern that looked for a letter
    // inside the run scanned a long run of digits again from every position, in time growing with its square.
    // A word of Latin letters with Cyrillic or Greek look-alikes among them is read as the Latin word it
    // imitates (one pass over the words for both).
    .replace(/[\p{L}0-9@$]+/gu, (word) => {
      const latin =
        /[\u0370-\u052F]/.test(word) && /[a-z]/.test(word)
          ? word.replace(LOOK_ALIKE, (c) => IMITATED[IMITATIONS.indexOf(c)]!)
          : word;
      return /[0-9@$]/.test(latin) &&
        /\p{L}{2}/u.test(latin) &&
        !/^\d+(mg|ml|kg|st|nd|rd|th|s|am|pm)$/.test(latin)
        ? latin.replace(/[0-9@$]/g, (c) => LEET[c] ?? c)
        : latin;
    })
    .replace(
      /(\p{L})'(s|re|ve|ll|d|m|t)\b/gu,
      (_, letter: string, ending: string) => {
        // "what's" → "what is"; "don't" → "do not"; "kid's" keeps "kid".
        const expansions: Record<string, string> = {
          re: " are",
          ve: " have",
          ll: " will",
          d: " would",
          m: " am",
          s: " is",
        };
        return ending === "t"
          ? `${letter}t`
          : letter + (expansions[ending] ?? "");
      },
    )
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Own entries only: the visitor's word "constructor" is not the object's.
  return readDoseTypos(
    words.map((word) => (Object.hasOwn(texting, word) ? texting[word]! : word)),
  )
    .join(" ")
    .replace(/\bmy self\b/g, "myself");
}

// "dose" typed for "does" is common on phones ("how long dose a session last", "dose insurance cover it").
// It is a real dose after words that make it a noun ("the dose", "my dose") or before words that
// follow a real one ("dose of", "dose should", "dose for"); anywhere else it is read as "does".
const DOSE_AS_NOUN_AFTER = new Set(
  "the a my your his her their our this that right correct safe max maximum starting typical usual normal best high higher low lower one same each every first second booster daily single full half small big large lethal fatal".split(
    " ",
  ),
);
const DOSE_AS_NOUN_BEFORE = new Set(
  "of should would could can do does did is was are be for to i you we they per mg milligrams ml amount amounts range level size and or too".split(
    " ",
  ),
);
function readDoseTypos(words: string[]): string[] {
  return words.map((word, index) => {
    if (word !== "dose") return word;
    const before = words[index - 1];
    const after = words[index + 1];
    if (after === undefined || /^\d/.test(after)) return word;
    if (before !== undefined && DOSE_AS_NOUN_AFTER.has(before)) return word;
    return DOSE_AS_NOUN_BEFORE.has(after) ? word : "does";
  });
}
