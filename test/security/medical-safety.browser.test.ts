import { expect } from "@open-wc/testing";
import { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";

// What a visitor sees, on the shipped knowledge (dist/knowledge.json): crisis
// help first even when the message also asks an FAQ question; requests for
// doses, prescriptions or ketamine outside a clinic get the fallback and the
// clinic's contact, never an answer. The full tables are in medical-safety.test.ts.

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

let chat: FaqChatHarness;

describe("medical safety, as the visitor sees it", () => {
  before(async () => {
    sessionStorage.clear();
    const element = document.createElement("faq-chat");
    element.setAttribute("knowledge-src", "/dist/knowledge.json");
    element.setAttribute("contact-phone", "+1 555 010 0142");
    document.body.append(element);
    chat = new FaqChatHarness(element);
    await chat.open();
  });
  after(() => chat.element.remove());

  for (const message of [
    "what is ketamine? I want to kill myself",
    "how long does a session take, I don't want to live anymore",
  ]) {
    it(`"${message}" shows the crisis panel first, with 988, 911 and the clinic, and any FAQ answer only beneath it`, async () => {
      const reply = await chat.ask(message);
      expect(chat.lastReplyKind()).to.equal("crisis");
      const firstVisible = [...reply.children].find(
        (child) => !child.classList.contains("visually-hidden"),
      );
      expect(firstVisible?.classList.contains("crisis-panel")).to.equal(true);
      const hrefs = chat.links(reply).map((link) => link.href);
      expect(hrefs).to.include.members(["tel:988", "sms:988", "tel:911"]);
      // The clinic is named in the reply; its call link is in the panel's footer.
      expect(chat.lastReplyText()).to.contain("You can also reach");
      expect(
        chat.links(chat.contactFooter as Element).map((link) => link.href),
      ).to.include("tel:+15550100142");
      // An FAQ answer the message also asked for (answer.id) may follow, never precede, the panel.
      expect(
        reply.querySelector(".answer-body") ===
          reply.querySelector(".crisis-panel ~ .answer-body"),
      ).to.equal(true);
    });
  }

  it("a long message whose crisis words come after the 500-character cut still shows the crisis panel first", async () => {
    const story =
      "I have been struggling with anxiety for months and nothing seems to help. ".repeat(
        8,
      );
    const message = `${story}Honestly, I want to kill myself.`;
    expect(message.length).to.be.greaterThan(550);
    const reply = await chat.ask(message);
    expect(
      chat.lastReplyKind(),
      "the reply to a message that ends in a crisis",
    ).to.equal("crisis");
    const firstVisible = [...reply.children].find(
      (child) => !child.classList.contains("visually-hidden"),
    );
    expect(firstVisible?.classList.contains("crisis-panel")).to.equal(true);
  });

  for (const question of [
    "how many milligrams of ketamine should I take for anxiety",
    "can you prescribe ketamine to me",
    "where can I buy ketamine",
    "is it ok to take ketamine at home by myself",
  ]) {
    it(`"${question}" gets the fallback and the clinic's contact, not an answer`, async () => {
      const reply = await chat.ask(question);
      expect(chat.lastReplyKind()).to.equal("fallback");
      expect(reply.querySelector(".answer-body") === null).to.equal(true);
      expect(reply.querySelector(".handoff-line") !== null).to.equal(true);
      expect(
        chat.links(chat.contactFooter as Element).map((link) => link.href),
      ).to.include("tel:+15550100142");
    });
  }
});
