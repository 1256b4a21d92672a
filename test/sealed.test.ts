import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createEngine, parseKnowledge } from "../src/engine/index.js";
import {
  pct,
  scoreBaselines,
  scoreCrisis,
  scoreMatching,
  type CrisisSet,
  type MatchingSet,
} from "./scorecard.js";

// The sealed sets (test/sealed/README.md): scored, never read for tuning. The floors below sit under the
// first-look numbers recorded in docs/how-answers-are-chosen.md, so a change that makes strangers worse off fails.
const knowledge = parseKnowledge(
  JSON.parse(readFileSync("dist/knowledge.json", "utf8")),
);
const engine = createEngine(knowledge);
const matching = JSON.parse(
  readFileSync("test/sealed/matching.json", "utf8"),
) as MatchingSet;
const crisisSet = JSON.parse(
  readFileSync("test/sealed/crisis.json", "utf8"),
) as CrisisSet;

describe("sealed sets (never used for tuning)", () => {
  const scores = scoreMatching(engine, matching);
  const baselines = scoreBaselines(knowledge, matching);
  const crisis = scoreCrisis(engine, crisisSet);
  console.log(
    [
      `sealed matching: in-scope top-1 ${pct(scores.top1)} (${scores.inScope}), right entry first ${pct(scores.rightFirst)}, offered ${pct(scores.offered)}, wrong answer ${pct(scores.wrongAnswer)}, in-scope given the crisis panel ${pct(scores.inScopeCrisisPanel)}`,
      `sealed matching: off-topic answered ${pct(scores.offTopicAnswered)} (${scores.offTopic}), small talk ${pct(scores.smalltalkFound)} (${scores.smalltalk})`,
      `sealed matching: right entry first, plain Fuse.js ${pct(baselines.fuse)}, MiniSearch ${pct(baselines.miniSearch)}`,
      `sealed matching by style (right entry first): ${Object.entries(
        scores.firstRightByStyle,
      )
        .map(([style, value]) => `${style} ${pct(value)}`)
        .join(", ")}`,
      `sealed crisis: resources shown ${pct(crisis.resources)}, panel first ${pct(crisis.panelFirst)} (${crisis.crisis}), embedded question answered ${pct(crisis.embeddedAnswered)}, about another person worded so ${pct(crisis.otherWorded)}`,
      `sealed crisis: look-alikes given the panel ${pct(crisis.negativesPanel)} (${crisis.negatives}), education mentioning suicide answered with its entry ${pct(crisis.educationAnswered)}`,
    ].join("\n"),
  );
  it("puts the right entry first far more often than plain Fuse.js and MiniSearch", () =>
    assert.ok(
      scores.rightFirst > baselines.fuse + 0.2 &&
        scores.rightFirst > baselines.miniSearch + 0.05,
    ));
  it("keeps its first-look matching floors", () => {
    assert.ok(scores.top1 >= FLOORS.top1, pct(scores.top1));
    assert.ok(scores.rightFirst >= FLOORS.rightFirst, pct(scores.rightFirst));
    assert.ok(
      scores.wrongAnswer <= FLOORS.wrongAnswer,
      pct(scores.wrongAnswer),
    );
    assert.ok(
      scores.offTopicAnswered <= FLOORS.offTopicAnswered,
      pct(scores.offTopicAnswered),
    );
    assert.ok(
      scores.smalltalkFound >= FLOORS.smalltalk,
      pct(scores.smalltalkFound),
    );
  });
  it("keeps its first-look crisis floors", () => {
    assert.ok(
      crisis.resources >= FLOORS.crisisResources,
      pct(crisis.resources),
    );
    assert.ok(crisis.panelFirst >= FLOORS.panelFirst, pct(crisis.panelFirst));
    assert.ok(
      crisis.negativesPanel <= FLOORS.negativesPanel,
      pct(crisis.negativesPanel),
    );
  });
});

/** A little under the first look (see docs/how-answers-are-chosen.md): room for noise, none for a real loss. */
const FLOORS = {
  top1: 0.85,
  rightFirst: 0.92,
  wrongAnswer: 0.03,
  offTopicAnswered: 0.15,
  smalltalk: 0.86,
  crisisResources: 0.96,
  panelFirst: 0.75,
  negativesPanel: 0.1,
};
