import { createHash } from 'node:crypto';

/** How many results a memoised function keeps: enough for a studio's saved folder, its draft and `faq check`'s fixtures. */
const KEPT = 4;

/**
 * Wraps a slow, pure function (training the crisis detector, routing every
 * phrasing) so that a call with the same inputs, by content, returns a copy of
 * the last result instead of computing it again. The studio asks for the same
 * folder's check after every save and every page load, and most saves change
 * an answer, not what the detector learns from. Inputs are hashed as JSON
 * (Maps as their entries); results are deep-copied both ways, so no caller can
 * change what another receives.
 */
export function memoByContent<Args extends unknown[], Result>(compute: (...args: Args) => Result): (...args: Args) => Result {
  const kept = new Map<string, Result>();
  return (...args: Args) => {
    const key = createHash('sha256')
      .update(JSON.stringify(args, (_, value: unknown) => (value instanceof Map ? [...value] : value)))
      .digest('hex');
    let result = kept.get(key);
    if (result === undefined) {
      result = structuredClone(compute(...args));
      if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
    } else kept.delete(key);
    kept.set(key, result);
    return structuredClone(result);
  };
}
