import { yieldToPage } from "./yield-to-page.js";

/**
 * Waits until the page has painted the next frame, then for a turn of its own
 * (the "after next paint" idiom). Work that asks for a render at each step
 * (bringing back a stored conversation) paces itself with it, so each frame
 * lays out one step's worth of new content: left to `yieldToPage`, a busy
 * page renders seldom, and a frame that lays out seven replies at once held a
 * 4× slower phone for 50–70 ms (issue 10). A hidden page paints no frames: there
 * it yields as `yieldToPage` does.
 */
export const yieldAfterPaint = (): Promise<void> =>
  document.hidden
    ? yieldToPage()
    : new Promise((resolve) =>
        requestAnimationFrame(() => setTimeout(resolve, 0)),
      );
