import type { SmalltalkIntent } from "../engine/types.js";
import { formatString, launcherStrings } from "./launcher-strings.js";

export { formatString };

/**
 * Every text a visitor can see or hear from `<faq-chat>`, in one typed object.
 *
 * Texts may contain named placeholders in braces, such as `{clinic}` or
 * `{max}`; the widget fills them with {@link formatString}. Override any of
 * them through the element's `strings` property; what you leave out keeps its
 * default.
 *
 * @example
 * ```js
 * document.querySelector('faq-chat').strings = {
 *   launcher: 'Questions?',
 *   greeting: 'Hello! Ask me anything about treatment at {clinic}.',
 * };
 * ```
 */
export interface FaqStrings {
  /** Visible text of the floating launcher button. */
  launcher: string;
  /** Title of the panel; also the dialog's accessible name. */
  title: string;
  /** Accessible name of the button that closes the panel. */
  close: string;
  /** The control that empties the conversation. */
  clear: string;
  /** Shown while the answers are still loading. */
  loading: string;
  /** First line of the conversation. `{clinic}`: the clinic's name. */
  greeting: string;
  /** The one-line "not medical advice" note under the greeting. */
  educationNote: string;
  /** Heading above the starter questions. */
  starters: string;
  /** Group headings for the starter questions, by knowledge topic. Unknown topics use their own name. */
  topics: Record<string, string>;
  /** Accessible name of the message field. */
  inputLabel: string;
  /** Placeholder of the message field. */
  inputPlaceholder: string;
  /** The send button. */
  send: string;
  /** Shown under a visitor message that was too long. `{max}`: the character limit. */
  trimmed: string;
  /** Read before each visitor message by screen readers. */
  visitorSays: string;
  /** Read before each reply by screen readers. */
  assistantSays: string;
  /** Announced while a reply is being prepared. */
  typing: string;
  /** Heading above the "Related questions" chips. */
  related: string;
  /** Heading above an answer's sources. */
  sources: string;
  /** Heading above the chips of a `suggest` reply. */
  didYouMean: string;
  /** Heading above the other likely questions offered with a less-than-certain answer. */
  otherMeanings: string;
  /** The honest reply when nothing matches. */
  fallback: string;
  /** Heading of the handoff block. `{clinic}`: the clinic's name. */
  handoffHeading: string;
  /** The handoff's phone link. `{phone}`: the number as written. */
  handoffCall: string;
  /** The handoff's contact or booking link. */
  handoffContact: string;
  /** Heading of the crisis panel. */
  crisisHeading: string;
  /** A crisis resource's call link. `{number}`: the number. */
  crisisCall: string;
  /** A crisis resource's text-message link. `{number}`: the number. */
  crisisText: string;
  /** A crisis resource's text-message link with a keyword. `{body}`: the keyword, `{number}`: the number. */
  crisisTextWithBody: string;
  /** Above the clinic's contact details in a crisis reply. `{clinic}`: the clinic's name. */
  crisisClinic: string;
  /** Short replies to small talk, by intent. `{clinic}`: the clinic's name. */
  smalltalk: Record<SmalltalkIntent, string>;
  /** Shown when the answers could not be loaded. `{clinic}`: the clinic's name. */
  unavailable: string;
  /** Handoff wording used while the answers are unavailable. `{clinic}`: the clinic's name. */
  unavailableHandoff: string;
  /** The clinic's name when neither the page nor the knowledge gives one. */
  defaultClinicName: string;
  /** Read after links that open in a new tab. */
  newTab: string;
}

/**
 * The English defaults, all of them. Frozen: copy it to change it. The few
 * texts that show before the conversation code loads (launcher, title, the
 * loading and load-failure messages) are kept in `launcher-strings.ts`, so the
 * first script a page loads stays within its 6 KiB budget; they are merged in
 * here, so this object is still the one list of every visible text.
 */
export const defaultStrings: Readonly<FaqStrings> = Object.freeze({
  ...launcherStrings,
  close: "Close",
  clear: "Clear chat",
  greeting:
    "Hi! I can answer common questions about ketamine treatment for anxiety at {clinic}.",
  educationNote: "This is general education, not medical advice.",
  starters: "You could ask:",
  topics: {
    ketamine: "Ketamine",
    anxiety: "Anxiety",
    sessions: "Your sessions",
  },
  inputLabel: "Your question",
  inputPlaceholder: "Type your question…",
  send: "Send",
  trimmed:
    "Your message was long, so only the first {max} characters are shown.",
  visitorSays: "You:",
  assistantSays: "Answer:",
  typing: "Preparing a reply…",
  related: "Related questions",
  sources: "Sources",
  didYouMean: "Did you mean…?",
  otherMeanings: "Not what you meant? Try:",
  fallback:
    "I'm sorry, I don't have an answer to that. Here are some questions I can help with:",
  handoffHeading: "Talk with {clinic}",
  crisisHeading: "You can get help right now",
  crisisCall: "Call {number}",
  crisisText: "Text {number}",
  crisisTextWithBody: "Text {body} to {number}",
  crisisClinic: "You can also reach {clinic}:",
  smalltalk: {
    greeting:
      "Hello! What would you like to know about ketamine treatment or anxiety?",
    thanks:
      "You're welcome. I'm glad it helped. Is there anything else you'd like to know?",
    goodbye: "Take care. You can come back with questions any time.",
    wellbeing:
      "I'm doing fine, thank you for asking. What would you like to know about ketamine treatment or anxiety?",
    reaction: "Is there anything else you'd like to know?",
    frustration:
      "I'm sorry I couldn't help with that. Try asking in other words, or contact {clinic} to talk with a person.",
    identity:
      "I'm an automated helper that answers common questions using information from {clinic}. I'm not a person or a medical provider.",
    help: "You can ask me about ketamine, about anxiety, or about what happens in a treatment session. Try one of the questions below or type your own.",
  },
  unavailableHandoff: "Please contact {clinic} with your question.",
  newTab: "(opens in a new tab)",
});

/** Merges a partial override over the defaults, one level deep for the grouped texts. */
export function resolveStrings(
  overrides: Partial<FaqStrings> | null | undefined,
): FaqStrings {
  const o = overrides ?? {};
  return {
    ...defaultStrings,
    ...o,
    topics: { ...defaultStrings.topics, ...o.topics },
    smalltalk: { ...defaultStrings.smalltalk, ...o.smalltalk },
  };
}
