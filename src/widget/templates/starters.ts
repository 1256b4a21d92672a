import { html } from "lit";
import type { StarterGroup } from "../starter-questions.js";
import type { TemplateContext } from "./context.js";
import { suggestionsTemplate } from "./suggestions.js";

/** The starter questions under the greeting, one labelled group per topic. */
export function startersTemplate(
  groups: readonly StarterGroup[],
  context: TemplateContext,
) {
  const { strings } = context;
  return html`<div class="starters">
    <p class="label">${strings.starters}</p>
    ${groups.map((group) =>
      suggestionsTemplate(
        // Null-prototype (resolveStrings): a topic named `constructor` is looked up as a name.
        strings.topics[group.topic] ?? group.topic,
        group.entries,
        context,
      ),
    )}
  </div>`;
}
