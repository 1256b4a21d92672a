import { compilePattern, indexWords, type IndexedWords, type PhrasePattern } from './phrase-pattern.js';
import type { PhraseData, SmalltalkIntent } from './types.js';

/** What a message is before any FAQ matching. */
export type Classification =
  | { kind: 'crisis' }
  | { kind: 'smalltalk'; intent: SmalltalkIntent }
  | { kind: 'refusal' }
  /** A question to match; `words` has leading or trailing small talk removed. */
  | { kind: 'question'; words: string[] };

/** Reads messages with one set of phrase data. */
export interface Classifier {
  /**
   * Decides, in order of safety: is this a crisis (always first, anywhere in the
   * message); only small talk; a request we must refuse; or a question to match.
   * `sentences` (the message's sentences as words) let crisis lines see where a
   * sentence ends and are scored for crisis signals one by one.
   */
  classify(words: readonly string[], sentences?: readonly (readonly string[])[]): Classification;
  /** The crisis-signal score of one sentence (see `phrases/crisis-signals.ts`). */
  signalScore(words: readonly string[] | IndexedWords): number;
}

/**
 * A safety floor built into the code: whatever phrase data a knowledge file
 * carries (an old or a tampered file), these always get the crisis reply.
 */
const CRISIS_FLOOR = [
  'suicid*', 'kill|killing ... myself', 'end|ending|take|taking my [own] life', 'want|wanna ... to =die', 'i|just ... =overdosed', 'self harm*',
  'hurt|harm|cut|cutting|hurting|harming myself', 'better off =dead', 'do not ... want to =live', 'end it all', 'unaliv*',
];
/** Small talk after a question is short ("thanks so much!"); looking further back only costs time. */
const MAX_TRAILING_WORDS = 8;
/** Longer messages are scored sentence by sentence only: signals scattered over a long story would add up to false alarms. */
const MAX_WORDS_SCORED_WHOLE = 80;
// When a message mixes kinds of small talk, the more specific one decides the reply.
const INTENT_PRIORITY: SmalltalkIntent[] = ['identity', 'help', 'goodbye', 'thanks', 'greeting'];

/** Compiles the phrase data's lists once; classifying is then cheap. */
export function createClassifier(phrases: PhraseData): Classifier {
  const crisis = [...CRISIS_FLOOR, ...phrases.crisis].map((line) => compilePattern(line, true));
  const endsSentence = new Set(crisis.filter((pattern) => /(^|\s)\$(\s|$)/.test(pattern.source)));
  const { lists, weights, threshold } = phrases.crisisSignals;
  const signals = (Object.keys(lists) as (keyof typeof lists)[]).map((kind) => ({
    ...weights[kind],
    patterns: lists[kind].map((line) => compilePattern(line, false)),
  }));
  const refusal = phrases.refusal.map((line) => compilePattern(line, false));
  const smalltalk: [SmalltalkIntent, PhrasePattern][] = INTENT_PRIORITY.flatMap((intent) =>
    (phrases.smalltalk[intent] ?? []).map((line): [SmalltalkIntent, PhrasePattern] => [intent, compilePattern(line, true)]),
  );
  const filler = new Set(phrases.smalltalkFiller);
  const stopWords = new Set(phrases.stopWords);

  const signalScore = (words: readonly string[] | IndexedWords): number => {
    const indexed = 'set' in words ? words : indexWords(words);
    let score = 0;
    for (const { points, most, patterns } of signals) {
      let found = 0;
      for (const pattern of patterns) if (found < most && pattern.test(indexed)) found++;
      score += points * found;
    }
    return score;
  };

  /** Consumes small talk and filler from `start`; returns where it stopped and the intents seen. */
  const consumeSmalltalk = (words: readonly string[], start: number, end: number) => {
    const intents = new Set<SmalltalkIntent>();
    let position = start;
    while (position < end) {
      let best = -1;
      let bestIntent: SmalltalkIntent | undefined;
      for (const [intent, pattern] of smalltalk) {
        const stop = pattern.matchAt(words, position);
        if (stop > best && stop <= end) [best, bestIntent] = [stop, intent];
      }
      if (best > position && bestIntent) {
        intents.add(bestIntent);
        position = best;
      } else if (filler.has(words[position]!)) position++;
      else break;
    }
    return { stop: position, intents };
  };

  const isCrisis = (words: readonly string[], sentences: readonly (readonly string[])[]) => {
    // Lines are tried on the whole message (a match inside a sentence is a match in the whole);
    // lines that need a sentence end, and the signal scores, also per sentence.
    const whole = indexWords(words);
    const parts = sentences.length > 1 ? sentences.map(indexWords) : [];
    if (crisis.some((pattern) => pattern.test(whole) || (endsSentence.has(pattern) && parts.some((part) => pattern.test(part))))) return true;
    const scored = words.length <= MAX_WORDS_SCORED_WHOLE ? [whole, ...parts] : parts;
    return scored.some((part) => signalScore(part) >= threshold);
  };

  return {
    signalScore,
    classify(words, sentences = [words]) {
      if (isCrisis(words, sentences)) return { kind: 'crisis' };
      const head = consumeSmalltalk(words, 0, words.length);
      let end = words.length;
      const intents = new Set(head.intents);
      // Trailing small talk ("..., thanks!"): the longest short tail that is all small talk.
      for (let tail = Math.max(head.stop + 1, words.length - MAX_TRAILING_WORDS); tail < words.length; tail++) {
        const rest = consumeSmalltalk(words, tail, words.length);
        if (rest.stop === words.length && rest.intents.size > 0) {
          end = tail;
          rest.intents.forEach((intent) => intents.add(intent));
          break;
        }
      }
      const remainder = words.slice(head.stop, end);
      if (!remainder.some((word) => !stopWords.has(word) && !filler.has(word))) {
        const intent = INTENT_PRIORITY.find((candidate) => intents.has(candidate));
        if (intent) return { kind: 'smalltalk', intent };
      }
      if (refusal.some((pattern) => pattern.test(words))) return { kind: 'refusal' };
      return { kind: 'question', words: remainder.length > 0 ? remainder : [...words] };
    },
  };
}
