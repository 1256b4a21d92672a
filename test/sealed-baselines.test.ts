import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEngine } from "../src/engine/index.js";
import {
  fuseFirstRight,
  miniSearchFirstRight,
  pct,
  scoreMatching,
  type MatchingSet,
} from "./scorecard.js";
import { GENERATIONS } from "./sealed-generations.js";
import { loadShippedKnowledge, readJson } from "./shipped-knowledge.js";

// The engine against plain search libraries on every sealed set (test/sealed/README.md), over the same
// questions and phrasings. Apart from sealed.test.ts so the two run side by side: MiniSearch's fuzzy search
// takes about two seconds a set, longer than the engine's whole scoring of it.
const knowledge = loadShippedKnowledge();
const engine = createEngine(knowledge);

// Plain Fuse.js takes seconds a set (every entry's phrasings are one long field) and has stayed near 20%
// on every generation: it is scored on the newest set; MiniSearch, the stronger baseline, on all.
const newest = GENERATIONS[GENERATIONS.length - 1]!;

for (const generation of GENERATIONS) {
  describe(`${generation.name} against plain search (never used for tuning)`, () => {
    const matching = readJson<MatchingSet>(generation.matching);
    const { rightFirst } = scoreMatching(engine, matching);
    const fuse =
      generation === newest ? fuseFirstRight(knowledge, matching) : null;
    const miniSearch = miniSearchFirstRight(knowledge, matching);
    console.log(
      `${generation.name} matching: right entry first ${pct(rightFirst)}, ${fuse === null ? "" : `plain Fuse.js ${pct(fuse)}, `}MiniSearch ${pct(miniSearch)}`,
    );
    it("puts the right entry first far more often than plain Fuse.js and MiniSearch", () => {
      assert.ok(rightFirst > miniSearch + 0.05);
      if (fuse !== null) assert.ok(rightFirst > fuse + 0.2);
    });
  });
}
