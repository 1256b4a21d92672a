import type { FaqStrings } from "./strings.js";

/**
 * The default texts `<faq-chat>` shows before its conversation code has
 * loaded: the launcher, the panel's name, and the loading and load-failure
 * messages. Part of {@link FaqStrings}; `strings.ts` merges them into
 * `defaultStrings`. Kept apart only so the first script stays small.
 */
export type LauncherStrings = Pick<
  FaqStrings,
  | "launcher"
  | "title"
  | "loading"
  | "unavailable"
  | "handoffCall"
  | "handoffContact"
  | "defaultClinicName"
>;

/** Defaults of {@link LauncherStrings}. */
export const launcherStrings: Readonly<LauncherStrings> = Object.freeze({
  launcher: "Ask a question",
  title: "Questions and answers",
  loading: "Loading answers…",
  unavailable:
    "Sorry, the answers couldn't be loaded right now. You can still reach {clinic} directly:",
  handoffCall: "Call {phone}",
  handoffContact: "Contact us or book a consultation",
  defaultClinicName: "the clinic",
});

/**
 * Fills named placeholders: `formatString('Call {phone}', { phone: '988' })`
 * gives `'Call 988'`. Unknown placeholders are left as written, so a typo in an
 * override shows up on screen instead of vanishing.
 */
export function formatString(
  template: string,
  values: Record<string, string>,
): string {
  return template.replace(
    /\{(\w+)\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
}
