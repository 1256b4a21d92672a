import Fuse from "fuse.js";

/** What the search box looks through. */
export interface SearchableEntry {
  id: string;
  question: string;
  phrasings: string[];
}

/**
 * Builds the studio's search over questions and phrasings: typo-tolerant,
 * best first. An empty query matches nothing (the caller shows every entry).
 */
export function createEntrySearch(
  entries: readonly SearchableEntry[],
): (query: string) => string[] {
  const fuse = new Fuse(entries, {
    keys: [
      { name: "question", weight: 2 },
      { name: "phrasings", weight: 1 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
  });
  return (query) =>
    query.trim() === ""
      ? []
      : fuse.search(query.trim()).map((result) => result.item.id);
}
