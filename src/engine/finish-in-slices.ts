/** A pause between slices (see {@link finishInSlices}); a browser yields to the page. */
export type Pause = () => Promise<void> | void;

/** The clock every host (Node, browsers) has; the engine's types leave out both DOM and Node. */
const clock = globalThis as unknown as { performance: { now(): number } };

/**
 * Runs a sliced computation (a generator that yields often) to its end,
 * awaiting `pause` whenever a slice has run for `sliceMs`: the page gets its
 * turn back between slices, and short steps cost no pause each.
 */
export async function finishInSlices<T>(
  steps: Generator<void, T>,
  pause: Pause,
  sliceMs: number,
): Promise<T> {
  let started = clock.performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (clock.performance.now() - started >= sliceMs) {
      await pause();
      started = clock.performance.now();
    }
  }
}
