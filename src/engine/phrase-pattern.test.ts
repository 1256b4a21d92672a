import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compilePattern, indexWords } from "./phrase-pattern.js";

const words = (text: string) => text.split(" ");
const matches = (pattern: string, text: string, fuzzy = false) =>
  compilePattern(pattern, fuzzy).test(words(text));

describe("the phrase pattern language", () => {
  it("matches words in order and next to each other", () => {
    assert.equal(matches("end it all", "i want to end it all"), true);
    assert.equal(matches("end it all", "i want to end all of it"), false);
  });
  it("reads a|b as either word", () => {
    assert.equal(matches("hurt|harm myself", "i might harm myself"), true);
    assert.equal(matches("hurt|harm myself", "i might help myself"), false);
  });
  it("reads word* as any word starting with it", () => {
    assert.equal(matches("suicid*", "suicidal thoughts"), true);
    assert.equal(matches("suicid*", "sui generis"), false);
  });
  it("lets ... skip up to three words and .... up to eight", () => {
    assert.equal(
      matches("kill ... myself", "kill my stupid self myself"),
      true,
    );
    assert.equal(matches("kill ... myself", "kill a b c d myself"), false);
    assert.equal(
      matches("kill .... myself", "kill a b c d e f g h myself"),
      true,
    );
    assert.equal(
      matches("kill .... myself", "kill a b c d e f g h i myself"),
      false,
    );
  });
  it("reads a_b inside alternatives as two words in a row", () => {
    assert.equal(matches("gone soon|by_then", "i will be gone by then"), true);
    assert.equal(
      matches("gone soon|by_then", "i will be gone by the weekend"),
      false,
    );
  });
  it("treats [word] as optional", () => {
    assert.equal(matches("end my [own] life", "end my own life"), true);
    assert.equal(matches("end my [own] life", "end my life"), true);
    assert.equal(matches("end my [own] life", "end my whole life"), false);
  });
  it("matches =word exactly, without typo tolerance", () => {
    assert.equal(matches("i =overdosed", "i overdoesd", true), false);
    assert.equal(matches("i overdosed", "i overdoesd", true), true);
  });
  it("reads # as any number", () => {
    assert.equal(matches("took # pills", "i took 15 pills"), true);
    assert.equal(matches("took # pills", "i took some pills"), false);
  });
  it("reads $ as the end of the sentence", () => {
    assert.equal(matches("i cut $", "i cut"), true);
    assert.equal(matches("i cut $", "i cut back on coffee"), false);
  });
  it("tolerates one typo in longer words only when fuzzy", () => {
    assert.equal(matches("overdosed", "i overdoesd", true), true);
    assert.equal(matches("overdosed", "i overdoesd", false), false);
  });
  it("tolerates one changed, missing or extra letter in a prefix when fuzzy, and nothing more", () => {
    for (const typo of ["suisidal", "suicdal", "suiccidal", "siucidal"])
      assert.equal(matches("suicid*", `feeling ${typo}`, true), true, typo);
    for (const word of ["suited", "suitcase", "sundial"])
      assert.equal(matches("suicid*", `is it ${word}`, true), false, word);
    assert.equal(matches("suicid*", "feeling suisidal", false), false);
  });
  it("answers an adversarial pattern and message in linear time (under 50 ms)", () => {
    const pattern = compilePattern(`${"[a] ... ".repeat(8)}z`, true);
    const message = words("a ".repeat(60).trim());
    const started = performance.now();
    assert.equal(pattern.test(message), false);
    assert.ok(
      performance.now() - started < 50,
      "the pattern took too long: matching is not linear",
    );
  });
  it("looks up a shared typo-tolerant first word once per message, never carrying it to another message", () => {
    const plan = compilePattern("suicid* plan", true);
    const note = compilePattern("suicid* note", true);
    const first = indexWords(words("i wrote a suisidal note"));
    assert.equal(plan.test(first), false);
    assert.equal(note.test(first), true);
    const second = indexWords(words("i wrote a sad note"));
    assert.equal(note.test(second), false);
    assert.equal(plan.test(indexWords(words("a suicide plan"))), true);
  });
  it("rules out a start whose first required word does not match, wherever it is tried", () => {
    const pattern = compilePattern("end it all", true);
    assert.equal(pattern.matchAt(words("i want to end it all"), 3), 6);
    assert.equal(pattern.matchAt(words("i want to end it all"), 2), -1);
    assert.equal(pattern.matchAt(words("i want to end it all"), 6), -1);
  });
});
