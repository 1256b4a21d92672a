import { expect } from "@open-wc/testing";
import { FaqChat } from "../../src/widget/faq-chat.js";
import { knowledgeLimits } from "../../src/widget/knowledge-controller.js";
import {
  FaqChatHarness,
  waitFor,
} from "../../src/widget/testing/faq-chat-harness.js";
import { watchErrors } from "./watch.js";

// Its own file, so it runs beside the others: the element offers no way to
// shorten its knowledge timeout, so this waits the full knowledgeLimits.timeoutMs.

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

const errors = watchErrors();

describe("when knowledge-src never answers", () => {
  it(`the panel says it is loading, then after the ${knowledgeLimits.timeoutMs / 1000} s timeout shows the clinic's contact and fires faq-error`, async () => {
    // Fits web-test-runner's 20 s test timeout (web-test-runner.config.mjs).
    const fired: string[] = [];
    document.addEventListener("faq-error", (event) =>
      fired.push(event.detail.reason),
    );
    const element = document.createElement("faq-chat");
    element.setAttribute(
      "knowledge-src",
      "/test/security/routes/never-answers.json",
    );
    element.setAttribute("contact-phone", "+1 555 010 0142");
    document.body.append(element);
    const chat = new FaqChatHarness(element);
    const started = performance.now();
    chat.launcher.click();
    await waitFor(
      () => chat.isOpen && (chat.panel.textContent ?? "").trim().length > 0,
      "the panel to open",
    );
    expect(chat.panel.textContent).to.match(/loading/i);
    await waitFor(
      () => fired.length > 0,
      "faq-error",
      knowledgeLimits.timeoutMs + 5000,
    );
    const elapsed = performance.now() - started;
    expect(fired).to.deep.equal(["timeout"]);
    expect(elapsed).to.be.within(
      knowledgeLimits.timeoutMs - 500,
      knowledgeLimits.timeoutMs + 3000,
    );
    await chat.ready();
    const intro = chat.intro() as HTMLElement;
    expect(intro.textContent).to.match(/couldn.t be loaded/);
    expect(chat.links(intro).map((link) => link.href)).to.include(
      "tel:+15550100142",
    );
    expect(errors).to.deep.equal([]);
    element.remove();
  });
});
