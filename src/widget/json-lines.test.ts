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

  it("never reads any JSON text differently from JSON.parse: it gives the same value or throws", () => {
    // Seeded random documents, with line breaks after random commas, brackets and braces (outside strings).
    let seed = 12345;
    const random = () =>
      (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const value = (depth: number): unknown => {
      const pick = random();
      if (depth > 3 || pick < 0.3)
        return [1, -2.5, "a,b", 'x"}]', "__proto__", true, null, ""][
          Math.floor(random() * 8)
        ];
      if (pick < 0.65)
        return Array.from({ length: Math.floor(random() * 4) }, () =>
          value(depth + 1),
        );
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(random() * 4); i > 0; i--)
        Object.defineProperty(
          object,
          ["a", "__proto__", "k,}", "b"][Math.floor(random() * 4)]!,
          {
            value: value(depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          },
        );
      return object;
    };
    let agreed = 0;
    for (let round = 0; round < 500; round++) {
      const json = JSON.stringify({ head: {}, body: value(0) });
      let text = "";
      let inString = false;
      for (let i = 0; i < json.length; i++) {
        const character = json[i]!;
        if (character === '"' && json[i - 1] !== "\\") inString = !inString;
        if (!inString && "]}".includes(character) && random() < 0.5)
          text += "\n";
        text += character;
        if (!inString && ",[{".includes(character) && random() < 0.5)
          text += "\n";
      }
      let read: unknown;
      try {
        read = finishNow(parseJsonLines(text));
      } catch {
        continue;
      }
      assert.deepEqual(read, JSON.parse(text), text);
      agreed++;
    }
    // Most layouts are not ones faq build writes; enough of them are, or this test would prove nothing.
    assert.ok(agreed >= 25, `${agreed} of 500 read line by line`);
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
