import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEngine } from "./create-engine.js";
import { parseKnowledge } from "./parse-knowledge.js";
import { DEFAULT_CRISIS } from "./crisis-floor.js";
import { PHRASES } from "./phrases/index.js";
import {
  KNOWLEDGE_FORMAT,
  type CompiledKnowledge,
  type KnowledgeEntry,
} from "./types.js";

const entry = (
  id: string,
  topic: string,
  question: string,
  phrasings: string[],
): KnowledgeEntry => ({
  id,
  topic,
  question,
  phrasings,
  answer: `About ${id}.`,
  html: `<p>About ${id}.</p>`,
  related: [],
  sources: ["seed"],
  tags: [],
});
const knowledge: CompiledKnowledge = {
  format: KNOWLEDGE_FORMAT,
  settings: {
    name: "Test Clinic",
    lang: "en",
    phone: "+1 555 0100",
    contactUrl: "https://clinic.test/contact",
    handoff: "Talk with {clinic}.",
    crisis: {
      ...DEFAULT_CRISIS,
      intro: "You are not alone.",
      resources: [{ label: "Call or text 988", phone: "988", sms: "988" }],
    },
    facts: {},
    sources: { seed: { title: "A page", url: "https://clinic.test/page" } },
  },
  vocabulary: { "special k": "ketamine", drip: "infusion" },
  phrases: PHRASES,
  entries: [
    entry("what-is-ketamine", "ketamine", "What is ketamine?", [
      "what is ketamine",
      "ketamine explained",
      "is ketamine a medicine",
      "tell me about ketamine",
      "what kind of drug is ketamine",
    ]),
    entry("session-length", "sessions", "How long does a session take?", [
      "how long is a session",
      "session length",
      "how long is one infusion appointment",
      "how much time does an infusion take",
      "length of a ketamine infusion visit",
    ]),
    entry("number-of-sessions", "sessions", "How many sessions will I need?", [
      "how many sessions do i need",
      "number of infusions",
      "how many infusions in a series",
      "is one session enough",
      "how many treatments does it take",
    ]),
    entry("side-effects", "ketamine", "What are the side effects?", [
      "ketamine side effects",
      "does ketamine make you dizzy",
      "nausea after ketamine",
      "what side effects can happen",
      "is there a risk of side effects",
    ]),
  ],
};
const engine = createEngine(knowledge);

