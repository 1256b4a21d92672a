import type { PhraseData } from "../types.js";
import { CRISIS_PHRASES } from "./crisis-phrases.js";
import {
  CRISIS_SIGNALS,
  CRISIS_SIGNAL_THRESHOLD,
  CRISIS_SIGNAL_WEIGHTS,
} from "./crisis-signals.js";
import {
  OFF_TOPIC_EXAMPLES,
  VISITOR_OFF_TOPIC_EXAMPLES,
} from "./off-topic-examples.js";
import { REFUSAL_PHRASES } from "./refusal-phrases.js";
import { SMALLTALK_EXAMPLES } from "./smalltalk-examples.js";
import { SMALLTALK_FILLER, SMALLTALK_PHRASES } from "./smalltalk-phrases.js";
import { STOP_WORDS } from "./stop-words.js";
import { TEXTING } from "./texting.js";

/**
 * Every phrase list, as the data `faq build` writes into compiled knowledge.
 * Imported by the compiler and by tests, never by the widget: the widget
 * reads the lists from the knowledge file.
 */
export const PHRASES: PhraseData = {
  crisis: [...CRISIS_PHRASES],
  crisisSignals: {
    lists: Object.fromEntries(
      Object.entries(CRISIS_SIGNALS).map(([kind, lines]) => [kind, [...lines]]),
    ) as PhraseData["crisisSignals"]["lists"],
    weights: CRISIS_SIGNAL_WEIGHTS,
    threshold: CRISIS_SIGNAL_THRESHOLD,
  },
  refusal: [...REFUSAL_PHRASES],
  smalltalk: Object.fromEntries(
    Object.entries(SMALLTALK_PHRASES).map(([intent, lines]) => [
      intent,
      [...lines],
    ]),
  ) as PhraseData["smalltalk"],
  smalltalkExamples: Object.fromEntries(
    Object.entries(SMALLTALK_EXAMPLES).map(([intent, lines]) => [
      intent,
      [...lines],
    ]),
  ) as PhraseData["smalltalkExamples"],
  offTopic: [...OFF_TOPIC_EXAMPLES, ...VISITOR_OFF_TOPIC_EXAMPLES],
  smalltalkFiller: [...SMALLTALK_FILLER],
  stopWords: [...STOP_WORDS],
  texting: { ...TEXTING },
};
