import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createClassifier } from "../classify.js";
import { normalizeText } from "../normalize.js";
import { compilePattern, indexWords } from "../phrase-pattern.js";
import { sentencesOf } from "../sentences.js";
import { CRISIS_PHRASE_EXAMPLES } from "./crisis-phrase-examples.js";
import { CRISIS_PHRASES } from "./crisis-phrases.js";
import { PHRASES } from "./index.js";

// A message as the engine reads it (create-engine.ts): its normalised words, and its sentences' words.
const toWords = (text: string) =>
  normalizeText(text, PHRASES.texting).split(" ").filter(Boolean);
const sentenceWords = (text: string) => sentencesOf(text).map(toWords);

/**
 * Whether one crisis line, alone, matches a message the way classify.ts runs
 * the crisis lines: compiled with typo tolerance, tried on the whole message,
 * and a line that needs a sentence end (`$`) also on each sentence of a
 * message with several.
 */
function lineMatches(line: string, text: string): boolean {
  const pattern = compilePattern(line, true);
  const sentences = sentenceWords(text);
  return (
    pattern.test(indexWords(toWords(text))) ||
    (/(^|\s)\$(\s|$)/.test(line) &&
      sentences.length > 1 &&
      sentences.some((sentence) => pattern.test(indexWords(sentence))))
  );
}

const rows = Object.entries(CRISIS_PHRASE_EXAMPLES);

describe("the crisis examples table", () => {
  it("has a row for every line of the crisis list", () =>
    assert.deepEqual(
      CRISIS_PHRASES.filter(
        (line) => !Object.hasOwn(CRISIS_PHRASE_EXAMPLES, line),
      ),
      [],
    ));
  it("has no row for a line the crisis list no longer has", () =>
    assert.deepEqual(
      rows
        .map(([line]) => line)
        .filter((line) => !CRISIS_PHRASES.includes(line)),
      [],
    ));
  it("uses a different message in every example", () => {
    const messages = rows.flatMap(([, row]) => [
      row.trigger.toLowerCase(),
      row.notTrigger.toLowerCase(),
    ]);
    assert.deepEqual(
      messages.filter((message, index) => messages.indexOf(message) !== index),
      [],
    );
  });
  // A trigger one line matches alone must also trigger the engine's own check: the runner above is no looser than it.
  it("has triggers that the whole crisis check also sees", () => {
    const classifier = createClassifier(PHRASES);
    assert.deepEqual(
      rows
        .map(([, row]) => row.trigger)
        .filter(
          (text) => !classifier.isCrisis(toWords(text), sentenceWords(text)),
        ),
      [],
    );
  });
});

describe("each crisis line, run alone", () => {
  for (const line of CRISIS_PHRASES) {
    const row = Object.hasOwn(CRISIS_PHRASE_EXAMPLES, line)
      ? CRISIS_PHRASE_EXAMPLES[line]
      : undefined;
    if (!row) continue; // reported by "has a row for every line"
    it(`"${line}" matches "${row.trigger}"`, () =>
      assert.equal(lineMatches(line, row.trigger), true));
    it(`"${line}" leaves "${row.notTrigger}" alone`, () =>
      assert.equal(lineMatches(line, row.notTrigger), false));
  }
});
