import type { CompiledKnowledge } from '../engine/types.js';
import { checkRouting } from './check-routing.js';
import { compileKnowledge } from './compile.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import { readKnowledgeFolder } from './read-knowledge-folder.js';
import { MAX_READING_GRADE, MAX_READING_WORDS, measureReadability } from './readability.js';
import { validateEntries } from './validate.js';

/** One answer's reading level, as `faq check` reports it. */
export interface AnswerReadability {
  file: string;
  /** Line of the answer's first line. */
  line: number;
  grade: number;
  words: number;
}

/** The outcome of checking a knowledge folder: what `faq check` prints and `faq build` writes. */
export interface KnowledgeCheck {
  /**
   * The compiled knowledge, only when there is no problem: nothing builds or answers from a folder with
   * problems, and compiling trains the crisis detector (about a second), which a staff member fixing a
   * typo should not wait for.
   */
  knowledge: CompiledKnowledge | null;
  /** Every problem, sorted by file and line. Empty means the folder is good to build. */
  problems: Problem[];
  /**
   * Answers over grade 9 or 130 words (unless marked `reading_level_ok: true`),
   * and phrasings the matcher sends elsewhere, sorted by file and line.
   * Warnings never stop a build.
   */
  warnings: Problem[];
  /** Every answer's reading level, hardest first (highest grade, then most words). */
  readability: AnswerReadability[];
  entryCount: number;
}

/**
 * Reads, validates and compiles a knowledge folder, then routes every
 * phrasing through the engine. Runs the routing check only on a folder with
 * no other problems, so staff fix the plain mistakes first; `faq ask`, which
 * only needs the compiled knowledge, skips it. Reading levels are measured
 * on every readable answer whatever else is wrong, and reported as warnings.
 */
export async function checkKnowledge(dir: string, { routing = true }: { routing?: boolean } = {}): Promise<KnowledgeCheck> {
  const folder = await readKnowledgeFolder(dir);
  const problems = [...folder.problems];
  if (folder.entries.length === 0 && problems.length === 0) problems.push({ file: dir, line: 1, message: messages.noEntries(dir) });
  const visibleSources = folder.knownSources
    ? new Set(Object.entries(folder.settings.sources).filter(([, info]) => info.title && info.url).map(([id]) => id))
    : undefined;
  problems.push(...validateEntries(folder.entries, folder.knownSources, folder.unreadableIds, visibleSources));
  const readability: AnswerReadability[] = folder.entries
    .filter((entry) => entry.answer !== '')
    .map((entry) => {
      const { grade, words } = measureReadability(entry.answer);
      return { file: entry.file, line: entry.lines.answer, grade, words };
    });
  const accepted = new Set(folder.entries.filter((entry) => entry.readingLevelOk).map((entry) => entry.file));
  const warnings = [
    ...folder.warnings,
    ...readability
    .filter((answer) => !accepted.has(answer.file) && (answer.grade > MAX_READING_GRADE || answer.words > MAX_READING_WORDS))
      .map(({ file, line, grade, words }) => ({ file, line, message: messages.readingLevel(grade, words, MAX_READING_GRADE, MAX_READING_WORDS) })),
  ];
  readability.sort((a, b) => b.grade - a.grade || b.words - a.words);
  const knowledge = problems.length === 0 ? compileKnowledge(folder.entries, folder.settings, folder.vocabulary) : null;
  // Routing is advice on phrasings (a trained matcher may weigh one example differently), never a reason to refuse a build.
  if (routing && knowledge) warnings.push(...checkRouting(knowledge, folder.entries));
  const byPlace = (a: Problem, b: Problem) => a.file.localeCompare(b.file) || a.line - b.line;
  problems.sort(byPlace);
  warnings.sort(byPlace);
  return { knowledge, problems, warnings, readability, entryCount: folder.entries.length };
}
