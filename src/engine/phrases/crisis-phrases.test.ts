import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classify.js";
import { normalizeText } from "../normalize.js";
import { PHRASES } from "./index.js";

const classifier = createClassifier(PHRASES);
const toWords = (text: string) =>
  normalizeText(text, PHRASES.texting).split(" ").filter(Boolean);

const isCrisis = (text: string) =>
  classifier.isCrisis(toWords(text), text.split(/[.!?;\n]+/).map(toWords));

// Written independently of the golden set: the table a clinician reviews with the list.
const MUST_TRIGGER = [
  "I feel hopeless",
  "how much ketamine would kill me",
  "which of my meds would be fatal with it",
  "I want to kill myself",
  "i wanna die",
  "thinking about suicide",
  "im so suicidial lately",
  "I have been having suicidal thoughts, does ketamine help?",
  "how much is a session? i keep thinking about ending my life",
  "I took a whole bottle of pills",
  "i just overdosed on my meds",
  "I have been cutting myself",
  "i want to hurt myself",
  "everyone would be better off without me",
  "I do not want to be alive anymore",
  "i don't want to wake up tomorrow",
  "there is no point in living",
  "i want to end it all",
  "kms",
  "thinking of unaliving myself",
  "I have pills saved up",
  "su1c1d3 thoughts",
  "I wish I was dead",
  "I am not safe right now",
  "i feel like a burden to everyone",
  "i feel like ending it",
  "I can't take it anymore",
  "nobody would even miss me",
  "I keep thinking about overdosing",
  "I'm going to take all my pills tonight",
  "there is no way out for me",
];
const MUST_NOT_TRIGGER = [
  "what is ketamine",
  "this anxiety is killing me, what are my options",
  "my panic attacks feel like I am going to die, is that normal",
  "can you overdose on ketamine in a clinic",
  "I'm dying to know the price",
  "how long does a session take",
  "can I drive home after the infusion",
  "does ketamine make you feel dead inside",
  "I am thinking about doing ketamine",
  "I want to cut back on caffeine",
  "how do I kill time in the waiting room",
  "my anxiety is taking over my life",
  "I want to disappear when I am at parties, is that social anxiety",
  "will ketamine hurt me",
  "I can't take my meds anymore because of the side effects",
  "should I take all my medication before the infusion",
  "is ketamine worth it",
];

describe("crisis phrases", () => {
  for (const text of MUST_TRIGGER)
    it(`trigger the crisis reply for "${text}"`, () =>
      assert.equal(isCrisis(text), true));
  for (const text of MUST_NOT_TRIGGER)
    it(`leave "${text}" to ordinary matching`, () =>
      assert.equal(isCrisis(text), false));
});
