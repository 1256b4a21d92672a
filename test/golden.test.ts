import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEngine } from "../src/engine/index.js";
import type { CompiledKnowledge } from "../src/engine/index.js";
import {
  pct,
  scoreBaselines,
  scoreCrisis,
  scoreMatching,
  type CrisisSet,
  type MatchingSet,
} from "./scorecard.js";
import { loadShippedKnowledge, readJson } from "./shipped-knowledge.js";

// The development sets: written apart from the phrasings, but read and used to choose the engine's
// numbers, so they measure the engine's authors as much as the engine. The sealed sets are in sealed-suite.ts.
const knowledge: CompiledKnowledge = loadShippedKnowledge();
const engine = createEngine(knowledge);
const known = new Set(knowledge.entries.map((entry) => entry.id));
const golden: MatchingSet = {
  inScope: readJson<MatchingSet["inScope"]>("test/golden/in-scope.json").filter(
    ({ id }) => known.has(id),
  ),
  offTopic: readJson("test/golden/out-of-scope.json"),
  smalltalk: readJson("test/golden/smalltalk.json"),
};
const validation: MatchingSet = {
  inScope: readJson<MatchingSet["inScope"]>(
    "test/validation/in-scope.json",
  ).filter(({ id }) => known.has(id)),
  offTopic: readJson("test/validation/out-of-scope.json"),
  smalltalk: [],
};
// The crisis sets the pattern lists were written against (and the learned detector trained on): development only.
const crisisDevFolders = [
  "golden",
  "validation",
  "blind",
  "blind2",
  "blind3",
  "blind4",
];
const crisisDev: CrisisSet = {
  crisis: crisisDevFolders.flatMap((name) =>
    readJson<{ text: string }[]>(`test/${name}/crisis.json`),
  ),
  negatives: crisisDevFolders.flatMap((name) =>
    readJson<{ text: string }[]>(`test/${name}/not-crisis.json`),
  ),
};

/** One line of a crisis set's figures, as `npm test` prints them. */
const crisisSummary = (name: string, crisis: ReturnType<typeof scoreCrisis>) =>
  `${name}: resources ${pct(crisis.resources)}, panel first ${pct(crisis.panelFirst)} (${crisis.crisis}); look-alikes given the panel ${pct(crisis.negativesPanel)} (${crisis.negatives})`;

describe("development sets (read while building the engine)", () => {
  const scores = scoreMatching(engine, golden);
  const check = scoreMatching(engine, validation);
  const baselines = scoreBaselines(knowledge, golden);
  const crisis = scoreCrisis(engine, crisisDev);
  console.log(
    [
      `golden (dev): in-scope top-1 ${pct(scores.top1)} (${scores.inScope}), right entry first ${pct(scores.rightFirst)}, wrong answer ${pct(scores.wrongAnswer)}, off-topic answered ${pct(scores.offTopicAnswered)} (${scores.offTopic}), small talk ${pct(scores.smalltalkFound)} (${scores.smalltalk})`,
      `golden (dev): right entry first, plain Fuse.js ${pct(baselines.fuse)}, MiniSearch ${pct(baselines.miniSearch)}`,
      `validation (dev): in-scope top-1 ${pct(check.top1)} (${check.inScope}), right entry first ${pct(check.rightFirst)}, wrong answer ${pct(check.wrongAnswer)}, off-topic answered ${pct(check.offTopicAnswered)} (${check.offTopic})`,
      crisisSummary("crisis (dev)", crisis),
    ].join("\n"),
  );
  it("finds the question at the end of a long story", () => {
    const story =
      "I have had anxiety since college and tried lots of things. My therapist mentioned ketamine last week. I work full time. How long does one infusion appointment take?";
    assert.equal(engine.ask(story).id, "session-length");
  });
  // Floors, not targets: a change that drops below them fails.
  it("beats plain Fuse.js and MiniSearch at putting the right entry first", () =>
    assert.ok(
      scores.rightFirst > baselines.fuse + 0.1 &&
        scores.rightFirst > baselines.miniSearch + 0.05,
    ));
  it("answers at least 85% of in-scope messages with the right entry", () =>
    assert.ok(scores.top1 >= 0.85, pct(scores.top1)));
  it("answers at most 5% of in-scope messages with a wrong entry", () =>
    assert.ok(scores.wrongAnswer <= 0.05, pct(scores.wrongAnswer)));
  // Short of the 5% (see the closing note): a floor at what is measured, so it cannot get worse.
  it("answers at most 16% of off-topic messages", () =>
    assert.ok(scores.offTopicAnswered <= 0.16, pct(scores.offTopicAnswered)));
  it("recognises at least 90% of small talk", () =>
    assert.ok(scores.smalltalkFound >= 0.9, pct(scores.smalltalkFound)));
  it("gives at most 2% of in-scope questions the crisis panel", () =>
    assert.ok(
      scores.inScopeCrisisPanel <= 0.02,
      pct(scores.inScopeCrisisPanel),
    ));
  it("shows crisis resources for every development crisis message", () =>
    assert.deepEqual(crisis.missed, []));
  it("gives the panel first for at least 97% of development crisis messages", () =>
    assert.ok(crisis.panelFirst >= 0.97, pct(crisis.panelFirst)));
  it("holds on the separate validation set", () =>
    assert.ok(
      check.top1 >= 0.85 &&
        check.rightFirst >= 0.9 &&
        check.offTopicAnswered <= 0.16,
      JSON.stringify(check),
    ));
});

