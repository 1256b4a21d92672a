import { html, nothing } from "lit-html";
import { isExternalUrl } from "../contact-links.js";
import type { TemplateContext } from "./context.js";

/**
 * A link; one that leaves the site opens in a new tab, without telling the
 * new page where the visitor came from, and says so to screen readers.
 */
export function linkTemplate(
  href: string,
  text: string,
  context: TemplateContext,
  onClick?: () => void,
) {
  const isExternal = /^https?:/i.test(href) && isExternalUrl(href);
  return html`<a
    href=${href}
    target=${isExternal ? "_blank" : nothing}
    rel=${isExternal ? "noopener noreferrer" : nothing}
    @click=${onClick ?? nothing}
    >${text}${isExternal ? html`<span class="visually-hidden"> ${context.strings.newTab}</span>` : nothing}</a
  >`;
}
