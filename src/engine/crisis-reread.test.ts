import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crisisTypoOf, rereadForCrisis } from "./crisis-reread.js";

// A small stand-in for the knowledge's words.
const KNOWN = new Set(
  "i me my to want die kill end life myself wife take with can how long is a session night stand pain less".split(
    " ",
  ),
);
const knows = (word: string) => KNOWN.has(word);
const reread = (text: string) =>
  rereadForCrisis(text.split(" "), knows).join(" ");

describe("crisisTypoOf", () => {
  it("reads a short word one typo from a crisis word as that word: changed, added, dropped or swapped letters", () => {
    for (const [typo, word] of [
      ["kilk", "kill"],
      ["klil", "kill"],
      ["kiill", "kill"],
      ["hnag", "hang"],
      ["hrut", "hurt"],
      ["wirst", "wrist"],
    ])
      assert.equal(crisisTypoOf(typo!), word, typo);
  });
  it("leaves a word alone when its first letter differs, it is too short or too far", () => {
    for (const word of ["jill", "hut", "kitten", "harmony"])
      assert.equal(crisisTypoOf(word), word, word);
  });
});

describe("rereadForCrisis", () => {
  it("corrects words the knowledge has never met, and never a word it knows", () => {
    assert.equal(reread("kilk myself"), "kill myself");
    // "wife" is one step from no crisis word here, and a known word is never re-read anyway.
    assert.equal(reread("take my wife with me"), "take my wife with me");
  });
  it("drops a doubled letter that makes a word unknown", () => {
    assert.equal(reread("i wantt to diee"), "i want to die");
  });
  it("splits run-together words around a short word, but not an unknown compound", () => {
    assert.equal(reread("killme"), "kill me");
    assert.equal(reread("endmylife"), "end my life");
    assert.equal(reread("nightstand painless"), "nightstand painless");
  });
  it("joins a run of three or more single letters into one word", () => {
    assert.equal(reread("want to d i e"), "want to die");
    assert.equal(reread("i want to"), "i want to");
  });
});
