import { html, nothing } from "lit-html";
import type { Handoff } from "../../engine/types.js";
import type { KnowledgeStatus } from "../knowledge-controller.js";
import type { StarterGroup } from "../starter-questions.js";
import { formatString } from "../strings.js";
import type { TemplateContext } from "./context.js";
import { handoffTemplate } from "./handoff.js";
import { startersTemplate } from "./starters.js";

/** Everything the panel shows. */
export interface PanelView {
  status: KnowledgeStatus;
  /** The exchanges, already rendered (`exchangeTemplate`), in an element the conversation keeps. */
  exchanges: Node;
  starters: readonly StarterGroup[];
  /** The clinic's contact details from the page, for when the knowledge is unavailable. */
  pageHandoff: Handoff;
  isInline: boolean;
}

/** What the panel's own controls do. */
export interface PanelActions {
  close(): void;
  clear(): void;
  submit(text: string): void;
}

/**
 * The panel: header (title, clear, close), the conversation log, the message
 * field and the footer slot. The log and the field carry the opt-outs that
 * common session recorders honour, so a visitor's health questions are not
 * recorded by the host page's analytics.
 */
export function panelTemplate(
  view: PanelView,
  context: TemplateContext,
  actions: PanelActions,
) {
  const { strings } = context;
  const handleSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector(
      "input",
    ) as HTMLInputElement;
    const text = input.value;
    if (!text.trim()) return;
    input.value = "";
    actions.submit(text);
  };
  return html`<div class="header" part="header">
      <h2 class="title"><slot name="header">${strings.title}</slot></h2>
      <button type="button" class="text-button" @click=${actions.clear}>
        ${strings.clear}
      </button>
      ${
        view.isInline
          ? nothing
          : html`<button
              type="button"
              class="close"
              aria-label=${strings.close}
              @click=${actions.close}
            >
              <span aria-hidden="true">×</span>
            </button>`
      }
    </div>
    <div
      class="log fs-exclude ph-no-capture rr-block sentry-mask"
      role="log"
      aria-live="polite"
      aria-busy=${view.status === "loading" ? "true" : "false"}
      data-hj-suppress
      data-private
      data-clarity-mask="true"
      data-heap-redact-text
      data-dd-privacy="mask"
    >
      <div class="message reply intro" part="message">
        <p>${formatString(strings.greeting, { clinic: context.clinic })}</p>
        <p class="note">${strings.educationNote}</p>
        ${
          view.status === "ready"
            ? startersTemplate(view.starters, context)
            : view.status === "error"
              ? html`<p>
                    ${formatString(strings.unavailable, { clinic: context.clinic })}
                  </p>
                  ${handoffTemplate(view.pageHandoff, context, false)}`
              : html`<p class="note">${strings.loading}</p>`
        }
      </div>
      ${view.exchanges}
    </div>
    <form class="composer" @submit=${handleSubmit}>
      <label class="visually-hidden" for="input">${strings.inputLabel}</label>
      <input
        id="input"
        part="input"
        type="text"
        autocomplete="off"
        enterkeyhint="send"
        placeholder=${strings.inputPlaceholder}
        class="fs-exclude ph-no-capture rr-block rr-mask sentry-mask"
        data-hj-suppress
        data-private
        data-clarity-mask="true"
        data-heap-redact-text
        data-dd-privacy="mask"
      />
      <button type="submit" part="send-button">${strings.send}</button>
    </form>
    <div class="footer"><slot name="footer"></slot></div>`;
}
