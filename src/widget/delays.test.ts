import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { usableDelay } from "./delays.js";

describe("usableDelay", () => {
  it("keeps a delay a timer can wait", () => {
    assert.equal(usableDelay(0, 10), 0);
    assert.equal(usableDelay(4000, 10), 4000);
    assert.equal(usableDelay(2_147_483_647, 10), 2_147_483_647);
  });
  it("falls back for values a timer would fire at once, or that are not numbers", () => {
    for (const value of [
      Infinity,
      Number.NaN,
      1e12,
      -1,
      "5000",
      null,
      undefined,
    ])
      assert.equal(usableDelay(value, 10), 10, String(value));
    assert.equal(usableDelay(0, 10, 1), 10);
  });
});
