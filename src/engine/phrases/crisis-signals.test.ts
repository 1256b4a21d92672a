import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classify.js";
import { normalizeText } from "../normalize.js";
import { CRISIS_SIGNAL_THRESHOLD } from "./crisis-signals.js";
import { PHRASES } from "./index.js";

const classifier = createClassifier(PHRASES);
const score = (text: string) =>
  classifier.signalScore(
    normalizeText(text, PHRASES.texting).split(" ").filter(Boolean),
  );

// Messages with no crisis phrase at all, caught by the signals together.
const MUST_TRIGGER = [
  "honestly I'm just looking for a peaceful exit at this point",
  "i've been sleeping with my dad's revolver under my pillow, knowing it's an option",
  "tying a belt around my neck to see how long i can hold it",
  "gonna let go for good this time",
];
const MUST_NOT_TRIGGER = [
  "can you die from ketamine",
  "Does the dissociation feel like dying? I read about ego death",
  "I almost died in a car accident and now I panic when I drive",
  "is ketamine going to kill my anxiety for good",
  "I want to know the risk of death with benzodiazepines before I start",
  "I'm dying to know the price",
];

describe("crisis signals", () => {
  for (const text of MUST_TRIGGER)
    it(`add up to a crisis for "${text}"`, () =>
      assert.ok(score(text) >= CRISIS_SIGNAL_THRESHOLD, String(score(text))));
  for (const text of MUST_NOT_TRIGGER)
    it(`stay below the threshold for "${text}"`, () =>
      assert.ok(score(text) < CRISIS_SIGNAL_THRESHOLD, String(score(text))));
});