describe("createEngine", () => {
  it("answers a clear question with its entry, the answer and the handoff", () => {
    const answer = engine.ask("how long does a session take");
    assert.equal(answer.kind, "answer");
    assert.equal(answer.id, "session-length");
    assert.equal(answer.markdown, "About session-length.");
    assert.equal(answer.handoff?.text, "Talk with Test Clinic.");
    assert.deepEqual(answer.sources, [
      { title: "A page", url: "https://clinic.test/page" },
    ]);
  });
  it('tells "how long" from "how many"', () =>
    assert.equal(
      engine.ask("how many sessions are needed").id,
      "number-of-sessions",
    ));
  it("reads typos and the staff vocabulary", () => {
    assert.equal(engine.ask("wat is special k").id, "what-is-ketamine");
    assert.equal(engine.ask("ketamine side efects").id, "side-effects");
    assert.equal(engine.ask("how long is the drip").id, "session-length");
  });
  it("falls back honestly on off-topic questions and gibberish, with the handoff", () => {
    for (const text of ["recipe for banana bread", "asdfgh qwerty", ""]) {
      const answer = engine.ask(text);
      assert.equal(answer.kind, "fallback", text);
      assert.ok(answer.handoff);
    }
  });
  it("refuses dose questions with the fallback, never an answer", () =>
    assert.equal(
      engine.ask("how many mg of ketamine should I take").kind,
      "fallback",
    ));
  it("puts crisis first even when the message also matches an entry", () => {
    const answer = engine.ask(
      "what are the side effects of ketamine, I want to kill myself",
    );
    assert.equal(answer.kind, "crisis");
    assert.equal(answer.crisis?.resources[0]?.phone, "988");
    assert.ok(answer.handoff);
  });
  it("replies to small talk without a handoff", () => {
    const answer = engine.ask("hello!");
    assert.deepEqual(
      [answer.kind, answer.intent, answer.handoff],
      ["smalltalk", "greeting", null],
    );
  });
  it("takes small talk beside a word nothing answers as small talk, and still answers or declines a question beside it", () => {
    for (const text of ["hi sorry", "many thanks", "be honest, are you a bot"])
      assert.equal(engine.ask(text).kind, "smalltalk", text);
    assert.equal(
      engine.ask("thanks! how long is a session").id,
      "session-length",
    );
    assert.equal(
      engine.ask("hi! how do I bake banana bread?").kind,
      "fallback",
    );
  });
  it("answers a question whose first word the small-talk lists take for a greeting", () => {
    const withHours = createEngine({
      ...knowledge,
      entries: [
        ...knowledge.entries,
        entry("clinic-hours", "clinic", "When is the clinic open?", [
          "evening appointments",
          "appointments in the evening",
          "evening hours",
          "opening hours",
          "are you open late",
          "what time do you close",
          "weekend hours",
        ]),
        // Without the word the lists take, what is left reads as this entry's.
        entry("booking", "sessions", "How do I book an appointment?", [
          "book an appointment",
          "appointments",
          "how do appointments work",
          "make an appointment",
          "can i get an appointment",
        ]),
      ],
    });
    for (const text of ["Evening appointments?", "evening appointments"])
      assert.equal(withHours.ask(text).id, "clinic-hours", text);
  });
  it("gives a question a small knowledge does not cover the fallback, not a small-talk reply", () => {
    // The widget tests' knowledge: six entries, and fewer off-topic than small-talk examples.
    const small = createEngine(
      parseKnowledge(
        JSON.parse(readFileSync("test/fixtures/knowledge-small.json", "utf8")),
      ),
    );
    for (const text of [
      "What is the capital of France?",
      "recipe for banana bread",
    ])
      assert.equal(small.ask(text).kind, "fallback", text);
    assert.equal(small.ask("hello!").kind, "smalltalk");
  });
  it("reads a reaction emoji as small talk, and a message of symbols only as nothing to answer", () => {
    assert.equal(engine.ask("👍").kind, "smalltalk");
    assert.equal(engine.ask("🦄 ✨").kind, "fallback");
  });
  it("gives a message in words the model never learned (another script) the fallback with the handoff, not small talk", () => {
    for (const text of ["Сколько стоит кетамин?", "氯胺酮安全吗？"]) {
      const answer = engine.ask(text);
      assert.equal(answer.kind, "fallback", text);
      assert.ok(answer.handoff, text);
    }
  });
  it("applies per-page clinic overrides to the handoff", () => {
    const answer = createEngine(knowledge, {
      name: "Harbor Light",
      phone: "",
      contactUrl: null,
    }).ask("side effects");
    assert.deepEqual(answer.handoff, {
      text: "Talk with Harbor Light.",
      clinicName: "Harbor Light",
      phone: "+1 555 0100",
      contactUrl: "https://clinic.test/contact",
    });
  });
  it("cuts absurdly long messages and says so", () => {
    const answer = engine.ask("session length ".repeat(10_000));
    assert.equal(answer.truncated, true);
    assert.ok(answer.question.length <= 1000);
  });
  it("cuts a long message between characters, never inside an emoji", () => {
    // 999 characters, then emoji of two UTF-16 units each: the cut at 1,000 falls inside one.
    const answer = engine.ask(`${"a".repeat(999)}${"😀".repeat(300)}`);
    assert.equal(answer.truncated, true);
    assert.equal(answer.question, "a".repeat(999));
    assert.ok(!/[\uD800-\uDFFF]/.test(answer.question));
  });
  it("never throws, whatever it is given", () => {
    const hostile = [
      "\u0000\u0001\u200B\u202E",
      "🙂🙂🙂",
      "((((((((((",
      "^$.*+?()[]{}|\\",
      "'=ketamine !side | ^how",
      "<script>alert(1)</script>",
      "مرحبا كيف حالك",
      "# **_~~`x`~~_**",
      " ".repeat(100_000),
      "a".repeat(100_000),
      undefined as unknown as string,
      42 as unknown as string,
    ];
    for (const text of hostile)
      assert.ok(
        ["answer", "suggest", "fallback", "crisis", "smalltalk"].includes(
          engine.ask(text).kind,
        ),
      );
  });
});

describe("createEngine, reading other scripts", () => {
  // A crisis detector that finds nothing, and a hand-made detector for other scripts that knows one
  // pair of characters ("撑不", from "can't hold on"), which the floor's lists do not have.
  const crisisModel = { bias: -5, weights: {} };
  const scriptModel = { bias: -3, weights: { "g:撑不": 20 } };
  const without = createEngine({ ...knowledge, crisisModel });
  const reading = createEngine({ ...knowledge, crisisModel, scriptModel });
  const risky = "我真的撑不下去了";
  it("gives the panel first when the detector for other scripts is confident", () => {
    const answer = reading.ask(risky);
    assert.equal(answer.kind, "crisis");
    assert.equal(answer.risk, "crisis");
  });
  it("gives the same message only the gentle line without that detector, and an ordinary one the gentle line with it", () => {
    for (const [answer, text] of [
      [without.ask(risky), risky],
      [reading.ask("诊所几点开门呢"), "诊所几点开门呢"],
    ] as const) {
      assert.equal(answer.kind, "fallback", text);
      assert.equal(answer.risk, "concern", text);
    }
  });
  it("never asks it about a message in English", () => {
    const alarmed = createEngine({
      ...knowledge,
      crisisModel,
      scriptModel: { bias: 9, weights: {} },
    });
    assert.equal(alarmed.ask("how long is a session").risk, "none");
    assert.equal(alarmed.ask("诊所几点开门呢").kind, "crisis");
  });
  it("asks it about a message in Latin letters in a language the knowledge never met", () => {
    // "I am so tired, I want to die": Swahili, which neither the lists nor the English detector read.
    const swahili = "nimechoka sana nataka kufa";
    const reads = createEngine({
      ...knowledge,
      crisisModel,
      scriptModel: { bias: -3, weights: { "w:kufa": 20 } },
    });
    assert.equal(reads.ask(swahili).kind, "crisis");
    assert.equal(without.ask(swahili).kind, "fallback");
    assert.equal(without.ask(swahili).risk, "concern");
  });
});
