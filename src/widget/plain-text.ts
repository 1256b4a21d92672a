/**
 * An answer shown as plain text: what the widget shows when an answer's HTML
 * cannot be sanitized (see `sanitize.ts`) or the sanitizer's code is not
 * loaded. Apart from the sanitizer, so this fallback never depends on it.
 * @module
 */

/** One answer, ready to insert. */
export interface RenderedAnswer {
  /** The sanitized content, or the markdown as plain text when it could not be formatted safely. */
  fragment: DocumentFragment;
  /** False when the plain-text fallback was used. */
  isFormatted: boolean;
  /** True when the page's Trusted Types settings refused our policy (the caller reports it once). */
  isBlockedByTrustedTypes: boolean;
}

/** A fragment of one paragraph holding `text` as text. */
function asPlainText(
  text: string,
  isBlockedByTrustedTypes = false,
): RenderedAnswer {
  const paragraph = document.createElement("p");
  paragraph.className = "plain-text";
  paragraph.textContent = text;
  const fragment = document.createDocumentFragment();
  fragment.append(paragraph);
  return { fragment, isFormatted: false, isBlockedByTrustedTypes };
}

/** The entities `faq build`'s HTML uses, as the characters they stand for. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/** The words of compiled HTML without its tags, for showing as text (never parsed as markup). */
const toPlainText = (html: string) =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(
      /&(amp|lt|gt|quot|#39|nbsp);/g,
      (_, name: string) => ENTITIES[name]!,
    )
    .replace(/[ \t]+/g, " ")
    .trim();

/**
 * An answer as plain text: its markdown source where it carries one (Node
 * builds), otherwise the words of its HTML.
 */
export const asPlainAnswer = (
  html: string | null,
  markdown: string | null,
  isBlockedByTrustedTypes = false,
): RenderedAnswer =>
  asPlainText(markdown ?? toPlainText(html ?? ""), isBlockedByTrustedTypes);
