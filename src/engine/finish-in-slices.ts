/** A pause between slices (see {@link finishInSlices}); a browser yields to the page. */
export type Pause = () => Promise<void> | void;

/**
 * Yielded by a sliced computation where the page must get its turn whatever the time: between work and
 * the render it causes, which would otherwise share one task (a render runs at the end of the task that
 * asked for it).
 */
export const PAUSE_NOW: unique symbol = Symbol("pause now");

/** What the steps of a sliced computation yield: a chance to pause, or {@link PAUSE_NOW}. */
export type SliceBreak = void | typeof PAUSE_NOW;

/** The clock every host (Node, browsers) has; the engine's types leave out both DOM and Node. */
const clock = globalThis as unknown as { performance: { now(): number } };

/**
 * Runs a sliced computation (a generator that yields often) to its end,
 * awaiting `pause` whenever a slice has run for `sliceMs` (or the steps
 * yield {@link PAUSE_NOW}): the page gets its turn back between slices, and
 * short steps cost no pause each.
 */
export async function finishInSlices<T>(
  steps: Generator<SliceBreak, T>,
  pause: Pause,
  sliceMs: number,
): Promise<T> {
  let started = clock.performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (
      step.value === PAUSE_NOW ||
      clock.performance.now() - started >= sliceMs
    ) {
      await pause();
      started = clock.performance.now();
    }
  }
}
