import { createEngine } from '../engine/index.js';
import type { CompiledKnowledge } from '../engine/types.js';
import { memoByContent } from './memo-by-content.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import type { EntryFile } from './read-entry.js';

/** Pairs with at least this many crossed phrasings are reported as confused. */
const CONFUSED_PAIR_MIN = 2;

/**
 * Asks the engine every canonical question and phrasing, exactly as a visitor
 * would, and reports each one that does not come back as an answer from its
 * own entry, plus pairs of entries the engine keeps mixing up.
 */
export const checkRouting: (knowledge: CompiledKnowledge, entries: EntryFile[]) => Problem[] =
  // Remembered by content: the studio checks the same folder after every page load.
  memoByContent(route);

function route(knowledge: CompiledKnowledge, entries: EntryFile[]): Problem[] {
  const engine = createEngine(knowledge);
  const problems: Problem[] = [];
  const crossed = new Map<string, { entry: EntryFile; other: string; count: number }>();
  for (const entry of entries) {
    const texts = [
      { text: entry.question, line: entry.lines.field.get('question') ?? 1 },
      ...entry.phrasings.map((text, index) => ({ text, line: entry.lines.items.get('phrasings')?.[index] ?? 1 })),
    ];
    for (const { text, line } of texts) {
      const answer = engine.ask(text);
      if (answer.kind === 'answer' && answer.id === entry.id) continue;
      if (answer.kind === 'answer' && answer.id) {
        problems.push({ file: entry.file, line, message: messages.routedElsewhere(text, answer.id) });
        const key = [entry.id, answer.id].sort().join(' ');
        const pair = crossed.get(key) ?? { entry, other: answer.id, count: 0 };
        pair.count++;
        crossed.set(key, pair);
      } else problems.push({ file: entry.file, line, message: messages.routedUnsure(text, answer.kind) });
    }
  }
  for (const { entry, other, count } of crossed.values()) {
    if (count >= CONFUSED_PAIR_MIN) problems.push({ file: entry.file, line: entry.lines.field.get('question') ?? 1, message: messages.confusedPair(other, count) });
  }
  return problems;
}
