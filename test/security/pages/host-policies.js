// The host page's own Trusted Types policies, created before the widget loads:
// as a site built with Lit (`lit-html`) or one that already includes another
// copy of the widget (`faq-chat-dompurify`) would. Names come from `?names=`.
for (const name of new URL(document.currentScript.src).searchParams
  .get("names")
  .split(",")) {
  window.trustedTypes.createPolicy(name, { createHTML: (html) => html });
}
