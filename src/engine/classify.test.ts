import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createClassifier } from "./classify.js";
import { normalizeText } from "./normalize.js";
import { PHRASES } from "./phrases/index.js";
import { sentencesOf } from "./sentences.js";

const classifier = createClassifier(PHRASES);
const words = (text: string) =>
  normalizeText(text, PHRASES.texting).split(" ").filter(Boolean);

// Crisis messages and look-alikes of two development sets, and each beside another as two sentences
// (risk in one sentence of an ordinary message, in both, or in neither).
const single = ["golden", "validation"].flatMap((set) =>
  ["crisis", "not-crisis"].flatMap((name) =>
    (
      JSON.parse(readFileSync(`test/${set}/${name}.json`, "utf8")) as {
        text: string;
      }[]
    ).map(({ text }) => text),
  ),
);
// Lines that need a sentence's end ("...ending things", "...tired of living") followed by a question,
// and a sentence whose signals add up inside a story of over 80 words, which is not scored whole...
const story = Array.from(
  { length: 9 },
  () => "My week was long and busy at work and at home with the kids",
).join(". ");
const messages = [
  "I keep thinking about ending things. How long is a session?",
  "honestly so tired of living. do you take insurance",
  `${story}. gonna let go for good this time. ${story}`,
  // ...and one sentence of over 80 words, which is not scored alone either.
  `${story.replaceAll(". ", ", ")} and gonna let go for good this time. How long is a session?`,
  ...single,
  ...single.map(
    (text, index) => `${text}. ${single[(index * 7) % single.length]}`,
  ),
];

describe("the crisis lists read once per message", () => {
  it("give the whole message and each sentence the verdicts isCrisis gives them one by one", () => {
    let risky = 0;
    let several = 0;
    for (const text of messages) {
      const sentences = sentencesOf(text).map(words);
      const all = words(text);
      const { whole, parts } = classifier.crisisParts(all, sentences);
      assert.equal(whole, classifier.isCrisis(all, sentences), text);
      assert.deepEqual(
        parts,
        sentences.map((sentence) => classifier.isCrisis(sentence)),
        text,
      );
      if (whole) risky++;
      if (sentences.length > 1) several++;
    }
    // The comparison means something only if both verdicts and both shapes of message occur.
    assert.ok(
      risky > messages.length / 10 && risky < (messages.length * 9) / 10,
      `${risky} of ${messages.length} risky`,
    );
    assert.ok(several > 20, `${several} of several sentences`);
  });
});
