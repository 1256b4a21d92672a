import type { CompiledKnowledge, KnowledgeEntry } from "../engine/types.js";

/**
 * The questions offered first, by topic, best first. Ids missing from the
 * knowledge are skipped and the topic is filled up with its other entries, so
 * a clinic's own knowledge always gets starters.
 */
export const preferredStarters: Readonly<Record<string, readonly string[]>> =
  Object.freeze({
    ketamine: ["what-is-ketamine", "is-ketamine-safe", "how-ketamine-works"],
    anxiety: [
      "what-is-anxiety-disorder",
      "anxiety-symptoms",
      "traditional-treatments",
    ],
    sessions: ["session-length", "during-a-session", "cost-and-insurance"],
  });

/** Starter questions of one topic. */
export interface StarterGroup {
  topic: string;
  entries: KnowledgeEntry[];
}

/**
 * Picks up to `perTopic` starter questions for every topic in the knowledge:
 * the three standard topics first (ketamine, anxiety, sessions), then any
 * others in the order they appear.
 */
export function pickStarterQuestions(
  knowledge: CompiledKnowledge,
  perTopic = 2,
): StarterGroup[] {
  const topics = [
    ...new Set([
      ...Object.keys(preferredStarters),
      ...knowledge.entries.map((entry) => entry.topic),
    ]),
  ];
  return topics
    .map((topic) => {
      const inTopic = knowledge.entries.filter(
        (entry) => entry.topic === topic,
      );
      const preferred = (preferredStarters[topic] ?? []).flatMap((id) =>
        inTopic.filter((entry) => entry.id === id),
      );
      return {
        topic,
        entries: [...new Set([...preferred, ...inTopic])].slice(0, perTopic),
      };
    })
    .filter((group) => group.entries.length > 0);
}
