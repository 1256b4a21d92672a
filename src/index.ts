/**
 * faq-chat as a module, without side effects: import the element class and
 * define it under the name you choose, or use the engine directly. (The
 * one-script embed, `faq-chat/embed`, defines `<faq-chat>` for you.)
 *
 * @example
 * ```js
 * import { FaqChat } from 'faq-chat';
 * customElements.define('faq-chat', FaqChat);
 * ```
 * @module
 */
export { FaqChat } from "./widget/faq-chat.js";
export {
  defaultStrings,
  formatString,
  type FaqStrings,
} from "./widget/strings.js";
export {
  FaqAnswerEvent,
  FaqCloseEvent,
  FaqErrorEvent,
  FaqHandoffEvent,
  FaqOpenEvent,
  type FaqAnswerDetail,
  type FaqErrorReason,
  type FaqHandoffChannel,
} from "./widget/events.js";
export * from "./engine/index.js";
