import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  KnowledgeFormatError,
  parseKnowledge,
  parseKnowledgeHead,
  parseKnowledgeSteps,
} from "./parse-knowledge.js";
import { DEFAULT_CRISIS } from "./crisis-floor.js";
import { PHRASES } from "./phrases/index.js";
import { KNOWLEDGE_FORMAT } from "./types.js";

const valid = () => ({
  format: KNOWLEDGE_FORMAT,
  settings: {
    name: "C",
    phone: "1",
    contactUrl: "https://c.test",
    handoff: "h",
    crisis: { intro: "i", resources: [{ label: "988" }] },
  },
  vocabulary: { a: "b" },
  phrases: PHRASES,
  entries: [
    {
      id: "x",
      topic: "t",
      question: "q?",
      answer: "a",
      html: "<p>a</p>",
      phrasings: ["p"],
      related: [],
      sources: [],
      tags: [],
    },
  ],
});

/** A model of 10,000 weights, the last one `last`. */
const manyWeights = (last: unknown) => ({
  bias: 0,
  weights: Object.fromEntries(
    Array.from({ length: 10_000 }, (_, at) => [
      `w:${at}`,
      at === 9_999 ? last : 0.1,
    ]),
  ),
});

describe("parseKnowledge", () => {
  it("accepts a compiled knowledge file and fills in missing sources", () => {
    assert.deepEqual(parseKnowledge(valid()).settings.sources, {});
  });
  it("gives the built-in crisis lines when the file's offer no number to call or text, in the file and its first line", () => {
    for (const resources of [
      [],
      [{ label: "Our crisis line", phone: "TBD" }],
    ]) {
      const data = valid();
      data.settings.crisis = { intro: "i", resources };
      assert.deepEqual(
        parseKnowledge(data).settings.crisis.resources,
        DEFAULT_CRISIS.resources,
      );
      assert.deepEqual(
        parseKnowledgeHead({
          ...data,
          head: { settings: data.settings, questions: [] },
        }).settings.crisis.resources,
        DEFAULT_CRISIS.resources,
      );
    }
    const own = [{ label: "Samaritans", phone: "116 123" }];
    const data = valid();
    data.settings.crisis = { intro: "i", resources: own };
    assert.deepEqual(parseKnowledge(data).settings.crisis.resources, own);
  });
  const broken: [string, (data: ReturnType<typeof valid>) => unknown][] = [
    ["a file of another format", (data) => ({ ...data, format: "other" })],
    [
      "settings without a phone",
      (data) => ({ ...data, settings: { ...data.settings, phone: 1 } }),
    ],
    [
      "crisis resources without labels",
      (data) => ({
        ...data,
        settings: { ...data.settings, crisis: { intro: "i", resources: [{}] } },
      }),
    ],
    [
      "an entry with a list where text belongs",
      (data) => ({
        ...data,
        entries: [{ ...data.entries[0], question: ["q"] }],
      }),
    ],
    [
      "an entry whose html is not text",
      (data) => ({ ...data, entries: [{ ...data.entries[0], html: 5 }] }),
    ],
    [
      "two entries with one id",
      (data) => ({ ...data, entries: [data.entries[0], data.entries[0]] }),
    ],
    ["not an object at all", () => [1, 2, 3]],
    [
      "a file without phrase lists (built before they moved into knowledge)",
      (data) => ({ ...data, phrases: undefined }),
    ],
    [
      "a file whose crisis list is empty",
      (data) => ({ ...data, phrases: { ...data.phrases, crisis: [] } }),
    ],
    [
      "a crisis model with a weight that is not a number",
      (data) => ({
        ...data,
        crisisModel: { bias: 0, weights: { "w:die": "5" } },
      }),
    ],
    [
      "an about-another-person model without a bias",
      (data) => ({ ...data, aboutModel: { weights: {} } }),
    ],
    [
      "a crisis model whose last of 10,000 weights is not a number (past the first slice of the check)",
      (data) => ({ ...data, crisisModel: manyWeights("not a number") }),
    ],
    [
      "a detector for other scripts whose weights are a list",
      (data) => ({ ...data, scriptModel: { bias: 0, weights: [1, 2] } }),
    ],
  ];
  it("checks a large model in steps a browser can pause between, and returns the same knowledge", () => {
    const data = { ...valid(), crisisModel: manyWeights(0.2) };
    const steps = parseKnowledgeSteps(data);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 10,000 weights are checked 2,000 at a time, and each entry is a step of its own.
    assert.ok(yields >= 5, `${yields} steps`);
    assert.deepEqual(step.value, parseKnowledge(data));
  });
  for (const [name, breakIt] of broken) {
    it(`refuses ${name} with a KnowledgeFormatError`, () =>
      assert.throws(
        () => parseKnowledge(breakIt(valid())),
        KnowledgeFormatError,
      ));
  }
});

describe("parseKnowledgeHead", () => {
  const head = () => ({
    head: {
      settings: valid().settings,
      questions: [{ id: "x", topic: "t", question: "q?" }],
    },
  });
  it("reads the settings and each entry's id, topic and question, the rest of each entry empty", () => {
    const parsed = parseKnowledgeHead(head());
    assert.equal(parsed.settings.name, "C");
    assert.deepEqual(parsed.settings.sources, {});
    assert.deepEqual(parsed.entries, [
      {
        id: "x",
        topic: "t",
        question: "q?",
        html: "",
        phrasings: [],
        related: [],
        sources: [],
        tags: [],
      },
    ]);
  });
  it("is not carried into the knowledge parseKnowledge returns", () =>
    assert.equal("head" in parseKnowledge({ ...valid(), ...head() }), false));
  const broken: [string, unknown][] = [
    ["a file without a head", valid()],
    ["a head without settings", { head: { questions: head().head.questions } }],
    [
      "a question that is not text",
      {
        head: {
          ...head().head,
          questions: [{ id: "x", topic: "t", question: 1 }],
        },
      },
    ],
  ];
  for (const [name, data] of broken) {
    it(`refuses ${name} with a KnowledgeFormatError`, () =>
      assert.throws(() => parseKnowledgeHead(data), KnowledgeFormatError));
  }
});
