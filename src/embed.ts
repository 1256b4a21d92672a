/**
 * The one script a clinic adds to its site:
 *
 * ```html
 * <script type="module" src="https://clinic.example/faq/faq-chat.js"
 *   data-clinic-name="Harbor Light Wellness" data-contact-phone="+1 555 010 0199"
 *   data-contact-url="/contact"></script>
 * ```
 *
 * It defines `<faq-chat>` (unless something already did: the script included
 * twice, or two versions on one page, is not an error) and adds one floating
 * launcher, unless the page already has a `<faq-chat>` of its own. The
 * script's `data-*` attributes (`data-clinic-name`, `data-contact-url`,
 * `data-contact-phone`, `data-knowledge-src`, `data-position`, `data-theme`)
 * become the element's attributes.
 * @module
 */
import { FaqChat } from "./widget/faq-chat.js";

const dataToAttribute = {
  clinicName: "clinic-name",
  contactUrl: "contact-url",
  contactPhone: "contact-phone",
  knowledgeSrc: "knowledge-src",
  position: "position",
  theme: "theme",
} as const;

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

// Module scripts have no document.currentScript: find ours by its URL.
function findOwnScript(): HTMLScriptElement | undefined {
  return [...document.querySelectorAll<HTMLScriptElement>("script[src]")].find(
    (script) => script.src === import.meta.url,
  );
}

function addLauncher(): void {
  if (document.querySelector("faq-chat")) return;
  const element = document.createElement("faq-chat");
  const data = findOwnScript()?.dataset ?? {};
  for (const [key, attribute] of Object.entries(dataToAttribute)) {
    const value = data[key];
    if (value) element.setAttribute(attribute, value);
  }
  document.body.append(element);
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", addLauncher, { once: true });
else addLauncher();
