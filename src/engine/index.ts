/**
 * faq-chat's matching engine: DOM-free, runs unchanged in Node and the browser.
 * Give it parsed knowledge; ask it questions; get {@link Answer}s.
 * @module
 */
export { createEngine, createEngineAsync } from "./create-engine.js";
export type { Pause } from "./finish-in-slices.js";
export { fallbackAnswer } from "./fallback-answer.js";
export { parseKnowledge, KnowledgeFormatError } from "./parse-knowledge.js";
export { KNOWLEDGE_FORMAT } from "./types.js";
export type {
  Answer,
  AnswerKind,
  ClinicOverrides,
  ClinicSettings,
  CompiledKnowledge,
  CrisisResource,
  CrisisSignalKind,
  Engine,
  Handoff,
  KnowledgeEntry,
  PhraseData,
  SmalltalkIntent,
  SourceInfo,
  VisibleSource,
} from "./types.js";
