import { html, nothing, type TemplateResult } from "lit";
import type { Handoff } from "../../engine/types.js";
import type { StarterGroup } from "../starter-questions.js";
import { formatString } from "../strings.js";
import { contactFooterTemplate } from "./contact-footer.js";
import type { TemplateContext } from "./context.js";
import { startersTemplate } from "./starters.js";

/** Where the knowledge stands, as the panel shows it. */
export type PanelStatus = "loading" | "ready" | "error";

/** Everything the panel shows. */
export interface PanelView {
  status: PanelStatus;
  /** The exchanges, already templated (with `repeat`). */
  exchanges: TemplateResult | typeof nothing;
  starters: readonly StarterGroup[];
  /** The clinic's contact details, for the footer. */
  handoff: Handoff;
  isInline: boolean;
  /** The brief text for screen readers: a new reply's title, or "Preparing a reply…". */
  announcement: string;
  /** True for a crisis reply: announced in the assertive region, so it interrupts whatever is being read. */
  isAnnouncementUrgent: boolean;
  /** True after one press of "Clear chat": the next press clears. */
  isClearArmed: boolean;
  /** A hint under the message field (an empty message was sent), or "". */
  hint: string;
}

/** What the panel's own controls do. */
export interface PanelActions {
  close(): void;
  clear(): void;
  /** Focus left the clear control: a first press is forgotten. */
  leaveClear(): void;
  submit(text: string): void;
  /** The visitor edited the message field (clears the hint). */
  input(): void;
}

/**
 * The panel: header (title, clear, close), the conversation log, a
 * visually hidden status line that announces replies briefly (the log itself
 * is not live, so a long card or a restored conversation is never read out
 * whole), the message field, the clinic's contact footer and the footer slot.
 * The log and the field carry the opt-outs that common session recorders
 * honour, so a visitor's health questions are not recorded by the host page's
 * analytics.
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
    input.value = "";
    actions.submit(text);
  };
  return html`<div class="header" part="header">
      <h2 class="title"><slot name="header">${strings.title}</slot></h2>
      <button
        type="button"
        class="text-button clear ${view.isClearArmed ? "armed" : ""}"
        @click=${actions.clear}
        @blur=${actions.leaveClear}
      >
        ${view.isClearArmed ? strings.clearConfirm : strings.clear}
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
      aria-live="off"
      aria-label=${strings.conversation}
      tabindex="0"
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
                </p>`
              : html`<p class="note">${strings.loading}</p>`
        }
      </div>
      ${view.exchanges}
    </div>
    <div class="visually-hidden announcer" role="status">
      ${view.isAnnouncementUrgent ? "" : view.announcement}
    </div>
    <div class="visually-hidden announcer" role="alert">
      ${view.isAnnouncementUrgent ? view.announcement : ""}
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
        aria-describedby=${view.hint ? "hint" : nothing}
        class="fs-exclude ph-no-capture rr-block rr-mask sentry-mask"
        data-hj-suppress
        data-private
        data-clarity-mask="true"
        data-heap-redact-text
        data-dd-privacy="mask"
        @input=${actions.input}
      />
      <button type="submit" part="send-button">${strings.send}</button>
    </form>
    ${view.hint ? html`<p id="hint" class="hint">${view.hint}</p>` : nothing}
    ${contactFooterTemplate(view.handoff, context)}
    <div class="footer"><slot name="footer"></slot></div>`;
}
