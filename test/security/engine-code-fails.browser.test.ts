import { expect } from "@open-wc/testing";
import type { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";
import { watchErrors } from "./watch.js";

// Issue 9's floor and issue 10's lazy loading: the engine's code is a chunk of its own, downloaded beside the
// knowledge. The built one-script embed (dist/faq-chat.js) is served from a route where that chunk is not found
// (test/security/server.mjs): crisis help must still come first, an ordinary question must get the clinic's
// contact, and faq-error must say `load-failed`.

const reasons: string[] = [];
document.addEventListener("faq-error", (event) =>
  reasons.push((event as CustomEvent<{ reason: string }>).detail.reason),
);
const errors = watchErrors();
// The page's own element, written before the script, as a clinic's page may have it (the embed then adds none).
const element = document.createElement("faq-chat") as FaqChat;
element.setAttribute(
  "knowledge-src",
  new URL("/test/fixtures/knowledge-small.json", location.href).href,
);
element.setAttribute("contact-phone", "+1 555 010 0142");
document.body.append(element);
await import(
  new URL("/test/security/routes/no-engine/faq-chat.js", location.href).href
);
await customElements.whenDefined("faq-chat");
element.typingDelay = 0;

describe("when the engine's code cannot be downloaded", () => {
  it("a crisis message still shows 988 first, any other message gets the gentle 988 line and the clinic's contact, and faq-error says load-failed", async () => {
    try {
      const chat = new FaqChatHarness(element);
      await chat.open();
      const crisis = await chat.ask("I want to kill myself");
      expect(chat.lastReplyKind()).to.equal("crisis");
      expect(chat.links(crisis).map((link) => link.href)).to.include.members([
        "tel:988",
        "sms:988",
      ]);
      // Worded past the floor's phrases: without the engine nothing can read it, so every reply carries 988.
      const unread = await chat.ask("I can't go on anymore");
      expect(chat.lastReplyText()).to.match(/couldn.t be loaded/);
      expect(chat.links(unread).map((link) => link.href)).to.include.members([
        "tel:988",
        "sms:988",
      ]);
      await chat.ask("how long does a session take");
      expect(chat.lastReplyText()).to.match(/couldn.t be loaded/);
      expect(
        chat.links(chat.contactFooter as Element).map((link) => link.href),
      ).to.include("tel:+15550100142");
      expect(reasons).to.deep.equal(["load-failed"]);
      expect(errors).to.deep.equal([]);
    } finally {
      element.remove();
    }
  });
});
