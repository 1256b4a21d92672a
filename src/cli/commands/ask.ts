import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEngine, parseKnowledge } from "../../engine/index.js";
import type { CompiledKnowledge } from "../../engine/types.js";
import { checkKnowledge } from "../../knowledge/check-knowledge.js";
import {
  formatAnswerJson,
  formatAnswerText,
  formatProblem,
} from "../format.js";
import type { CliIo } from "../io.js";

/** The package's own folder, found from this file wherever it was built to. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir)
    dir = dirname(dir);
  return dir;
}

/**
 * Loads knowledge from a compiled JSON file or a knowledge folder; by default
 * the shipped `dist/knowledge.json`, or the shipped `knowledge/` folder when
 * it has not been built.
 */
async function loadKnowledge(
  path: string | undefined,
  io: CliIo,
): Promise<CompiledKnowledge | undefined> {
  const root = packageRoot();
  const target =
    path ??
    (existsSync(join(root, "dist/knowledge.json"))
      ? join(root, "dist/knowledge.json")
      : join(root, "knowledge"));
  if (!existsSync(target)) {
    io.err(`faq ask: ${target} does not exist.`);
    return undefined;
  }
  if (statSync(target).isDirectory()) {
    const { knowledge, problems } = await checkKnowledge(target, {
      routing: false,
    });
    if (knowledge) return knowledge;
    for (const problem of problems) io.err(formatProblem(problem));
    io.err(`faq ask: fix the problems above first (run faq check ${target}).`);
    return undefined;
  }
  try {
    return parseKnowledge(JSON.parse(await readFile(target, "utf8")));
  } catch (error) {
    io.err(`faq ask: cannot read ${target}: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * `faq ask [--json] [--knowledge PATH] [QUESTION…]`: answers each question
 * given as an argument, or each line of standard input. With `--json`,
 * exactly one JSON object per question.
 */
export async function ask(
  questions: string[],
  options: { json: boolean; knowledge?: string },
  io: CliIo,
): Promise<number> {
  const knowledge = await loadKnowledge(options.knowledge, io);
  if (!knowledge) return 1;
  const engine = createEngine(knowledge);
  const questionOf = (id: string) => engine.entry(id)?.question;
  const answerOne = (question: string) => {
    const answer = engine.ask(question);
    io.out(
      options.json
        ? formatAnswerJson(answer)
        : formatAnswerText(answer, questionOf),
    );
  };
  if (questions.length > 0) questions.forEach(answerOne);
  else {
    const lines = io.lines();
    if (!lines) {
      io.err(
        'faq ask: give a question, e.g. faq ask "what is ketamine", or pipe questions in, one per line.',
      );
      return 2;
    }
    for await (const line of lines) answerOne(line);
  }
  return 0;
}
