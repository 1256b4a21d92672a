import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dialledDigits, isPhoneNumber } from "./phone-number.js";

describe("isPhoneNumber", () => {
  it("accepts numbers as people write them, with an extension", () => {
    for (const phone of [
      "988",
      "911",
      "+1 555 010 0100",
      "(555) 010-0100",
      "555.010.0100",
      "+1 555 010 0100 ext. 2",
    ])
      assert.ok(isPhoneNumber(phone), phone);
  });
  it("refuses text with digits in it, too few digits, and anything not text", () => {
    for (const phone of [
      "javascript:alert(1)",
      "TBD",
      "call 555 0100",
      "12",
      "",
      42,
      null,
    ])
      assert.ok(!isPhoneNumber(phone), String(phone));
  });
});

describe("dialledDigits", () => {
  it("keeps the digits and a leading plus, without the extension", () => {
    assert.equal(dialledDigits("+1 (555) 010-0100 ext. 2"), "+15550100100");
  });
});
