import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Phrasings each entry keeps in the studio tests' copy of knowledge/. The tests exercise the studio, not the
 * matcher; every save and every state re-checks the folder, which trains an engine and routes every
 * phrasing through it: with all 6,400 phrasings that took seconds each time, and the studio's browser tests
 * 81 s here (41 s with 45 an entry).
 */
export const PHRASINGS_KEPT = 45;

/** Cuts every entry's phrasings list in a knowledge folder (edited in place) to its first `count` items. */
export function keepFirstPhrasings(dir: string, count = PHRASINGS_KEPT): void {
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(dir, topic.name))) {
      if (!name.endsWith(".md")) continue;
      const file = join(dir, topic.name, name);
      const lines = readFileSync(file, "utf8").split("\n");
      const start = lines.indexOf("phrasings:");
      if (start < 0) continue;
      let end = start + 1;
      while (end < lines.length && lines[end]!.startsWith("  - ")) end++;
      lines.splice(start + 1 + count, Math.max(0, end - start - 1 - count));
      writeFileSync(file, lines.join("\n"));
    }
  }
}