// The fifteenth session's development set (test/blind5): 240 crisis messages (means questions, overdoses,
// risk at one remove, risk inside a clinic question, about another person, in a chatty register) and 300
// look-alikes (dose and overdose-safety questions, "how many" questions, safety, idioms, conversation, low
// mood), by two helpers who saw only the catalogue. Not trained on; used to choose that session's bars for
// unsure answers and refusals. Floors at what it measured then: 237, 216 and 3.
describe("development set 5 (means and dose questions, not trained on)", () => {
  const crisis = scoreCrisis(engine, {
    crisis: readJson<{ text: string }[]>("test/blind5/crisis.json"),
    negatives: readJson<{ text: string }[]>("test/blind5/not-crisis.json"),
  });
  console.log(crisisSummary("crisis (dev 5)", crisis));
  it("shows crisis resources for at least 98.5% of its crisis messages", () =>
    assert.ok(crisis.resources >= 0.985, pct(crisis.resources)));
  it("gives the panel first for at least 89.5% of its crisis messages", () =>
    assert.ok(crisis.panelFirst >= 0.895, pct(crisis.panelFirst)));
  it("gives at most 1.5% of its look-alikes the panel", () =>
    assert.ok(crisis.negativesPanel <= 0.015, pct(crisis.negativesPanel)));
});

// The sixteenth session's development set (test/blind6): 220 educational questions that mention suicide,
// self-harm or overdose (research, screening, warnings, eligibility, history; asked by nurses, parents,
// counsellors, sceptics, veterans), each labelled with its entry, by a helper who saw only the catalogue. Not
// trained on. First look (4cfac69): 80.0% answered with their entry (one beneath the panel), 9.1% offered
// it first as "Did you mean", 1.8% given the panel; its misses have been read. Floors a little under those.
describe("development set 6 (education mentioning suicide, not trained on)", () => {
  const education = scoreCrisis(engine, {
    crisis: [],
    negatives: readJson<CrisisSet["negatives"]>("test/blind6/education.json"),
  });
  console.log(
    `education (dev 6): answered with its entry ${pct(education.educationAnswered)}, given the panel ${pct(education.negativesPanel)} (${education.negatives})`,
  );
  it("answers at least 78% of its questions with their entry", () =>
    assert.ok(
      education.educationAnswered >= 0.78,
      pct(education.educationAnswered),
    ));
  it("gives at most 2.5% of them the panel", () =>
    assert.ok(
      education.negativesPanel <= 0.025,
      pct(education.negativesPanel),
    ));
});

// Strangers' messages as a development set (test/strangers/, fifteenth session): four writers who never saw the
// entries (round 27, six voices each) and four helpers who labelled them against the entries. Not trained on:
// the first stranger messages in the repository that a session can choose on (earlier rounds became training
// data, and the sealed sets may not be used to choose). Trained on three writers and scored on the fourth, the
// round raised top-1 by 1.4-4.9 points, but the sealed stranger sets 20-26 by 0.3 on average, with two sealed
// floors failing: it is kept for measuring (see docs/how-answers-are-chosen.md). Floors a little under what it
// measured then (in-scope top-1 65.0%, right entry first 70.8%, wrong answers 6.9%, off-topic answered 10.7%).
describe("development set of strangers' messages (round 27, not trained on)", () => {
  const writers = ["a", "b", "c", "d"].map((writer) =>
    readJson<MatchingSet>(`test/strangers/round-27-${writer}.json`),
  );
  const all = scoreMatching(engine, {
    inScope: writers.flatMap((set) => set.inScope),
    offTopic: writers.flatMap((set) => set.offTopic),
    smalltalk: writers.flatMap((set) => set.smalltalk),
  });
  console.log(
    `strangers (dev, round 27): in-scope top-1 ${pct(all.top1)} (${all.inScope}), right entry first ${pct(all.rightFirst)}, wrong answer ${pct(all.wrongAnswer)}, in-scope given the panel ${pct(all.inScopeCrisisPanel)}, off-topic answered ${pct(all.offTopicAnswered)} (${all.offTopic}), small talk ${pct(all.smalltalkFound)} (${all.smalltalk})`,
  );
  it("answers at least 63% of its in-scope messages with the right entry", () =>
    assert.ok(all.top1 >= 0.63, pct(all.top1)));
  it("puts the right entry first for at least 69% of them", () =>
    assert.ok(all.rightFirst >= 0.69, pct(all.rightFirst)));
  it("answers at most 8% of them with a wrong entry", () =>
    assert.ok(all.wrongAnswer <= 0.08, pct(all.wrongAnswer)));
  it("answers at most 12% of its off-topic messages", () =>
    assert.ok(all.offTopicAnswered <= 0.12, pct(all.offTopicAnswered)));
});
