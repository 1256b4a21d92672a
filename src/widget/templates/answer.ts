import { html, nothing } from "lit";
import type { Answer } from "../../engine/types.js";
import { toSafePageUrl } from "../contact-links.js";
import type { TemplateContext } from "./context.js";
import { linkTemplate } from "./link.js";
import { entriesFor, suggestionsTemplate } from "./suggestions.js";

/**
 * An answer: the entry's question as a heading, its sanitized body (rendered
 * by `sanitize.ts`, passed in as a node), "Not what you meant?" chips when the
 * engine was not certain, "Related questions" chips, and one short "Sources"
 * line. Sources without a safe http(s) URL are left out.
 */
export function answerTemplate(
  answer: Answer,
  body: Node,
  context: TemplateContext,
) {
  const { strings } = context;
  const related = entriesFor(answer.related, context);
  const alternatives = entriesFor(answer.suggestions, context);
  const sources = answer.sources.flatMap((source) => {
    const url = toSafePageUrl(source.url);
    return url && source.title ? [{ url, title: source.title }] : [];
  });
  return html`${
    answer.title ? html`<h3 class="answer-title">${answer.title}</h3>` : nothing
  }${body}
  ${
    sources.length
      ? html`<p class="sources">
          <span class="label">${strings.sources}:</span>
          ${sources.map(
            (source, index) =>
              html`${index ? ", " : ""}${linkTemplate(
                source.url,
                source.title,
                strings.newTab,
              )}`,
          )}
        </p>`
      : nothing
  }
  ${
    alternatives.length
      ? suggestionsTemplate(strings.otherMeanings, alternatives, context)
      : nothing
  }
  ${
    related.length
      ? suggestionsTemplate(strings.related, related, context)
      : nothing
  }`;
}
