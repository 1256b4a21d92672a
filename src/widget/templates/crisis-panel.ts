import { html, nothing } from "lit";
import type { CrisisHelp } from "../../engine/types.js";
import { toSmsHref, toTelHref } from "../contact-links.js";
import type { FaqHandoffChannel } from "../events.js";
import { formatString, type FaqStrings } from "../strings.js";

/** The texts the crisis panel uses, already checked (`resolveStrings`). */
export type CrisisStrings = Pick<
  FaqStrings,
  | "crisisHeading"
  | "crisisCall"
  | "crisisText"
  | "crisisTextWithBody"
  | "crisisClinic"
>;

/**
 * The crisis panel, shown before anything else in a crisis reply: a heading,
 * the intro, every resource with tap-to-call and tap-to-text links, and one
 * line naming the clinic (its call and contact links are in the panel's
 * footer). It depends on nothing that can fail: no knowledge, no answer
 * templates, only `tel:`/`sms:` links built from digits.
 */
export function crisisPanelTemplate(
  crisis: CrisisHelp,
  strings: CrisisStrings,
  clinic: string,
  onHandoff: (channel: FaqHandoffChannel) => void,
) {
  return html`<div class="crisis-panel">
    <h3>${strings.crisisHeading}</h3>
    <p>${crisis.intro}</p>
    <ul>
      ${crisis.resources.map((resource) => {
        const tel = toTelHref(resource.phone);
        const sms = toSmsHref(resource.sms, resource.smsBody);
        return html`<li>
          <span>${resource.label}</span>
          ${
            tel || sms
              ? html`<span class="crisis-links">
                  ${
                    tel
                      ? html`<a
                          class="crisis-link"
                          href=${tel}
                          @click=${() => onHandoff("crisis-phone")}
                          >${formatString(strings.crisisCall, {
                            number: resource.phone ?? "",
                          })}</a
                        >`
                      : nothing
                  }
                  ${
                    sms
                      ? html`<a
                          class="crisis-link"
                          href=${sms}
                          @click=${() => onHandoff("crisis-sms")}
                          >${
                            resource.smsBody
                              ? formatString(strings.crisisTextWithBody, {
                                  body: resource.smsBody,
                                  number: resource.sms ?? "",
                                })
                              : formatString(strings.crisisText, {
                                  number: resource.sms ?? "",
                                })
                          }</a
                        >`
                      : nothing
                  }
                </span>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    <p>${formatString(strings.crisisClinic, { clinic })}</p>
  </div>`;
}
