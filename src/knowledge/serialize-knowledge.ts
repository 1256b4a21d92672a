import type { CompiledKnowledge } from '../engine/types.js';
import { shippedKnowledge } from './compile.js';

/**
 * The text of `knowledge.json`: the shipped knowledge (see `shippedKnowledge`) as JSON, with a first
 * line of its own that carries the clinic's settings and every entry's id, topic and question (a
 * `head`; see `parseKnowledgeHead`). The widget reads that line as soon as it arrives and greets the
 * visitor with starter questions while the rest (mostly the training phrasings) downloads; on a slow
 * phone network that is seconds sooner. The whole file is still one JSON document for every other
 * reader, which ignores `head`.
 */
export function serializeKnowledge(knowledge: CompiledKnowledge): string {
  const shipped = shippedKnowledge(knowledge);
  // The shape `parseKnowledgeHead` reads.
  const head = {
    settings: shipped.settings,
    questions: shipped.entries.map(({ id, topic, question }) => ({ id, topic, question })),
  };
  // JSON.stringify writes no line breaks (those inside strings are escaped), so this is the only one.
  return `{"head":${JSON.stringify(head)},\n${JSON.stringify(shipped).slice(1)}`;
}
