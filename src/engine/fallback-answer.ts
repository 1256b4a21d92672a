import type { Answer, Handoff } from "./types.js";

/**
 * The honest "I don't have an answer" reply, with the handoff. Every other
 * reply is this one with fields filled in, and the widget uses it as is when
 * it has no engine to ask (the knowledge could not be loaded).
 */
export function fallbackAnswer(
  question: string,
  handoff: Handoff | null,
  truncated = false,
): Answer {
  return {
    question,
    kind: "fallback",
    id: null,
    score: 0,
    suggestions: [],
    title: null,
    markdown: null,
    html: null,
    related: [],
    sources: [],
    intent: null,
    risk: "none",
    crisis: null,
    handoff,
    truncated,
  };
}
