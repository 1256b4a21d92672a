import { createEngine } from "../engine/index.js";
import type { ClinicOverrides, CompiledKnowledge, Engine } from "../engine/types.js";

/**
 * Builds the engine without starting in the middle of the visitor's input:
 * it first gives the main thread back (so the panel paints and the tap is
 * handled), then builds. Resolves with the engine; rejects when the knowledge
 * cannot be indexed.
 */
export async function buildEngine(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides,
): Promise<Engine> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return createEngine(knowledge, overrides);
}
