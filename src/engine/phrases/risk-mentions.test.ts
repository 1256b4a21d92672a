import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeText } from "../normalize.js";
import { compilePattern, indexWords } from "../phrase-pattern.js";
import { PHRASES } from "./index.js";
import { RISK_MENTION_EXAMPLES, RISK_MENTIONS } from "./risk-mentions.js";

// One line alone, as the engine runs the list (create-engine.ts): exact, on the message's normalised words.
const lineMatches = (line: string, text: string) =>
  compilePattern(line, false).test(
    indexWords(normalizeText(text, PHRASES.texting).split(" ").filter(Boolean)),
  );

describe("the risk-mention lines", () => {
  it("each have one row of examples, and every row a line", () =>
    assert.deepEqual(Object.keys(RISK_MENTION_EXAMPLES), [...RISK_MENTIONS]));
  for (const [line, { trigger, notTrigger }] of Object.entries(
    RISK_MENTION_EXAMPLES,
  )) {
    it(`"${line}" matches "${trigger}" and not "${notTrigger}"`, () => {
      assert.equal(lineMatches(line, trigger), true);
      assert.equal(lineMatches(line, notTrigger), false);
    });
  }
});
