/**
 * A message's sentences, trimmed, without empty ones. The crisis tiers read
 * each sentence alone (risk inside an ordinary question), and the phrase
 * lists' `$` means the end of one; every reader splits the same way.
 */
export const sentencesOf = (text: string): string[] =>
  text
    .split(/[.!?;\n]+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
