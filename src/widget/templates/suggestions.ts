import { html, nothing } from "lit";
import type { KnowledgeEntry } from "../../engine/types.js";
import type { TemplateContext } from "./context.js";

/** A row of question chips, labelled unless `label` is null; each chip is a button that asks its question. Chips wrap. */
export function suggestionsTemplate(
  label: string | null,
  entries: readonly KnowledgeEntry[],
  context: TemplateContext,
) {
  return html`<div class="suggestions">
    ${label === null ? nothing : html`<p class="label">${label}</p>`}
    <ul class="chips" aria-label=${label === null ? nothing : label}>
      ${entries.map(
        (entry) =>
          html`<li>
            <button
              type="button"
              class="chip"
              part="suggestion"
              @click=${() => context.ask(entry.question)}
            >
              ${entry.question}
            </button>
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The entries behind `ids` that exist, in order. */
export function entriesFor(
  ids: readonly string[],
  context: TemplateContext,
): KnowledgeEntry[] {
  return ids.flatMap((id) => context.entry(id) ?? []);
}
