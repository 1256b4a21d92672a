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

const kindOf = (text: string) => classify(text).kind;

const REFUSED = [
  "how many mg of ketamine should I take",
  "what dose of ketamine do you use",
  "what is the right dosage for me",
  "can you prescribe me ketamine",
  "write me a prescription for xanax",
  "where can I buy ketamine",
  "can I do ketamine at home by myself",
  "can you diagnose me",
  "do I have GAD?",
  "should I double my zoloft dose",
];
const NOT_REFUSED = [
  "how dose ketamine work",
  "how many ketamine sessions will I need",
  "how much does ketamine cost",
  "making sense of a ketamine session",
  "do I have to stop my antidepressants",
  "can I get ketamine if I have high blood pressure",
  "is ketamine a party drug",
];

describe("requests the widget refuses", () => {
  for (const text of REFUSED)
    it(`refuse "${text}"`, () => assert.equal(kindOf(text), "refusal"));
  for (const text of NOT_REFUSED)
    it(`do not refuse "${text}"`, () =>
      assert.notEqual(kindOf(text), "refusal"));
});
