import { createEngineAsync } from "../engine/create-engine.js";
import type {
  ClinicOverrides,
  CompiledKnowledge,
  Engine,
} from "../engine/types.js";
import { yieldToPage } from "./yield-to-page.js";

/**
 * Builds the engine in slices that give the main thread back between them,
 * so the page stays responsive while a visitor opens the panel (issue 10:
 * no task over 50 ms, even on a slow phone). Resolves with the engine;
 * rejects when the knowledge cannot be indexed.
 */
export async function buildEngine(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides,
): Promise<Engine> {
  await yieldToPage();
  return createEngineAsync(knowledge, overrides, yieldToPage);
}
