import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeText } from "./normalize.js";
import { statesOwnRisk } from "./own-risk.js";
import { PHRASES } from "./phrases/index.js";

const says = (text: string) =>
  statesOwnRisk(normalizeText(text, PHRASES.texting).split(" "));

describe("statesOwnRisk", () => {
  it("finds a first-person statement of feeling suicidal now, typos included", () => {
    for (const message of [
      "I feel suicidal",
      "im suicidial",
      "i have been feeling suicidal",
      "I'm so suicidal, can ketamine help?",
      "suicidal again tonight",
    ])
      assert.ok(says(message), message);
  });
  it("does not find a denial, the past, or a question about suicidal thoughts", () => {
    for (const message of [
      "I'm not suicidal, just anxious",
      "I felt suicidal years ago, am I eligible?",
      "can ketamine make you feel suicidal?",
      "does ketamine help suicidal thoughts",
    ])
      assert.ok(!says(message), message);
  });
});
