import { html, nothing } from "lit";
import type { StudioEntry } from "../../studio-folder.js";
import { answerPreview } from "../answer-preview.js";
import { studioStrings } from "../studio-strings.js";

/** What an entry view needs besides the entry. */
export interface EntryViewContext {
  questionOf: (id: string) => string | undefined;
  sourceLabel: (id: string) => string;
  onEdit: () => void;
  onDelete: () => void;
}

/** One entry as staff read it: the answer as visitors see it, then its phrasings, links, sources and problems. */
export function entryView(entry: StudioEntry, context: EntryViewContext) {
  return html`<article class="entry" aria-labelledby="entry-title">
    <p class="file">
      ${entry.file}${entry.isDraft ? ` (${studioStrings.drafts})` : ""}
    </p>
    <h2 id="entry-title">${entry.question}</h2>
    <div class="actions">
      <button type="button" @click=${context.onEdit}>
        ${studioStrings.edit}
      </button>
      <button type="button" class="danger" @click=${context.onDelete}>
        ${studioStrings.delete}
      </button>
    </div>
    ${
      entry.problems.length > 0
        ? html`<section aria-labelledby="view-problems">
            <h3 id="view-problems">
              ${studioStrings.problems(entry.problems.length)}
            </h3>
            <ul class="problems">
              ${entry.problems.map((problem) => html`<li class=${problem.isWarning ? "warning" : "error"}>${studioStrings.problemAt(problem.line, problem.message)}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    <div class="answer">${answerPreview("view", entry.html, entry.answer)}</div>
    <h3>${studioStrings.phrasings}</h3>
    <ul class="phrasings">
      ${entry.phrasings.map((phrasing) => html`<li>${phrasing}</li>`)}
    </ul>
    <h3>${studioStrings.related}</h3>
    <ul>
      ${entry.related.map((id) => html`<li>${context.questionOf(id) ?? id}</li>`)}
    </ul>
    <h3>${studioStrings.sources}</h3>
    <ul>
      ${entry.sources.map((id) => html`<li>${context.sourceLabel(id)}</li>`)}
    </ul>
  </article>`;
}
