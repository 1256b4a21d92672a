import { expect } from "@open-wc/testing";
import { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";
import { blobUrl } from "./knowledge.js";
import { watchErrors } from "./watch.js";

// A knowledge-src that cannot be used must never blank the widget: the panel
// opens with a friendly message and the clinic's contact details, faq-error
// fires once with the reason, and the host page sees no uncaught error.
// (The request that never answers has its own file: it takes the element's full timeout.)

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

const page = (path: string) => new URL(path, location.href).href;
const errors = watchErrors();

const cases: [string, () => string, string][] = [
  ["404s", () => page("/test/security/pages/no-such-knowledge.json"), "http"],
  [
    "is not valid JSON",
    () => page("/test/security/routes/invalid.json"),
    "invalid-json",
  ],
  [
    "has the wrong schema (phrasings not a list)",
    () => page("/test/security/pages/knowledge-wrong-schema.json"),
    "wrong-format",
  ],
  ["is JSON null", () => blobUrl(null), "wrong-format"],
  ["is a JSON array", () => blobUrl([]), "wrong-format"],
  [
    "is another format's file",
    () => blobUrl({ format: "faq-chat/knowledge@2", entries: [] }),
    "wrong-format",
  ],
  [
    "is 10 MB, streamed without a length",
    () => page("/test/security/routes/huge.json"),
    "too-large",
  ],
  [
    "is 10 MB, with its length declared",
    () => page("/test/security/routes/huge-declared.json"),
    "too-large",
  ],
];

describe("when knowledge-src cannot be used", () => {
  beforeEach(() => sessionStorage.clear());

  for (const [what, url, reason] of cases) {
    it(`the panel still opens with a friendly message and the clinic's contact, and faq-error fires, when it ${what}`, async () => {
      const fired: string[] = [];
      const record = (event: Event) =>
        fired.push((event as CustomEvent<{ reason: string }>).detail.reason);
      document.addEventListener("faq-error", record);
      const element = document.createElement("faq-chat");
      element.setAttribute("knowledge-src", url());
      element.setAttribute("clinic-name", "Harbor Light Wellness");
      element.setAttribute("contact-phone", "+1 555 010 0142");
      element.setAttribute("contact-url", "/contact");
      document.body.append(element);
      try {
        const chat = new FaqChatHarness(element);
        await chat.open();
        const intro = chat.intro() as HTMLElement;
        expect(intro.textContent).to.contain("Harbor Light Wellness");
        expect(intro.textContent).to.match(/couldn.t be loaded/);
        expect(
          chat.links(chat.contactFooter as Element).map((link) => link.href),
        ).to.include.members(["tel:+15550100142", page("/contact")]);
        expect(fired).to.deep.equal([reason]);
        await chat.ask("what is ketamine");
        expect(chat.lastReplyText()).to.match(/couldn.t be loaded/);
        expect(
          chat.links(chat.contactFooter as Element).map((link) => link.href),
        ).to.include("tel:+15550100142");
        expect(errors).to.deep.equal([]);
      } finally {
        document.removeEventListener("faq-error", record);
        element.remove();
      }
    });
  }
});
