import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readEntry } from "../../knowledge/read-entry.js";
import { toEntryForm } from "../entry-form.js";
import { entryText } from "../entry-text.js";

/**
 * Phrasings each entry keeps in the studio tests' copy of knowledge/. The tests exercise the studio, not the
 * matcher; every save and every state re-checks the folder, which trains an engine and routes every
 * phrasing through it: with all 6,400 phrasings that took seconds each time, and the studio's browser tests
 * 81 s here (41 s with 45 an entry).
 */
export const PHRASINGS_KEPT = 45;

/**
 * Cuts every entry's phrasings in a knowledge folder (edited in place) to their first `count`, with the
 * studio's own reader and writer: only the phrasings change, every other byte of the file stays.
 */
export function keepFirstPhrasings(dir: string, count = PHRASINGS_KEPT): void {
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const name of readdirSync(join(dir, topic.name))) {
      if (!name.endsWith(".md")) continue;
      const file = join(dir, topic.name, name);
      const text = readFileSync(file, "utf8");
      const { entry } = readEntry(file, name.slice(0, -3), topic.name, text);
      if (!entry || entry.phrasings.length <= count) continue;
      const form = toEntryForm(entry);
      form.phrasings = form.phrasings.slice(0, count);
      writeFileSync(file, entryText(text, form));
    }
  }
}
