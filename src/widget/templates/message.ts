import { html, nothing } from "lit";
import type { Answer, KnowledgeEntry } from "../../engine/types.js";
import { formatString } from "../strings.js";
import { answerTemplate } from "./answer.js";
import { concernLineTemplate } from "./concern-line.js";
import type { TemplateContext } from "./context.js";
import { crisisPanelTemplate } from "./crisis-panel.js";
import { entriesFor, suggestionsTemplate } from "./suggestions.js";

/** One question and its reply, as the conversation shows them. */
export interface ExchangeView {
  /** Stable identity for `repeat`, so dropping the oldest exchange re-creates no other. */
  key: number;
  /** What the visitor sent, as the engine read it (up to `maxKeptChars`). */
  question: string;
  /** What the visitor's message shows: cut at a word with an ellipsis when long. Shown as text, never as markup. */
  shownQuestion: string;
  /** True when the message shows only its beginning. */
  wasTrimmed: boolean;
  /** The reply; absent while it is being prepared. */
  answer?: Answer;
  /** True when the knowledge could not be used, so there is no real reply. */
  isUnavailable?: boolean;
  /** A stored crisis reply shown again before the answers are ready; replaced once the conversation is brought back. */
  isPreview?: boolean;
  /** Once the reply has waited long for the answers to be ready (see `slowReplyAfter`): why, and the gentle 988 line. */
  slowNotice?: string;
  /** The sanitized answer body, for replies with an entry. */
  body?: Node;
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
    ${
      exchange.wasTrimmed
        ? html`<p class="notice">
            ${formatString(strings.trimmed, { max: String(maxChars) })}
          </p>`
        : nothing
    }
  </div>`;
}

/**
 * The reply to one exchange, chosen by the answer's kind (DocSearch's
 * screen-state idea): the crisis panel first (then the answer, if the message
 * also asked one), answer, suggest, fallback, small talk, or the
 * knowledge-unavailable message. Informational replies end with the
 * handoff's one short line; the clinic's links are in the panel's footer.
 */
export function replyTemplate(
  exchange: ExchangeView,
  context: TemplateContext,
  fallbackStarters: readonly KnowledgeEntry[],
) {
  const { answer } = exchange;
  if (!answer) {
    // The dots are decoration; the note is announced through the status line when it appears.
    return html`<div class="message reply typing" aria-hidden="true">
        <span></span><span></span><span></span>
      </div>
      ${
        exchange.slowNotice
          ? html`<p class="message reply slow-note" aria-hidden="true">
              ${exchange.slowNotice}
            </p>`
          : nothing
      }`;
  }
  // A crisis reply is not a `message` part: a host page's `::part(message)` rules (font-size: 0,
  // display: none) must not reach the crisis panel.
  return html`<div
    class="message reply ${answer.kind}"
    part=${answer.kind === "crisis" ? "crisis-message" : "message"}
  >
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
  const handoffLine = answer.handoff?.text
    ? html`<p class="handoff-line">${answer.handoff.text}</p>`
    : nothing;
  const concern =
    answer.kind !== "crisis" && answer.crisis
      ? concernLineTemplate(answer.crisis, context)
      : nothing;
  if (answer.kind === "crisis") {
    return html`${
      answer.crisis
        ? crisisPanelTemplate(
            answer.crisis,
            strings,
            context.clinic,
            context.handoff,
          )
        : nothing
    }${
      exchange.body
        ? html`${answerTemplate(answer, exchange.body, context)}${handoffLine}`
        : nothing
    }`;
  }
  if (exchange.isUnavailable) {
    return html`<p>
        ${formatString(strings.unavailable, { clinic: context.clinic })}
      </p>
      ${concern}`;
  }
  switch (answer.kind) {
    case "answer":
      return html`${
        exchange.body ? answerTemplate(answer, exchange.body, context) : nothing
      }${concern}${handoffLine}`;
    case "suggest":
      return html`${suggestionsTemplate(
        strings.didYouMean,
        entriesFor(answer.suggestions, context),
        context,
      )}${concern}${handoffLine}`;
    case "smalltalk":
      return html`<p>
          ${formatString(
            // Own keys only: an intent named like a built-in property gets the help text.
            answer.intent && Object.hasOwn(strings.smalltalk, answer.intent)
              ? strings.smalltalk[answer.intent]
              : strings.smalltalk.help,
            { clinic: context.clinic },
          )}
        </p>
        ${concern}`;
    default:
      return html`<p>${strings.fallback}</p>
        ${
          fallbackStarters.length
            ? suggestionsTemplate(null, fallbackStarters, context)
            : nothing
        }${concern}${handoffLine}`;
  }
}
