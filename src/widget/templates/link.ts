import { html, nothing } from "lit";
import { isExternalUrl } from "../contact-links.js";

/**
 * A link; one that leaves the site opens in a new tab, without telling the
 * new page where the visitor came from, and says so to screen readers
 * (`newTab`). `href` must already be safe (see `contact-links.ts`).
 */
export function linkTemplate(
  href: string,
  text: string,
  newTab: string,
  onClick?: () => void,
  className?: string,
) {
  const isExternal = isExternalUrl(href);
  return html`<a
    href=${href}
    class=${className ?? nothing}
    target=${isExternal ? "_blank" : nothing}
    rel=${isExternal ? "noopener noreferrer" : nothing}
    @click=${onClick ?? nothing}
    >${text}${
      isExternal
        ? html`<span class="visually-hidden"> ${newTab}</span>`
        : nothing
    }</a
  >`;
}
