/**
 * The events `<faq-chat>` fires. Each bubbles and is composed, so a clinic's
 * analytics script can listen on `document`. They fire only in response to
 * the visitor (clicking, typing, pressing Escape), never when a property is
 * set or a method is called from code, and their detail never contains what
 * the visitor typed.
 * @module
 */
import type { AnswerKind } from "../engine/types.js";

const flags = { bubbles: true, composed: true, cancelable: false } as const;

/** The visitor opened the panel. */
export class FaqOpenEvent extends Event {
  constructor() {
    super("faq-open", flags);
  }
}

/** The visitor closed the panel (close button, launcher or Escape). */
export class FaqCloseEvent extends Event {
  constructor() {
    super("faq-close", flags);
  }
}

/** What kind of reply the visitor got, and for which entry. Never the question. */
export interface FaqAnswerDetail {
  kind: AnswerKind;
  /** The matched entry for `answer`, otherwise null. */
  id: string | null;
}

/** The visitor got a reply. */
export class FaqAnswerEvent extends Event {
  readonly detail: Readonly<FaqAnswerDetail>;
  constructor(detail: FaqAnswerDetail) {
    super("faq-answer", flags);
    this.detail = Object.freeze({ kind: detail.kind, id: detail.id });
  }
}

/** Which contact route the visitor used. */
export type FaqHandoffChannel =
  "phone" | "contact" | "crisis-phone" | "crisis-sms";

/** The visitor used a contact link: the clinic's phone or contact page, or a crisis line. */
export class FaqHandoffEvent extends Event {
  readonly detail: Readonly<{ channel: FaqHandoffChannel }>;
  constructor(channel: FaqHandoffChannel) {
    super("faq-handoff", flags);
    this.detail = Object.freeze({ channel });
  }
}

/**
 * Why the widget could not work normally:
 * - `load-failed`: its own script files could not be loaded;
 * - `network`, `timeout`, `http`: the knowledge file could not be fetched;
 * - `too-large`, `invalid-json`, `wrong-format`: the knowledge file was refused;
 * - `trusted-types`: the page's Trusted Types policy kept answers from being
 *   formatted (they are shown as plain text);
 * - `invalid-config`: the page or the knowledge gave the element something
 *   it cannot use: a `knowledge-src` or `contact-url` that is not a usable
 *   URL, `strings` values that are not text, a source URL in the knowledge
 *   that is not one. What cannot be used is left out; the rest works;
 * - `render-failed`: a reply (or one kept from earlier in the visit) could not
 *   be shown or answered; the friendly message and the clinic's contact are
 *   shown instead, and a stored one is dropped.
 */
export type FaqErrorReason =
  | "load-failed"
  | "network"
  | "timeout"
  | "http"
  | "too-large"
  | "invalid-json"
  | "wrong-format"
  | "trusted-types"
  | "invalid-config"
  | "render-failed";

/** Something went wrong; the visitor sees a friendly message and the clinic's contact details. */
export class FaqErrorEvent extends Event {
  readonly detail: Readonly<{ reason: FaqErrorReason }>;
  constructor(reason: FaqErrorReason) {
    super("faq-error", flags);
    this.detail = Object.freeze({ reason });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "faq-open": FaqOpenEvent;
    "faq-close": FaqCloseEvent;
    "faq-answer": FaqAnswerEvent;
    "faq-handoff": FaqHandoffEvent;
    "faq-error": FaqErrorEvent;
  }
  interface HTMLElementEventMap {
    "faq-open": FaqOpenEvent;
    "faq-close": FaqCloseEvent;
    "faq-answer": FaqAnswerEvent;
    "faq-handoff": FaqHandoffEvent;
    "faq-error": FaqErrorEvent;
  }
}
