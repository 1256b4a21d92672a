import type {
  ClinicOverrides,
  CompiledKnowledge,
  Engine,
} from "../engine/types.js";
import { yieldToPage } from "./yield-to-page.js";

type EngineCode = typeof import("../engine/create-engine.js");

let engineCode: Promise<EngineCode> | undefined;

/**
 * Starts downloading the engine's code (the matcher, Fuse.js, the stemmer: a
 * lazy chunk of its own) once, while the knowledge downloads. Apart from the
 * conversation code, so the page evaluates each in a task of its own and the
 * starter questions need only the smaller one.
 */
export function loadEngineCode(): Promise<EngineCode> {
  engineCode ??= import("../engine/create-engine.js");
  engineCode.catch(() => (engineCode = undefined)); // A later knowledge may try again.
  return engineCode;
}

/** The engine's code could not be downloaded (a `load-failed` for the page). */
export class EngineCodeError extends Error {
  constructor(cause: unknown) {
    super("The engine's code could not be loaded", { cause });
  }
}

/**
 * Builds the engine in slices that give the main thread back between them,
 * so the page stays responsive while a visitor opens the panel (issue 10:
 * no task over 50 ms, even on a slow phone). Resolves with the engine;
 * rejects with an {@link EngineCodeError} when its code cannot be loaded, or
 * another error when the knowledge cannot be indexed.
 */
export async function buildEngine(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides,
): Promise<Engine> {
  const { createEngineAsync } = await loadEngineCode().catch((error) => {
    throw new EngineCodeError(error);
  });
  await yieldToPage();
  return createEngineAsync(knowledge, overrides, yieldToPage);
}
