import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Answers above this Flesch–Kincaid grade get a warning (health material aims at grades 6–8). */
export const MAX_READING_GRADE = 9;
/** Answers longer than this many words get a warning: more than about one phone screen with the title and handoff. */
export const MAX_READING_WORDS = 130;

/** How hard an answer is to read, measured on the text a visitor sees. */
export interface Readability {
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  grade: number;
  words: number;
  sentences: number;
}

/**
 * Turns an answer's markdown into the plain text a visitor reads: link
 * targets, emphasis marks and list bullets go, and each list item or line
 * counts as a sentence of its own (a bullet without a full stop still ends
 * where the line ends, as a reader takes it).
 */
export function plainSentences(markdown: string): string[] {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '');
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z0-9"(])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence));
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens kept. */
const wordsOf = (sentence: string) => sentence.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];

/**
 * Measures an answer with the Flesch–Kincaid grade formula (the `flesch-kincaid`
 * package) and syllables counted by the `syllable` package, so the grade
 * matches what other readability tools report. An empty answer is grade 0.
 *
 * @example
 * measureReadability('Ketamine is a medicine. It is given in a clinic. Staff stay with you.').grade // about 3
 */
export function measureReadability(markdown: string): Readability {
  const sentences = plainSentences(markdown);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return { grade: 0, words: 0, sentences: 0 };
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences: sentences.length };
}
