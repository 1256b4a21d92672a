import { convert } from "html-to-text";
import type { Answer } from "../engine/types.js";
import type { Problem } from "../knowledge/problem.js";

/** A problem as compilers print them, so editors can jump to it: `file:line: message`. */
export const formatProblem = (problem: Problem) =>
  `${problem.file}:${problem.line}: ${problem.message}`;

/** One `faq ask --json` line: the engine's Answer, unchanged. */
export const formatAnswerJson = (answer: Answer) => JSON.stringify(answer);

const handoffLines = (answer: Answer) =>
  answer.handoff
    ? [
        "",
        answer.handoff.text,
        `  Phone: ${answer.handoff.phone}`,
        `  Contact: ${answer.handoff.contactUrl}`,
      ]
    : [];

/** A readable reply for a person at a terminal: what the widget would show, as text. */
export function formatAnswerText(
  answer: Answer,
  questionOf: (id: string) => string | undefined,
): string {
  const header = `> ${answer.question}\n[${answer.kind}${answer.id ? `: ${answer.id}` : ""}, confidence ${answer.score.toFixed(2)}]`;
  const body: string[] = [];
  switch (answer.kind) {
    case "crisis":
      body.push(
        answer.crisis?.intro ?? "",
        ...(answer.crisis?.resources ?? []).map(
          (resource) => `  * ${resource.label}`,
        ),
      );
      break;
    case "answer":
      // A built knowledge file carries each answer once, as HTML (`shippedKnowledge`); a folder, as markdown.
      body.push(
        `${answer.title}\n`,
        answer.markdown ??
          convert(answer.html ?? "", {
            wordwrap: false,
            selectors: [{ selector: "a", options: { ignoreHref: true } }],
          }),
      );
      if (answer.related.length)
        body.push(
          "",
          "Related: " +
            answer.related.map((id) => questionOf(id) ?? id).join(" | "),
        );
      break;
    case "suggest":
      body.push(
        "Did you mean:",
        ...answer.suggestions.map((id) => `  * ${questionOf(id) ?? id}`),
      );
      break;
    case "fallback":
      body.push("I don't have an answer to that.");
      break;
    case "smalltalk":
      body.push(`(small talk: ${answer.intent})`);
      break;
  }
  // The gentle line a reply with some risk signal carries under it, as the widget shows it.
  const concern =
    answer.crisis && answer.kind !== "crisis" ? ["", answer.crisis.intro] : [];
  return [header, ...body, ...concern, ...handoffLines(answer), ""].join("\n");
}
