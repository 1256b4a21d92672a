/**
 * Builds small compiled knowledge files for the security tests, the way
 * `faq build` does: each answer's markdown rendered to HTML with marked
 * (`renderAnswer`), the result in the format of src/engine/types.ts.
 * @module
 */
import { parseKnowledge } from "../../src/engine/index.js";
import { PHRASES } from "../../src/engine/phrases/index.js";
import type {
  CompiledKnowledge,
  KnowledgeEntry,
} from "../../src/engine/types.js";
import { renderAnswer } from "../../src/knowledge/render-answer.js";

/** The clinic of the security tests. */
export const testClinic = {
  name: "Security Test Clinic",
  phone: "+1 555 010 0100",
  contactUrl: "/contact",
} as const;

/** A knowledge object with the given entries; checked with the widget's own validator. */
export function knowledgeWith(entries: KnowledgeEntry[]): CompiledKnowledge {
  return parseKnowledge({
    format: "faq-chat/knowledge@1",
    settings: {
      ...testClinic,
      handoff:
        "This is general information, not medical advice. Please talk with a provider at {clinic}.",
      crisis: {
        intro: "You deserve support right now.",
        resources: [
          { label: "Call or text 988", phone: "988", sms: "988" },
          { label: "Call 911 in an emergency", phone: "911" },
          { label: "Text HOME to 741741", sms: "741741", smsBody: "HOME" },
        ],
      },
      sources: {},
    },
    vocabulary: {},
    phrases: PHRASES,
    entries,
  });
}

/** A question that matches only entry `index`: numbers are never corrected into each other's words. */
export const vectorQuestion = (index: number) =>
  `Test vector ${100000 + index * 7919}`;

/** One answer compiled from markdown, and how long marked took. */
export function compiledEntry(
  index: number,
  markdown: string,
): { entry: KnowledgeEntry; compileMs: number } {
  const started = performance.now();
  const html = renderAnswer(markdown);
  const compileMs = performance.now() - started;
  const question = vectorQuestion(index);
  return {
    compileMs,
    entry: {
      id: `vector-${index}`,
      topic: "security",
      question,
      phrasings: [question.replace("Test ", "")],
      answer: markdown,
      html,
      related: [],
      sources: [],
      tags: [],
    },
  };
}

/** Serves `data` from a blob: URL, as a `knowledge-src` would from a server. */
export function blobUrl(data: unknown): string {
  return URL.createObjectURL(
    new Blob([JSON.stringify(data)], { type: "application/json" }),
  );
}
