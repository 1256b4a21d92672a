import type {
  ClinicOverrides,
  CompiledKnowledge,
  Engine,
} from "../engine/types.js";
import { asPlainAnswer, type RenderedAnswer } from "./plain-text.js";
import { yieldToPage } from "./yield-to-page.js";

type EngineCode = typeof import("../engine/create-engine.js");

let engineCode: Promise<EngineCode> | undefined;
let sanitizer: typeof import("./sanitize.js") | undefined;

/**
 * Starts downloading the code that answers once, while the knowledge
 * downloads: the engine's (the matcher, Fuse.js, the stemmer) and the
 * sanitizer's (DOMPurify), each a lazy chunk of its own. Apart from the
 * conversation code, so the page evaluates each in a task of its own and the
 * starter questions need only the smallest: on slow 4G the sanitizer's 8 KiB
 * no longer stand between a tap and the starters.
 */
export function loadEngineCode(): Promise<EngineCode> {
  engineCode ??= Promise.all([
    import("../engine/create-engine.js"),
    import("./sanitize.js").then((module) => (sanitizer = module)),
  ]).then(([code]) => code);
  engineCode.catch(() => (engineCode = undefined)); // A later knowledge may try again.
  return engineCode;
}

/**
 * An answer's compiled HTML as a fragment to insert (see `sanitize.ts`). Only
 * an engine's answers carry HTML, and an engine is built only once the
 * sanitizer has loaded with it; should an answer come sooner, it is shown as
 * plain text rather than not at all.
 */
export function renderAnswerBody(
  html: string | null,
  markdown: string | null,
): RenderedAnswer {
  return sanitizer
    ? sanitizer.renderAnswer(html, markdown)
    : asPlainAnswer(html, markdown);
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
