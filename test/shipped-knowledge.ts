// The knowledge `npm run build` ships, for the tests and the bench that measure the engine on it.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { parseKnowledge, type CompiledKnowledge } from "../src/engine/index.js";

const knowledgeFile = new URL("../../dist/knowledge.json", import.meta.url);

/** dist/knowledge.json, checked as the widget checks it; a clear message when it has not been built. */
export function loadShippedKnowledge(): CompiledKnowledge {
  assert.ok(
    existsSync(knowledgeFile),
    "dist/knowledge.json is missing: run `npm run build` first",
  );
  return parseKnowledge(JSON.parse(readFileSync(knowledgeFile, "utf8")));
}

/** A JSON file of the repository (paths from its root, where the tests run), typed. */
export const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(path, "utf8")) as T;
