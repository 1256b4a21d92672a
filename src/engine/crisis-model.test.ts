import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  crisisFeatures,
  crisisScorerSteps,
  latinShare,
  scriptFeatures,
  wordCount,
} from "./crisis-model.js";
import { finishNow } from "./finish-now.js";

describe("the crisis detector's features", () => {
  it("reads English as stemmed words and neighbouring pairs", () =>
    assert.deepEqual(
      [...crisisFeatures(["giving", "things", "away"])],
      ["w:give", "w:thing", "b:give_thing", "w:awai", "b:thing_awai"],
    ));
  it("reads a word of another script as itself and its pairs of characters, edges included", () =>
    assert.deepEqual(
      [...scriptFeatures(["想死"])],
      ["w:想死", "g: 想", "g:想死", "g:死 "],
    ));
  it("takes no character pairs from the Latin words of a mixed message", () =>
    assert.deepEqual(
      [...scriptFeatures(["ketamine", "多少钱"])].filter((feature) =>
        feature.startsWith("g:"),
      ),
      ["g: 多", "g:多少", "g:少钱", "g:钱 "],
    ));
});

describe("the detector's length of a message", () => {
  it("counts spaced words one each", () =>
    assert.equal(wordCount(["я", "больше", "не", "могу"]), 4));
  it("counts a clause of Chinese or Japanese one word for every two characters", () => {
    assert.equal(wordCount(["我真的撑不下去了"]), 4);
    assert.equal(wordCount(["死"]), 1);
  });
});

describe("the share of Latin letters", () => {
  it("is 1 for English and for a text without letters", () => {
    assert.equal(latinShare("how much is it?"), 1);
    assert.equal(latinShare("123 !!"), 1);
  });
  it("is 0 for Chinese, and the Latin share of a mixed text", () => {
    assert.equal(latinShare("多少钱"), 0);
    assert.equal(latinShare("ab 多少"), 0.5);
  });
});

describe("the crisis scorer", () => {
  const model = { bias: -2, weights: { "g:想死": 6, "w:hello": -1 } };
  it("scores with the feature reader it is given", () => {
    const byScript = finishNow(crisisScorerSteps(model, scriptFeatures));
    const byWords = finishNow(crisisScorerSteps(model));
    assert.ok(byScript(["我想死了"]) > 0.5);
    assert.ok(byWords(["我想死了"]) < 0.2);
  });
  it("scores 0 without a model", () =>
    assert.equal(finishNow(crisisScorerSteps(undefined))(["any", "words"]), 0));
});
