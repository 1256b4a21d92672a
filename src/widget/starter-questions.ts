import type { KnowledgeEntry, KnowledgeHead } from "../engine/types.js";

/**
 * The questions offered first, by topic, best first. Ids missing from the
 * knowledge are skipped and the topic is filled up with its other entries, so
 * a clinic's own knowledge always gets starters. A Map, so a topic named
 * `constructor` or `toString` is only a name.
 */
export const preferredStarters: ReadonlyMap<string, readonly string[]> =
  new Map([
    [
      "ketamine",
      ["what-is-ketamine", "is-ketamine-safe", "how-ketamine-works"],
    ],
    [
      "anxiety",
      [
        "what-is-anxiety-disorder",
        "anxiety-symptoms",
        "traditional-treatments",
      ],
    ],
    ["sessions", ["session-length", "during-a-session", "cost-and-insurance"]],
  ]);

/** How many starter questions are offered, at most: per topic, and in all. */
export const starterLimits = Object.freeze({ perTopic: 2, total: 6 });

/** Starter questions of one topic. */
export interface StarterGroup {
  topic: string;
  entries: KnowledgeEntry[];
}

// Computed once per knowledge object, not on every render.
const cache = new WeakMap<KnowledgeHead, StarterGroup[]>();

/**
 * Picks up to `perTopic` starter questions per topic, and `total` in all: the
 * three standard topics first (ketamine, anxiety, sessions), then any others
 * in the order they appear. One pass over the entries; the result is cached
 * for the knowledge object.
 */
export function pickStarterQuestions(knowledge: KnowledgeHead): StarterGroup[] {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const { perTopic, total } = starterLimits;
  const byTopic = new Map<string, KnowledgeEntry[]>(
    [...preferredStarters.keys()].map((topic) => [topic, []]),
  );
  for (const entry of knowledge.entries) {
    const list = byTopic.get(entry.topic) ?? [];
    byTopic.set(entry.topic, list);
    list.push(entry);
  }
  let left = total;
  const groups: StarterGroup[] = [];
  for (const [topic, inTopic] of byTopic) {
    const preferred = (preferredStarters.get(topic) ?? []).flatMap((id) =>
      inTopic.filter((entry) => entry.id === id),
    );
    const entries = [...new Set([...preferred, ...inTopic])].slice(
      0,
      Math.min(perTopic, left),
    );
    left -= entries.length;
    if (entries.length) groups.push({ topic, entries });
  }
  cache.set(knowledge, groups);
  return groups;
}
