import type { SliceBreak } from "./finish-in-slices.js";

/** Runs a sliced computation (a generator that yields between slices) to its end without pausing: Node, tests, the CLI. */
export function finishNow<T>(steps: Generator<SliceBreak, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
