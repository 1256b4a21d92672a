import { compilePattern, indexWords, type IndexedWords, type PhrasePattern } from './phrase-pattern.js';
import { CRISIS_PHRASES } from './phrases/crisis-phrases.js';
import { CRISIS_SIGNALS, CRISIS_SIGNAL_THRESHOLD, CRISIS_SIGNAL_WEIGHTS } from './phrases/crisis-signals.js';
import { REFUSAL_PHRASES } from './phrases/refusal-phrases.js';
import { SMALLTALK_FILLER, SMALLTALK_PHRASES } from './phrases/smalltalk-phrases.js';
import { STOP_WORDS } from './phrases/stop-words.js';
import type { SmalltalkIntent } from './types.js';

/** What a message is before any FAQ matching. */
export type Classification =
  | { kind: 'crisis' }
  | { kind: 'smalltalk'; intent: SmalltalkIntent }
  | { kind: 'refusal' }
  /** A question to match; `words` has leading or trailing small talk removed. */
  | { kind: 'question'; words: string[] };

const crisis = CRISIS_PHRASES.map((line) => compilePattern(line, true));
const endsSentence = new Set(crisis.filter((pattern) => /(^|\s)\$(\s|$)/.test(pattern.source)));
const MAX_WORDS_SCORED_WHOLE = 80;
const signals = Object.entries(CRISIS_SIGNALS).map(([kind, lines]) => ({
  ...CRISIS_SIGNAL_WEIGHTS[kind as keyof typeof CRISIS_SIGNALS],
  patterns: lines.map((line) => compilePattern(line, false)),
}));

/** The crisis-signal score of one sentence (see crisis-signals.ts). */
export function crisisSignalScore(words: readonly string[] | IndexedWords): number {
  const indexed = 'set' in words ? words : indexWords(words);
  let score = 0;
  for (const { points, most, patterns } of signals) {
    let found = 0;
    for (const pattern of patterns) if (found < most && pattern.test(indexed)) found++;
    score += points * found;
  }
  return score;
}
const refusal = REFUSAL_PHRASES.map((line) => compilePattern(line, false));
// When a message mixes kinds of small talk, the more specific one decides the reply.
const INTENT_PRIORITY: SmalltalkIntent[] = ['identity', 'help', 'goodbye', 'thanks', 'greeting'];
const smalltalk: [SmalltalkIntent, PhrasePattern][] = INTENT_PRIORITY.flatMap((intent) =>
  SMALLTALK_PHRASES[intent].map((line): [SmalltalkIntent, PhrasePattern] => [intent, compilePattern(line, true)]),
);

/** Small talk after a question is short ("thanks so much!"); looking further back only costs time. */
const MAX_TRAILING_WORDS = 8;

/** Consumes small talk and filler from `start`; returns where it stopped and the intents seen. */
function consumeSmalltalk(words: readonly string[], start: number, end: number): { stop: number; intents: Set<SmalltalkIntent> } {
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
    } else if (SMALLTALK_FILLER.has(words[position]!)) position++;
    else break;
  }
  return { stop: position, intents };
}

/**
 * Decides, in order of safety: is this a crisis (always first, anywhere in the
 * message); only small talk; a request we must refuse; or a question to match.
 * `sentences` (the message's sentences as words) let crisis lines see where a
 * sentence ends; without them the whole message is one sentence.
 */
export function classifyQuestion(words: readonly string[], sentences: readonly (readonly string[])[] = [words]): Classification {
  // Lines are tried on the whole message (a match inside one sentence is a match in the whole); lines
  // that need a sentence end, and the signal scores, also per sentence. Long messages are not scored
  // as a whole: signals scattered over a long story would add up to false alarms.
  const whole = indexWords(words);
  const parts = sentences.length > 1 ? sentences.map(indexWords) : [];
  if (crisis.some((pattern) => pattern.test(whole) || (endsSentence.has(pattern) && parts.some((part) => pattern.test(part))))) return { kind: 'crisis' };
  const scored = words.length <= MAX_WORDS_SCORED_WHOLE ? [whole, ...parts] : parts;
  if (scored.some((part) => crisisSignalScore(part) >= CRISIS_SIGNAL_THRESHOLD)) return { kind: 'crisis' };
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
  if (!remainder.some((word) => !STOP_WORDS.has(word) && !SMALLTALK_FILLER.has(word))) {
    const intent = INTENT_PRIORITY.find((candidate) => intents.has(candidate));
    if (intent) return { kind: 'smalltalk', intent };
  }
  if (refusal.some((pattern) => pattern.test(words))) return { kind: 'refusal' };
  return { kind: 'question', words: remainder.length > 0 ? remainder : [...words] };
}
