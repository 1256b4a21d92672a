import type { CompiledKnowledge } from '../engine/types.js';
import { checkRouting } from './check-routing.js';
import { compileKnowledge } from './compile.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import { readKnowledgeFolder } from './read-knowledge-folder.js';
import { validateEntries } from './validate.js';

/** The outcome of checking a knowledge folder: what `faq check` prints and `faq build` writes. */
export interface KnowledgeCheck {
  knowledge: CompiledKnowledge;
  /** Every problem, sorted by file and line. Empty means the folder is good to build. */
  problems: Problem[];
  entryCount: number;
}

/**
 * Reads, validates and compiles a knowledge folder, then routes every
 * phrasing through the engine. Runs the routing check only on a folder with
 * no other problems, so staff fix the plain mistakes first; `faq ask`, which
 * only needs the compiled knowledge, skips it.
 */
export async function checkKnowledge(dir: string, { routing = true }: { routing?: boolean } = {}): Promise<KnowledgeCheck> {
  const folder = await readKnowledgeFolder(dir);
  const problems = [...folder.problems];
  if (folder.entries.length === 0 && problems.length === 0) problems.push({ file: dir, line: 1, message: messages.noEntries(dir) });
  problems.push(...validateEntries(folder.entries, folder.knownSources, folder.unreadableIds));
  const knowledge = compileKnowledge(folder.entries, folder.settings, folder.vocabulary);
  if (routing && problems.length === 0) problems.push(...checkRouting(knowledge, folder.entries));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { knowledge, problems, entryCount: folder.entries.length };
}
