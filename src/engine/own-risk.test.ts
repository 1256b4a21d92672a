import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeText } from "./normalize.js";
import { statesOwnRisk } from "./own-risk.js";
import { PHRASES } from "./phrases/index.js";

const says = (text: string) =>
  statesOwnRisk(normalizeText(text, PHRASES.texting).split(" "));

describe("statesOwnRisk", () => {
  it("finds a first-person statement of feeling suicidal now, typos included, and a plea to be killed", () => {
    for (const message of [
      "I feel suicidal",
      "im suicidial",
      "i have been feeling suicidal",
      "I'm so suicidal, can ketamine help?",
      "suicidal again tonight",
      "please kill me",
      "someone pls kill me",
      "somebody end me",
    ])
      assert.ok(says(message), message);
  });
  it('does not find a denial, the past, a question about suicidal thoughts, or an idiom with "kill me"', () => {
    for (const message of [
      "I'm not suicidal, just anxious",
      "I felt suicidal years ago, am I eligible?",
      "can ketamine make you feel suicidal?",
      "does ketamine help suicidal thoughts",
      "my mom would kill me if she knew I was here",
      "could ketamine kill me?",
      "someone told me the drive home could kill me",
      "please don't kill me with the bill",
    ])
      assert.ok(!says(message), message);
  });
});
