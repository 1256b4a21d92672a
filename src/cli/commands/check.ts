import { checkKnowledge } from "../../knowledge/check-knowledge.js";
import { messages } from "../../knowledge/messages.js";
import { formatProblem } from "../format.js";
import type { CliIo } from "../io.js";

/**
 * `faq check [DIR]`: prints every problem as `file:line: message`, then each
 * reading-level warning the same way, the three hardest answers to read, and a
 * summary. Exit 1 on any problem; warnings alone leave the exit code at 0, so
 * staff can publish while a reviewer looks at them.
 */
export async function check(dir: string, io: CliIo): Promise<number> {
  const { problems, warnings, readability, entryCount } =
    await checkKnowledge(dir);
  for (const problem of problems) io.out(formatProblem(problem));
  for (const warning of warnings) io.out(formatProblem(warning));
  if (readability.length > 0) {
    io.out(
      messages.hardestToRead(
        readability
          .slice(0, 3)
          .map(
            (answer) =>
              `${answer.file} (grade ${answer.grade}, ${answer.words} words)`,
          )
          .join(", "),
      ),
    );
  }
  if (warnings.length > 0) io.out(messages.warningsSummary(warnings.length));
  io.out(messages.summary(problems.length, entryCount));
  return problems.length === 0 ? 0 : 1;
}
