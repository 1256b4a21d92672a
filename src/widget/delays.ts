/** The element's waits, in ms: its properties' defaults, and what a value a timer cannot wait falls back to. */
export const WIDGET_DELAYS = Object.freeze({
  /** The typing indicator before a reply to the visitor: long enough to read as a reply, not a flash. */
  typingDelay: 250,
  /** How long the knowledge file's download may make no progress before the clinic's contact shows instead. */
  knowledgeTimeout: 10_000,
  /** A question's wait for the answers before the reply in progress says why it takes so long. */
  slowReplyAfter: 4000,
});

// The longest delay `setTimeout` keeps (2^31 - 1 ms, about 25 days): a longer one fires at once.
const LONGEST_TIMER = 2_147_483_647;

/**
 * A delay in ms from a host page's property, or `fallback` when it is not one a timer can wait: not a
 * number, not finite, under `least`, or past what `setTimeout` keeps (`1e12` and `Infinity` would fire at
 * once, and a knowledge file that "times out" at once leaves every question unanswered).
 */
export function usableDelay(
  value: unknown,
  fallback: number,
  least = 0,
): number {
  return typeof value === "number" &&
    Number.isFinite(value) &&
    value >= least &&
    value <= LONGEST_TIMER
    ? value
    : fallback;
}
