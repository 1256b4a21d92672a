import { PHRASES } from '../engine/phrases/index.js';
import { KNOWLEDGE_FORMAT, type ClinicSettings, type CompiledKnowledge } from '../engine/types.js';
import type { EntryFile } from './read-entry.js';
import { renderAnswer } from './render-answer.js';

/** Turns checked entries, settings and vocabulary into the JSON the engine and widget read. */
export function compileKnowledge(entries: EntryFile[], settings: ClinicSettings, vocabulary: Record<string, string>): CompiledKnowledge {
  return {
    format: KNOWLEDGE_FORMAT,
    settings,
    vocabulary,
    phrases: PHRASES,
    entries: [...entries]
      .sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id))
      .map(({ id, topic, question, phrasings, answer, related, sources, tags }) => ({ id, topic, question, phrasings, answer, html: renderAnswer(answer), related, sources, tags })),
  };
}
