import type { SmalltalkIntent } from "../engine/types.js";
import {
  formatString,
  launcherStrings,
  pickTextOverrides,
} from "./launcher-strings.js";

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
  /** Text of the launcher while the panel is open (it then closes the panel). */
  launcherClose: string;
  /** Title of the panel; also the dialog's accessible name. */
  title: string;
  /** Accessible name of the button that closes the panel. */
  close: string;
  /** The control that empties the conversation. */
  clear: string;
  /** The same control after one press: a second press clears. */
  clearConfirm: string;
  /** Announced once the conversation has been cleared. */
  cleared: string;
  /** Shown under the message field when the visitor sends an empty message. */
  emptyHint: string;
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
  /** Accessible name of the conversation log (it can take focus, to scroll it with the keyboard). */
  conversation: string;
  /** Accessible name of the message field. */
  inputLabel: string;
  /** Placeholder of the message field. */
  inputPlaceholder: string;
  /** The send button. */
  send: string;
  /** Shown under a visitor message that was too long, after its first words and an ellipsis. `{max}`: the character limit. */
  trimmed: string;
  /** Read before each visitor message by screen readers. */
  visitorSays: string;
  /** Read before each reply by screen readers. */
  assistantSays: string;
  /** Announced while a reply is being prepared. */
  typing: string;
  /** Shown and announced when a reply waits long for the answers to be ready (a slow phone or network). */
  stillPreparing: string;
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
  /** Label of the panel's contact footer. `{clinic}`: the clinic's name. */
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
  /** Names the clinic, once, under a crisis reply's help lines. `{clinic}`: the clinic's name. */
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
  clearConfirm: "Clear? Press again",
  cleared: "The chat was cleared.",
  emptyHint: "Type a question first, or pick one of the suggestions.",
  greeting:
    "Hi! I can answer common questions about ketamine treatment for anxiety at {clinic}.",
  educationNote: "This is general education, not medical advice.",
  starters: "You could ask:",
  topics: {
    ketamine: "Ketamine",
    anxiety: "Anxiety",
    sessions: "Your sessions",
  },
  conversation: "Conversation",
  inputLabel: "Your question",
  inputPlaceholder: "Type your question…",
  send: "Send",
  trimmed:
    "Your message was long, so only the first {max} characters are shown.",
  visitorSays: "You:",
  assistantSays: "Answer:",
  typing: "Preparing a reply…",
  stillPreparing:
    "Still getting the answers ready. On a slow connection this can take a little longer.",
  related: "Related questions",
  sources: "Sources",
  didYouMean: "Did you mean…?",
  otherMeanings: "Not what you meant? Try:",
  fallback:
    "I'm sorry, I don't have an answer to that. Here are some questions I can help with:",
  handoffHeading: "Talk with {clinic}:",
  crisisHeading: "You can get help right now",
  crisisCall: "Call {number}",
  crisisText: "Text {number}",
  crisisTextWithBody: "Text {body} to {number}",
  crisisClinic: "You can also reach {clinic} using the links below.",
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

/**
 * Merges a partial override over the defaults, one level deep for the grouped
 * texts. Whatever a host page passes is checked here: only text values for
 * known keys count (`undefined`, numbers and objects keep the default), and
 * topic names go into a null-prototype object, so a topic called
 * `constructor` is just a name.
 */
export function resolveStrings(overrides: unknown): FaqStrings {
  const o = (
    typeof overrides === "object" && overrides !== null ? overrides : {}
  ) as Record<string, unknown>;
  const topics: Record<string, string> = Object.assign(
    Object.create(null) as Record<string, string>,
    defaultStrings.topics,
  );
  const read = (key: string): unknown => {
    try {
      return o[key];
    } catch {
      return undefined;
    }
  };
  const topicOverrides = read("topics");
  // A host page's object may throw from any getter: what cannot be read counts as no override.
  if (typeof topicOverrides === "object" && topicOverrides !== null)
    try {
      for (const [topic, text] of Object.entries(topicOverrides))
        if (typeof text === "string") topics[topic] = text;
    } catch {
      // The topics read before the throw are kept; the rest keep their defaults.
    }
  return {
    ...defaultStrings,
    ...pickTextOverrides(defaultStrings, o),
    topics,
    smalltalk: {
      ...defaultStrings.smalltalk,
      ...pickTextOverrides(defaultStrings.smalltalk, read("smalltalk")),
    },
  };
}
