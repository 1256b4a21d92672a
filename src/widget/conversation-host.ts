import type { ReactiveControllerHost } from "lit";

/**
 * What the conversation needs from the element that shows it: the
 * element's settings, a way to re-render, and somewhere to dispatch events.
 * The conversation is typed against this rather than the `FaqChat` class, so
 * the two modules never import each other.
 */
export interface ConversationHost extends ReactiveControllerHost, EventTarget {
  /** The absolute URL of the knowledge, or null when the page's `knowledge-src` is not a URL. */
  readonly knowledgeUrl: string | null;
  /** The clinic's name from the page, if any. */
  readonly clinicName: string | null;
  /** The clinic's phone number from the page, if any. */
  readonly contactPhone: string | null;
  /** The clinic's contact page from the page, if any. */
  readonly contactUrl: string | null;
  /** The page's text overrides, unchecked. */
  readonly strings: unknown;
  /** `inline` for a chat in the page flow; anything else is the floating panel. */
  readonly mode: string;
  /** Whether the floating panel is open. */
  readonly open: boolean;
  /** How long the typing indicator shows before a visitor's reply, in ms (unset or unusable: the default). */
  readonly typingDelay: number | undefined;
  /** How long to wait for the knowledge file before giving up, in ms (unset or unusable: the default). */
  readonly knowledgeTimeout: number | undefined;
  /** How long a visitor's question may wait for the answers before the reply says why, in ms (ditto). */
  readonly slowReplyAfter: number | undefined;
  /** The shadow root the conversation renders into (for its styles and focus). */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Closes the panel as the visitor would (fires `faq-close`). */
  closeByVisitor(): void;
}
