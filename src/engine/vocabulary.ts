/**
 * Rewrites a normalized message with the staff vocabulary ("special k" →
 * "ketamine"), longest phrases first, whole words only.
 */
export function createVocabularyRewriter(
  vocabulary: Readonly<Record<string, string>>,
): (normalized: string) => string {
  const pairs = Object.entries(vocabulary)
    .map(
      ([from, to]) =>
        [
          from
            .trim()
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim(),
          to.trim().toLowerCase(),
        ] as const,
    )
    .filter(([from, to]) => from !== "" && from !== to)
    .sort((a, b) => b[0].length - a[0].length);
  if (pairs.length === 0) return (text) => text;
  const lookup = new Map(pairs);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${pairs.map(([from]) => escape(from)).join("|")})(?![\\p{L}\\p{N}])`,
    "gu",
  );
  return (text) => text.replace(pattern, (match) => lookup.get(match) ?? match);
}
