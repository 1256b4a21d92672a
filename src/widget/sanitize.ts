/**
 * The only path by which answer HTML reaches the page: the HTML that `faq
 * build` rendered from markdown with marked → DOMPurify (strict allow-list) →
 * a DOM fragment. Nothing here uses `innerHTML`; the widget inserts the
 * fragment as a node.
 *
 * Why at display time, even for our own knowledge: a knowledge file can come
 * from any URL (`knowledge-src`), so the widget must not trust what it says.
 * See docs/decisions/widget-renders-and-sanitizes-answers.md.
 * @module
 */
import DOMPurify, { type Config } from "dompurify";
import { asPlainAnswer, type RenderedAnswer } from "./plain-text.js";

/** Limits on one answer's HTML. */
export const answerLimits = Object.freeze({
  /** Longer answers are shown as plain text: no real FAQ answer is this long, and sanitizing time grows with size. */
  maxHtmlChars: 100_000,
});

/** The Trusted Types policy name DOMPurify uses here; a strict CSP must list it in `trusted-types`. */
export const trustedTypesPolicyName = "faq-chat-dompurify";

// The package's own instance, made for this window when the module loads: a second one (`DOMPurify(window)`)
// cost the conversation code's first run 15 ms more at 4x CPU. This bundle's copy of DOMPurify is ours alone
// (the host page's, if any, is another), so the hook below changes nothing for anyone else.
const purifier = DOMPurify;
purifier.addHook("afterSanitizeAttributes", (node) => {
  if (node.nodeName !== "A" || !node.hasAttribute("href")) return;
  let url: URL;
  try {
    url = new URL(node.getAttribute("href") ?? "", document.baseURI);
  } catch {
    node.removeAttribute("href");
    return;
  }
  if (
    (url.protocol === "http:" || url.protocol === "https:") &&
    url.origin !== location.origin
  ) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

const config = {
  RETURN_DOM_FRAGMENT: true,
  // No images, SVG, MathML, style, forms, media or frames.
  ALLOWED_TAGS: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
    "blockquote",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  ALLOWED_ATTR: ["href", "title"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // http, https, tel and mailto, or a URL without a scheme (relative, #fragment).
  ALLOWED_URI_REGEXP:
    /^(?:(?:https?|tel|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.:-]|$))/i,
} satisfies Config;

type Policy = NonNullable<Config["TRUSTED_TYPES_POLICY"]>;
let policy: Policy | null | "refused" | undefined;

// Created once, on first use. Under a strict CSP that does not list our name
// (or already has a policy by that name), creating it throws: then answers are
// shown as plain text rather than not at all.
function getPolicy(): Policy | null | "refused" {
  if (policy === undefined) {
    try {
      const factory = (
        window as {
          trustedTypes?: { createPolicy(name: string, rules: object): Policy };
        }
      ).trustedTypes;
      policy =
        factory?.createPolicy(trustedTypesPolicyName, {
          createHTML: (s: string) => s,
          createScriptURL: (s: string) => s,
        }) ?? null;
    } catch {
      policy = "refused";
    }
  }
  return policy;
}

/**
 * Sanitizes one answer's compiled HTML into a fragment. Never throws: an
 * answer without HTML (a hand-made knowledge file), absurdly long HTML, or
 * HTML that cannot be sanitized under the page's Trusted Types settings comes
 * back as plain text: the markdown source where the answer carries it (Node
 * builds), otherwise the HTML's words with the tags taken out.
 */
export function renderAnswer(
  html: string | null,
  markdown: string | null,
): RenderedAnswer {
  if (html === null || html.length > answerLimits.maxHtmlChars)
    return asPlainAnswer(html, markdown);
  const trusted = getPolicy();
  if (trusted === "refused") return asPlainAnswer(html, markdown, true);
  try {
    const fragment = purifier.sanitize(html, {
      ...config,
      TRUSTED_TYPES_POLICY: trusted,
    });
    return { fragment, isFormatted: true, isBlockedByTrustedTypes: false };
  } catch {
    return asPlainAnswer(html, markdown);
  }
}
