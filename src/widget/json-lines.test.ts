import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadShippedKnowledge } from "../../test/shipped-knowledge.js";
import { finishNow } from "../engine/finish-now.js";
import { serializeKnowledge } from "../knowledge/serialize-knowledge.js";
import { parseJsonLines } from "./json-lines.js";

describe("parseJsonLines", () => {
  it("reads the file faq build writes exactly as JSON.parse does, yielding after every line", () => {
    const text = serializeKnowledge(loadShippedKnowledge());
    const steps = parseJsonLines(text);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.deepEqual(step.value, JSON.parse(text));
    assert.equal(yields, text.split("\n").length);
  });

  it("keeps a member named __proto__ as data, as JSON.parse does", () => {
    const text =
      '{"a":1,\n"o":{\n"__proto__":{"polluted":true}\n},\n"list":[\n1,2\n]\n}';
    const value = finishNow(parseJsonLines(text)) as {
      o: Record<string, unknown>;
      list: number[];
    };
    assert.deepEqual(value, JSON.parse(text));
    assert.equal(Object.getPrototypeOf(value.o), Object.prototype);
    assert.ok(Object.hasOwn(value.o, "__proto__"));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it("throws on text it was not written for, so the widget parses that whole", () => {
    for (const text of [
      '{"a":[1,2]}',
      '{"a":1,\n"b":[\n1\n}\n}',
      '{"a":1\n}\n{"b":2}',
      '{"a":1,\n"b":{',
      "[1,\n2]",
    ])
      assert.throws(() => finishNow(parseJsonLines(text)), SyntaxError, text);
  });
});
