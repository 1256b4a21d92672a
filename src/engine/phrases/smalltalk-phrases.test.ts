import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classify.js";
import { normalizeText } from "../normalize.js";
import { sentencesOf } from "../sentences.js";
import { PHRASES } from "./index.js";

const classifier = createClassifier(PHRASES);
const toWords = (text: string) =>
  normalizeText(text, PHRASES.texting).split(" ").filter(Boolean);
/** Classifies a message the way the engine does: whole, and sentence by sentence. */
const classify = (text: string) =>
  classifier.classify(toWords(text), sentencesOf(text).map(toWords));

const SMALLTALK: [string, string][] = [
  ["hi", "greeting"],
  ["Hello there!", "greeting"],
  ["good morning", "greeting"],
  ["heyyy", "greeting"],
  ["thanks so much", "thanks"],
  ["thank you!", "thanks"],
  ["ty", "thanks"],
  ["bye", "goodbye"],
  ["ok thanks bye", "goodbye"],
  ["are you a real person?", "identity"],
  ["is this a bot", "identity"],
  ["am i talking to a human", "identity"],
  ["what can you do", "help"],
  ["hlep", "help"],
];
const NOT_SMALLTALK = [
  "hi, what is ketamine?",
  "thanks! how long does a session take",
  "hello how much does it cost",
  "what is anxiety",
  "help me understand side effects",
];

describe("small-talk phrases", () => {
  for (const [text, intent] of SMALLTALK) {
    it(`read "${text}" as ${intent}`, () =>
      assert.deepEqual(classify(text), { kind: "smalltalk", intent }));
  }
  for (const text of NOT_SMALLTALK)
    it(`treat "${text}" as a question`, () =>
      assert.equal(classify(text).kind, "question"));
});
