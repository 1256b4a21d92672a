import { expect, fixture, html } from "@open-wc/testing";
import { FaqChat } from "./faq-chat.js";
import { FaqChatHarness } from "./testing/faq-chat-harness.js";

// Its own test file, so its own page: here the page refuses our Trusted Types
// policy, as a strict CSP does when `trusted-types` does not list it or the
// name is already taken.
const factory = (
  window as {
    trustedTypes?: { createPolicy: (name: string, rules: object) => unknown };
  }
).trustedTypes;
const createPolicy = factory?.createPolicy.bind(factory);
if (factory && createPolicy) {
  factory.createPolicy = (name: string, rules: object) => {
    if (name === "faq-chat-dompurify")
      throw new TypeError(`Policy "${name}" disallowed.`);
    return createPolicy(name, rules);
  };
}
if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

describe("faq-chat under a Trusted Types policy that refuses its sanitizer policy", () => {
  it("shows answers as plain text, never blank, and fires faq-error once", async () => {
    const errors: unknown[] = [];
    document.addEventListener("faq-error", (event) =>
      errors.push(event.detail),
    );
    const url = new URL("/test/fixtures/knowledge-small.json", location.href)
      .href;
    const chat = new FaqChatHarness(
      await fixture<FaqChat>(html`<faq-chat knowledge-src=${url}></faq-chat>`),
    );
    await chat.open();
    await chat.ask("what is ketamine");
    const body = chat.lastReply().querySelector(".answer-body") as HTMLElement;
    expect(body.querySelector(".plain-text")?.textContent).to.contain(
      "Ketamine is a medicine",
    );
    expect(body.querySelector("strong")).to.equal(null);
    expect(chat.lastReply().querySelector(".handoff-line")).to.not.equal(null);
    await chat.ask("how long does a session take");
    expect(errors).to.deep.equal([{ reason: "trusted-types" }]);
  });
});
