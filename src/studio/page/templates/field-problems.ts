import { html, nothing } from "lit";
import type { StudioProblem } from "../../studio-folder.js";
import { studioStrings } from "../studio-strings.js";

/** The problems of one field, shown right below it; `id` is what the field's `aria-describedby` names. */
export function fieldProblems(
  problems: readonly StudioProblem[],
  field: string,
  id: string,
) {
  const own = problems.filter((problem) => problem.field === field);
  if (own.length === 0) return nothing;
  return html`<ul class="problems" id=${id}>
    ${own.map(
      (problem) =>
        html`<li
          class=${problem.isWarning ? "warning" : "error"}
          data-line=${problem.line}
        >
          ${problem.isWarning ? studioStrings.warning : ""}${studioStrings.problemAt(problem.line, problem.message)}
        </li>`,
    )}
  </ul>`;
}

/** `aria-describedby` for a field: its problems' list, when it has any. */
export const describedBy = (
  problems: readonly StudioProblem[],
  field: string,
  id: string,
) => (problems.some((problem) => problem.field === field) ? id : nothing);
