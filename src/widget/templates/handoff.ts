import { html, nothing } from "lit-html";
import type { Handoff } from "../../engine/types.js";
import { toSafePageUrl, toTelHref } from "../contact-links.js";
import { formatString } from "../strings.js";
import type { TemplateContext } from "./context.js";
import { linkTemplate } from "./link.js";

/**
 * The "talk with a provider" block: the handoff wording (unless `showText` is
 * false), the clinic's name, a `tel:` link and the contact or booking link.
 * Routes that are missing or unsafe are left out.
 */
export function handoffTemplate(
  handoff: Handoff,
  context: TemplateContext,
  showText = true,
) {
  const { strings } = context;
  const tel = toTelHref(handoff.phone);
  const contact = toSafePageUrl(handoff.contactUrl);
  return html`<div class="handoff">
    ${showText && handoff.text ? html`<p>${handoff.text}</p>` : nothing}
    <p class="label">
      ${formatString(strings.handoffHeading, { clinic: handoff.clinicName || context.clinic })}
    </p>
    <ul class="contact-links">
      ${
        tel
          ? html`<li>
              ${linkTemplate(
                tel,
                formatString(strings.handoffCall, { phone: handoff.phone }),
                context,
                () => context.handoff("phone"),
              )}
            </li>`
          : nothing
      }
      ${contact ? html`<li>${linkTemplate(contact, strings.handoffContact, context, () => context.handoff("contact"))}</li>` : nothing}
    </ul>
  </div>`;
}
