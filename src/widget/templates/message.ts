import { html, nothing } from "lit-html";
import type { Answer, Handoff, KnowledgeEntry } from "../../engine/types.js";
import { formatString } from "../strings.js";
import { answerTemplate } from "./answer.js";
import type { TemplateContext } from "./context.js";
import { crisisPanelTemplate } from "./crisis-panel.js";
import { handoffTemplate } from "./handoff.js";
import { suggestionsTemplate, entriesFor } from "./suggestions.js";

/** One question and its reply, as the conversation shows them. */
export interface ExchangeView {
  /** What the visitor sent, as the engine read it (up to `maxKeptChars`). */
  question: string;
  /** What the visitor's message shows (up to `maxQuestionChars`). Shown as text, never as markup. */
  shownQuestion: string;
  /** True when the message shows only its beginning. */
  wasTrimmed: boolean;
  /** The reply; absent while it is being prepared. */
  answer?: Answer;
  /** True when the knowledge could not be loaded, so there is no real reply. */
  isUnavailable?: boolean;
  /** The sanitized answer body, for `answer` replies. */
  body?: Node;
  /** Where the exchange is rendered, once it has been. */
  element?: HTMLElement;
}

/** One exchange: the visitor's message and the reply. */
export function exchangeTemplate(
  exchange: ExchangeView,
  context: TemplateContext,
  maxChars: number,
  fallbackStarters: readonly KnowledgeEntry[],
) {
  return html`${visitorMessageTemplate(exchange, context, maxChars)}${replyTemplate(exchange, context, fallbackStarters)}`;
}

/** The visitor's own message: a text binding only, so `<img onerror>` is shown literally. */
export function visitorMessageTemplate(
  exchange: ExchangeView,
  context: TemplateContext,
  maxChars: number,
) {
  const { strings } = context;
  return html`<div class="message visitor" part="message">
    <span class="visually-hidden">${strings.visitorSays} </span
    ><span class="visitor-text">${exchange.shownQuestion}</span>
    ${exchange.wasTrimmed ? html`<p class="notice">${formatString(strings.trimmed, { max: String(maxChars) })}</p>` : nothing}
  </div>`;
}

/**
 * The reply to one exchange, chosen by the answer's kind (DocSearch's
 * screen-state idea): crisis first and alone, answer, suggest, fallback,
 * small talk, or the knowledge-unavailable message.
 */
export function replyTemplate(
  exchange: ExchangeView,
  context: TemplateContext,
  fallbackStarters: readonly KnowledgeEntry[],
) {
  const { answer } = exchange;
  if (!answer) {
    return html`<div class="message reply typing" aria-hidden="true">
      <span></span><span></span><span></span>
    </div>`;
  }
  return html`<div class="message reply ${answer.kind}" part="message">
    <span class="visually-hidden">${context.strings.assistantSays} </span
    >${replyContent(exchange, answer, context, fallbackStarters)}
  </div>`;
}

function replyContent(
  exchange: ExchangeView,
  answer: Answer,
  context: TemplateContext,
  fallbackStarters: readonly KnowledgeEntry[],
) {
  const { strings } = context;
  const handoff = (handoff: Handoff | null, showText = true) =>
    handoff ? handoffTemplate(handoff, context, showText) : nothing;
  if (exchange.isUnavailable) {
    return html`<p>
        ${formatString(strings.unavailable, { clinic: context.clinic })}
      </p>
      ${handoff(answer.handoff, false)}`;
  }
  switch (answer.kind) {
    case "crisis":
      return html`${answer.crisis ? crisisPanelTemplate(answer.crisis, context) : nothing}
        <p>
          ${formatString(strings.crisisClinic, { clinic: answer.handoff?.clinicName || context.clinic })}
        </p>
        ${handoff(answer.handoff, false)}`;
    case "answer":
      return exchange.body
        ? answerTemplate(answer, exchange.body, context)
        : nothing;
    case "suggest":
      return html`${suggestionsTemplate(strings.didYouMean, entriesFor(answer.suggestions, context), context)}${handoff(answer.handoff)}`;
    case "smalltalk":
      return html`<p>
          ${formatString(strings.smalltalk[answer.intent ?? "help"], { clinic: context.clinic })}
        </p>
        ${handoff(answer.handoff)}`;
    default:
      return html`<p>${strings.fallback}</p>
        ${fallbackStarters.length ? suggestionsTemplate(null, fallbackStarters, context) : nothing}${handoff(answer.handoff)}`;
  }
}
