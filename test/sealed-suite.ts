import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEngine } from "../src/engine/index.js";
import {
  fuseFirstRight,
  miniSearchFirstRight,
  pct,
  scoreCrisis,
  scoreMatching,
  type CrisisSet,
  type MatchingSet,
} from "./scorecard.js";
import {
  GENERATIONS,
  type CrisisFloors,
  type CrisisGeneration,
  type Generation,
} from "./sealed-generations.js";
import { loadShippedKnowledge, readJson } from "./shipped-knowledge.js";

// The sealed sets (test/sealed/README.md): scored, never read for tuning. Each generation was written by
// helpers who saw no phrasings, lists, training data or other test set. Their floors are in
// sealed-generations.ts. Each set is also scored by plain search libraries over the same questions and
// phrasings: MiniSearch on every set; plain Fuse.js, seconds a set (every entry's phrasings are one long
// field) and near 20% on every generation so far, on the newest.
// The sets are scored in two test files (sealed-older.test.ts and sealed-newer.test.ts), so that the
// two workers of `npm test` share them: as one file they took 64 s of its 122 s of Node tests.
const knowledge = loadShippedKnowledge();
const engine = createEngine(knowledge);
const newest = GENERATIONS[GENERATIONS.length - 1]!;

/** The crisis figures of one set, as `npm test` prints them. */
const crisisLines = (label: string, crisis: ReturnType<typeof scoreCrisis>) => [
  `${label} crisis: resources shown ${pct(crisis.resources)}, panel first ${pct(crisis.panelFirst)} (${crisis.crisis}), embedded question answered ${pct(crisis.embeddedAnswered)}, about another person worded so ${pct(crisis.otherWorded)}`,
  `${label} crisis: look-alikes given the panel ${pct(crisis.negativesPanel)} (${crisis.negatives}), education mentioning suicide answered with its entry ${pct(crisis.educationAnswered)}`,
];

/** Fails when a crisis set's figures fall past its floors. */
function keepsCrisisFloors(
  crisis: ReturnType<typeof scoreCrisis>,
  floors: CrisisFloors,
) {
  assert.ok(crisis.resources >= floors.crisisResources, pct(crisis.resources));
  assert.ok(crisis.panelFirst >= floors.panelFirst, pct(crisis.panelFirst));
  assert.ok(
    crisis.negativesPanel <= floors.negativesPanel,
    pct(crisis.negativesPanel),
  );
}

/** Scores each sealed generation of matching and crisis sets against its floors. */
export function describeGenerations(generations: readonly Generation[]) {
  for (const generation of generations) {
    describe(`${generation.name} (never used for tuning)`, () => {
      const matching = readJson<MatchingSet>(generation.matching);
      const scores = scoreMatching(engine, matching);
      const crisis = scoreCrisis(
        engine,
        readJson<CrisisSet>(generation.crisis),
      );
      const floors = generation.floors;
      const label = generation.name;
      const fuse =
        generation === newest ? fuseFirstRight(knowledge, matching) : null;
      const miniSearch = miniSearchFirstRight(knowledge, matching);
      console.log(
        [
          `${label} matching: in-scope top-1 ${pct(scores.top1)} (${scores.inScope}), right entry first ${pct(scores.rightFirst)}, offered ${pct(scores.offered)}, wrong answer ${pct(scores.wrongAnswer)}, in-scope given the crisis panel ${pct(scores.inScopeCrisisPanel)}`,
          `${label} matching: off-topic answered ${pct(scores.offTopicAnswered)} (${scores.offTopic}), small talk ${pct(scores.smalltalkFound)} (${scores.smalltalk})`,
          `${label} matching: right entry first, ${fuse === null ? "" : `plain Fuse.js ${pct(fuse)}, `}MiniSearch ${pct(miniSearch)}`,
          `${label} matching by style (right entry first): ${Object.entries(
            scores.firstRightByStyle,
          )
            .map(([style, value]) => `${style} ${pct(value)}`)
            .join(", ")}`,
          ...crisisLines(label, crisis),
        ].join("\n"),
      );
      it("keeps its matching floors", () => {
        assert.ok(scores.top1 >= floors.top1, pct(scores.top1));
        assert.ok(
          scores.rightFirst >= floors.rightFirst,
          pct(scores.rightFirst),
        );
        assert.ok(
          scores.wrongAnswer <= floors.wrongAnswer,
          pct(scores.wrongAnswer),
        );
        assert.ok(
          scores.offTopicAnswered <= floors.offTopicAnswered,
          pct(scores.offTopicAnswered),
        );
        assert.ok(
          scores.smalltalkFound >= floors.smalltalk,
          pct(scores.smalltalkFound),
        );
      });
      it("puts the right entry first far more often than plain Fuse.js and MiniSearch", () => {
        assert.ok(scores.rightFirst > miniSearch + 0.05, pct(miniSearch));
        if (fuse !== null) assert.ok(scores.rightFirst > fuse + 0.2, pct(fuse));
      });
      it("keeps its crisis floors", () => keepsCrisisFloors(crisis, floors));
    });
  }
}

/**
 * Scores sealed crisis sets without a matching set of their own against their floors. `brief` prints the
 * figures a set in other languages has (it asks no clinic questions, so nothing is embedded or educational).
 */
export function describeCrisisGenerations(
  generations: readonly CrisisGeneration[],
  brief: boolean,
) {
  for (const generation of generations) {
    describe(`${generation.name} (never used for tuning)`, () => {
      const crisis = scoreCrisis(
        engine,
        readJson<CrisisSet>(generation.crisis),
      );
      console.log(
        brief
          ? `${generation.name} crisis: resources shown ${pct(crisis.resources)}, panel first ${pct(crisis.panelFirst)} (${crisis.crisis}), about another person worded so ${pct(crisis.otherWorded)}; look-alikes given the panel ${pct(crisis.negativesPanel)} (${crisis.negatives})`
          : crisisLines(generation.name, crisis).join("\n"),
      );
      it("keeps its crisis floors", () =>
        keepsCrisisFloors(crisis, generation.floors));
    });
  }
}
