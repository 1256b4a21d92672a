import { compilePattern, indexWords } from "./phrase-pattern.js";

/**
 * OWN RISK — for clinical review.
 *
 * A visitor who says they feel suicidal, or asks to be killed, gets the crisis panel first, whatever the learned detector reads:
 * a statement of three or four words ("I feel suicidal", "im suicidial") is what that detector reads worst,
 * and the crisis lists alone only add the gentle line when it is unsure (they also match questions that
 * mention suicide, which must be answered). These lines are only statements in the first person about a present feeling:
 * "I'm not suicidal", "I felt suicidal years ago" and "can ketamine make you feel suicidal?" match none. Written in the pattern
 * language of `phrase-pattern.ts`, with one typo tolerated in "suicidal".
 */
export const OWN_RISK_LINES: readonly string[] = [
  // Asking to be killed ("please kill me", "someone end me"): a plea, which the detector reads as calm
  // because its words are everyday ones. "My mom would kill me" and "could ketamine kill me?" match none.
  "please|pls|plz|someone|somebody|anyone|anybody [please|pls|plz|just] kill|end me",
  "i|im [am|have|do] [been|really|so] [feel|feeling|getting] [so|very|really|kinda|pretty|super|extremely|actively|passively|kind_of] suicidal",
  "suicidal again|tonight|rn|right_now",
];

let lines: ReturnType<typeof compilePattern>[] | undefined;

/** Whether a message's words (normalized) say the visitor, or someone they write about, feels suicidal now, or ask to be killed. */
export function statesOwnRisk(words: readonly string[]): boolean {
  lines ??= OWN_RISK_LINES.map((line) => compilePattern(line, true));
  const indexed = indexWords(words);
  return lines.some((line) => line.test(indexed));
}
