import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editDistance } from "./edit-distance.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swapped neighbours as one step each", () => {
    const cases: [string, string, number][] = [
      ["", "", 0],
      ["help", "help", 0],
      ["hlep", "help", 1],
      ["help", "hel", 1],
      ["hel", "help", 1],
      ["help", "yelp", 1],
      ["ketamine", "ketmaine", 1],
      ["kitten", "sitting", 3],
      ["", "abc", 3],
      ["suicide", "sucide", 1],
    ];
    for (const [a, b, distance] of cases)
      assert.equal(editDistance(a, b), distance, `${a} / ${b}`);
  });
  it("stops past the limit, answering limit + 1", () => {
    assert.equal(editDistance("kitten", "sitting", 1), 2);
    assert.equal(editDistance("a", "abcdef", 2), 3);
  });
  it("gives the same distances whatever the order and length of earlier calls", () => {
    const long = "x".repeat(100);
    assert.equal(editDistance(long, `${long}y`), 1);
    assert.equal(editDistance("hlep", "help"), 1);
    assert.equal(editDistance("ab", "ba"), 1);
  });
});
