import { html, nothing } from "lit-html";
import type { Answer } from "../../engine/types.js";
import type { TemplateContext } from "./context.js";
import { handoffTemplate } from "./handoff.js";
import { linkTemplate } from "./link.js";
import { entriesFor, suggestionsTemplate } from "./suggestions.js";

/**
 * An `answer` reply: the entry's question, its sanitized body (rendered by
 * `sanitize.ts`, passed in as a node), "Not what you meant?" chips when the
 * engine was not certain, "Related questions" chips, the sources a visitor may
 * see, then the handoff.
 */
export function answerTemplate(
  answer: Answer,
  body: Node,
  context: TemplateContext,
) {
  const { strings } = context;
  const related = entriesFor(answer.related, context);
  const alternatives = entriesFor(answer.suggestions, context);
  return html`${answer.title ? html`<p class="answer-title">${answer.title}</p>` : nothing}${body}
  ${alternatives.length ? suggestionsTemplate(strings.otherMeanings, alternatives, context) : nothing}
  ${related.length ? suggestionsTemplate(strings.related, related, context) : nothing}
  ${
    answer.sources.length
      ? html`<div class="sources">
          <p class="label">${strings.sources}</p>
          <ul>
            ${answer.sources.map((source) => html`<li>${linkTemplate(source.url, source.title, context)}</li>`)}
          </ul>
        </div>`
      : nothing
  }
  ${answer.handoff ? handoffTemplate(answer.handoff, context) : nothing}`;
}
