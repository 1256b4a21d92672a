import { checkKnowledge } from "../../knowledge/check-knowledge.js";
import { serializeKnowledge } from "../../knowledge/serialize-knowledge.js";
import { messages } from "../../knowledge/messages.js";
import { writeAtomic } from "../../knowledge/write-atomic.js";
import { formatProblem } from "../format.js";
import { isInside } from "../is-inside.js";
import type { CliIo } from "../io.js";

/**
 * `faq build [DIR] [--out FILE]`: the same checks as `faq check` but routing; writes the
 * compiled JSON only when there is no problem, atomically, so a failed build
 * leaves the previous file byte-for-byte as it was.
 */
export async function build(
  dir: string,
  out: string,
  io: CliIo,
): Promise<number> {
  if (isInside(out, dir)) {
    io.err(messages.outInsideFolder(out, dir));
    return 2;
  }
  const { knowledge, problems, entryCount } = await checkKnowledge(dir, {
    // Routing is advice for `faq check` and the studio (warnings, never a reason to refuse): building skips it, 16 s on
    // the shipped knowledge.
    routing: false,
  });
  if (!knowledge) {
    for (const problem of problems) io.err(formatProblem(problem));
    io.err(messages.summary(problems.length, entryCount));
    io.err(messages.notBuilt(out));
    return 1;
  }
  await writeAtomic(out, serializeKnowledge(knowledge));
  io.out(messages.built(out, entryCount));
  return 0;
}
