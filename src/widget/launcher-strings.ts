import type { FaqStrings } from "./strings.js";

/**
 * The default texts `<faq-chat>` shows before its conversation code has
 * loaded: the launcher (open and close), the panel's name, and the loading
 * and load-failure messages. Part of {@link FaqStrings}; `strings.ts` merges
 * them into `defaultStrings`. Kept apart only so the first script stays small.
 */
export type LauncherStrings = Pick<
  FaqStrings,
  | "launcher"
  | "launcherClose"
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
  launcherClose: "Close chat",
  title: "Questions and answers",
  loading: "Loading answers…",
  unavailable:
    "Sorry, the answers couldn't be loaded right now. You can still contact {clinic} directly.",
  handoffCall: "Call {phone}",
  handoffContact: "Contact us or book a consultation",
  defaultClinicName: "the clinic",
});

/**
 * Fills named placeholders: `formatString('Call {phone}', { phone: '988' })`
 * gives `'Call 988'`. Unknown placeholders are left as written, so a typo in an
 * override shows up on screen instead of vanishing. Values are inserted as
 * they are: a `$&` in a clinic's name stays `$&` (a replacer function, never a
 * replacement pattern).
 */
export function formatString(
  template: string,
  values: Record<string, string>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/**
 * Keeps only the overrides that are text, for the keys listed in `defaults`:
 * blank text, `undefined`, numbers, objects and unknown keys from a host page are dropped
 * here, where they enter, so rendering never meets them.
 */
export function pickTextOverrides<T extends object>(
  defaults: T,
  overrides: unknown,
): Partial<T> {
  const picked: Partial<T> = {};
  if (typeof overrides !== "object" || overrides === null) return picked;
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    try {
      const value = (overrides as Record<string, unknown>)[key];
      // A blank text would leave a button or a crisis link with nothing to read or tap: kept as default.
      if (
        typeof value === "string" &&
        value.trim() !== "" &&
        typeof defaults[key] === "string"
      )
        picked[key] = value as T[keyof T & string];
    } catch {
      // A throwing getter on a host page's object counts as no override.
    }
  }
  return picked;
}
