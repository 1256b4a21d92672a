import { html, nothing } from "lit-html";
import type { CrisisHelp } from "../../engine/types.js";
import { toSmsHref, toTelHref } from "../contact-links.js";
import { formatString } from "../strings.js";
import type { TemplateContext } from "./context.js";
import { linkTemplate } from "./link.js";

/**
 * The crisis panel, shown before anything else in a crisis reply: a heading,
 * the knowledge's intro, and every resource with tap-to-call and tap-to-text
 * links. Its colours and border make it impossible to miss.
 */
export function crisisPanelTemplate(
  crisis: CrisisHelp,
  context: TemplateContext,
) {
  const { strings } = context;
  return html`<div class="crisis-panel">
    <h3>${strings.crisisHeading}</h3>
    <p>${crisis.intro}</p>
    <ul>
      ${crisis.resources.map((resource) => {
        const tel = toTelHref(resource.phone);
        const sms = toSmsHref(resource.sms, resource.smsBody);
        const smsText = resource.smsBody
          ? formatString(strings.crisisTextWithBody, {
              body: resource.smsBody,
              number: resource.sms ?? "",
            })
          : formatString(strings.crisisText, { number: resource.sms ?? "" });
        return html`<li>
          <span>${resource.label}</span>
          ${
            tel || sms
              ? html`<span class="crisis-links">
                  ${tel ? linkTemplate(tel, formatString(strings.crisisCall, { number: resource.phone ?? "" }), context, () => context.handoff("crisis-phone")) : nothing}
                  ${sms ? linkTemplate(sms, smsText, context, () => context.handoff("crisis-sms")) : nothing}
                </span>`
              : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}
