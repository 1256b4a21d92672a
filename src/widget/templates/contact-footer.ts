import { html, nothing } from "lit";
import type { Handoff } from "../../engine/types.js";
import { toSafePageUrl, toTelHref } from "../contact-links.js";
import { formatString } from "../strings.js";
import type { TemplateContext } from "./context.js";
import { linkTemplate } from "./link.js";

/**
 * The panel's compact, persistent footer: "Talk with {clinic}:" and the
 * clinic's call and contact links, so no reply has to repeat them. Routes that
 * are missing or unsafe are left out; with neither, there is no footer.
 */
export function contactFooterTemplate(
  handoff: Handoff,
  context: TemplateContext,
) {
  const { strings } = context;
  const tel = toTelHref(handoff.phone);
  const contact = toSafePageUrl(handoff.contactUrl);
  if (!tel && !contact) return nothing;
  return html`<div class="contact" part="contact">
    <span class="contact-label"
      >${formatString(strings.handoffHeading, {
        clinic: handoff.clinicName || context.clinic,
      })}</span
    >
    ${
      tel
        ? linkTemplate(
            tel,
            formatString(strings.handoffCall, { phone: handoff.phone }),
            strings.newTab,
            () => context.handoff("phone"),
            "contact-link",
          )
        : nothing
    }
    ${
      contact
        ? linkTemplate(
            contact,
            strings.handoffContact,
            strings.newTab,
            () => context.handoff("contact"),
            "contact-link",
          )
        : nothing
    }
  </div>`;
}
