/**
 * Gives the main thread back to the page for a moment: `scheduler.yield()`
 * where the browser has it (it resumes ahead of other queued work),
 * otherwise a macrotask. Either way input and paint go first, so no task of
 * the widget's runs long on a slow phone (issue 10).
 */
export const yieldToPage = (): Promise<void> => {
  const scheduler = (
    globalThis as { scheduler?: { yield?: () => Promise<void> } }
  ).scheduler;
  return scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
};
