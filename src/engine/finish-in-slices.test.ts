import assert from "node:assert/strict";
import test from "node:test";
import { finishInSlices, PAUSE_NOW } from "./finish-in-slices.js";
import { finishNow } from "./finish-now.js";

function* steps(log: string[]): Generator<void | typeof PAUSE_NOW, string> {
  log.push("work");
  yield;
  log.push("more work");
  yield PAUSE_NOW;
  log.push("render");
  return "done";
}

test("a step that yields PAUSE_NOW gives the page its turn before the slice's time is up", async () => {
  const log: string[] = [];
  const result = await finishInSlices(
    steps(log),
    () => void log.push("pause"),
    60_000,
  );
  assert.equal(result, "done");
  assert.deepEqual(log, ["work", "more work", "pause", "render"]);
});

test("finishing at once runs past PAUSE_NOW without pausing", () => {
  const log: string[] = [];
  assert.equal(finishNow(steps(log)), "done");
  assert.deepEqual(log, ["work", "more work", "render"]);
});
