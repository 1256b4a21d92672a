import { checkKnowledge } from '../../knowledge/check-knowledge.js';
import { messages } from '../../knowledge/messages.js';
import { formatProblem } from '../format.js';
import type { CliIo } from '../io.js';

/** `faq check [DIR]`: prints every problem as `file:line: message`, then a summary. Exit 1 on any problem. */
export async function check(dir: string, io: CliIo): Promise<number> {
  const { problems, entryCount } = await checkKnowledge(dir);
  for (const problem of problems) io.out(formatProblem(problem));
  io.out(messages.summary(problems.length, entryCount));
  return problems.length === 0 ? 0 : 1;
}
