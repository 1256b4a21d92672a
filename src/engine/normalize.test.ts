import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeText as normalizeWith } from "./normalize.js";
import { PHRASES } from "./phrases/index.js";
import { extractFeatures } from "./text-features.js";

const normalizeText = (text: string) => normalizeWith(text, PHRASES.texting);

describe("normalizeText", () => {
  const cases: [string, string][] = [
    ["What's ketamine?", "what is ketamine"],
    ["I don't know", "i do not know"],
    ["CAFÉ  Crème", "cafe creme"],
    ["hw long r u", "how long are you"],
    ["su1c1de", "suicide"],
    ["take 50mg", "take 50 mg"],
    // Between Latin letters a zero-width space is pasted into a word, not between two ("k\u200Bill").
    ["zero\u200Bwidth", "zerowidth"],
    ["ketamine \u200Bclinic", "ketamine clinic"],
    ["helloooo", "helloo"],
    ["<b>hi</b> *there*", "b hi b there"],
    ["", ""],
    // "dose" typed for "does" is read as "does"; a real dose stays a dose.
    ["how long dose a session last", "how long does a session last"],
    ["dose insurance cover this", "does insurance cover this"],
    ["what dose should I take", "what dose should i take"],
    ["is the dose safe", "is the dose safe"],
    // Reaction emoji are small talk, not nothing; the rest still vanish.
    ["👍", "ok"],
    ["😂😂", "haha haha"],
    ["thank you 🙏🏾", "thank you thanks"],
    ["🦄", ""],
    // A long run of one emoji says no more than three of it.
    ["😂".repeat(50), "haha haha haha"],
    // Look-alike digits inside a word are letters; numbers, and a run of digits however long, stay numbers.
    ["k3tam1ne 4 anx1ety", "ketamine 4 anxiety"],
    ["call 988 at 3am", "call 988 at 3am"],
    // Cyrillic or Greek look-alikes inside a Latin word are the Latin letters they imitate; a Russian or
    // Greek word stays as it is.
    ["\u0455uicide", "suicide"],
    // Words named like an object's built-in properties are words, not look-ups of the texting table's own.
    ["my constructor", "my constructor"],
    ["__proto__ toString valueOf", "proto tostring valueof"],
    ["k\u0456ll mys\u0435lf", "kill myself"],
    ["\u041a\u0415TAMINE", "ketamine"],
    ["\u03bfverd\u03bfse", "overdose"],
    [
      "\u0445\u043e\u0447\u0443 \u0443\u043c\u0435\u0440\u0435\u0442\u044c",
      "\u0445\u043e\u0447\u0443 \u0443\u043c\u0435\u0440\u0435\u0442\u044c",
    ],
  ];
  for (const [input, expected] of cases)
    it(`turns ${JSON.stringify(input)} into ${JSON.stringify(expected)}`, () =>
      assert.equal(normalizeText(input), expected));
  it("leaves a run of 5,000 digits, and of digits with one letter, as they are", () => {
    assert.equal(normalizeText("1".repeat(5000)), "1".repeat(5000));
    assert.equal(normalizeText(`${"1".repeat(5000)}a`), `${"1".repeat(5000)}a`);
  });
});

describe("text features", () => {
  const stop = new Set(PHRASES.stopWords);
  const features = (text: string) =>
    extractFeatures(normalizeText(text).split(" "), stop, {
      charGramMin: 3,
      charGramMax: 5,
    });
  it('keeps neighbouring words as pairs, so "how long" and "how many" differ', () => {
    assert.ok(features("how long is a session").has("b:how_long"));
    assert.ok(features("how many sessions").has("b:how_mani"));
  });
  it("stems content words and leaves stop words out of single-word features", () => {
    const found = features("what are the sessions");
    assert.ok(found.has("w:session"));
    assert.ok(!found.has("w:the"));
  });
  it("cuts words into pieces with their boundaries, so a typo still shares most of them", () => {
    const right = [...features("ketamine").keys()].filter((key) =>
      key.startsWith("c:"),
    );
    const typo = new Set([...features("ketamin").keys()]);
    assert.ok(right.includes("c:<ke"));
    assert.ok(right.filter((key) => typo.has(key)).length / right.length > 0.6);
  });
  it("drops invisible characters inside a word, and reads a zero-width non-joiner as a space", () => {
    assert.equal(
      normalizeText("I want to k\u200Bill mys\u00ADelf\u2060 \uFEFFnow"),
      "i want to kill myself now",
    );
    assert.equal(normalizeText("a\u200Cb"), "a b");
    assert.equal(normalizeText("ก\u200Bข"), "ก ข");
  });
});
