import { html, nothing } from "lit";
import type { CrisisHelp } from "../../engine/types.js";
import { toSmsHref, toTelHref } from "../contact-links.js";
import { formatString } from "../strings.js";
import type { TemplateContext } from "./context.js";

/**
 * The short, gentle line an ordinary reply carries when the message showed
 * some risk (`risk: 'concern'`): the engine's wording, then the first
 * resource's call and text links.
 */
export function concernLineTemplate(
  crisis: CrisisHelp,
  context: TemplateContext,
) {
  const { strings } = context;
  const first = crisis.resources[0];
  const tel = toTelHref(first?.phone);
  const sms = toSmsHref(first?.sms, first?.smsBody);
  return html`<p class="concern">
    ${crisis.intro}
    ${
      tel
        ? html`<a
            class="crisis-link"
            href=${tel}
            @click=${() => context.handoff("crisis-phone")}
            >${formatString(strings.crisisCall, { number: first?.phone ?? "" })}</a
          >`
        : nothing
    }
    ${
      sms
        ? html`<a
            class="crisis-link"
            href=${sms}
            @click=${() => context.handoff("crisis-sms")}
            >${formatString(strings.crisisText, { number: first?.sms ?? "" })}</a
          >`
        : nothing
    }
  </p>`;
}
