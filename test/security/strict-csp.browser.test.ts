import { expect } from "@open-wc/testing";
import type { FaqChat } from "../../src/widget/faq-chat.js";
import {
  FaqChatHarness,
  waitFor,
} from "../../src/widget/testing/faq-chat-harness.js";
import { openPage, type OpenedPage } from "./frames.js";

// The built widget (dist/faq-chat.js, `npm run build`) on pages served with the
// strict policy of a security-minded clinic site (test/security/server.mjs):
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html faq-chat-dompurify
// Each page sits in its own iframe, so the policy applies to it alone.

const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html faq-chat-dompurify";
const crisisMessage = "I want to end my life. What is ketamine?";

let page: OpenedPage | undefined;
// The pages share this origin's sessionStorage: start each with no transcript.
beforeEach(() => sessionStorage.clear());
afterEach(() => page?.close());

/** Asks `question` and returns the answer's body, which must be formatted HTML, not the plain-text fallback. */
async function askFormatted(
  chat: FaqChatHarness,
  question: string,
): Promise<Element> {
  await chat.ask(question);
  expect(chat.lastReplyKind()).to.equal("answer");
  const body = chat.lastReply().querySelector(".answer-body");
  expect(body, "an answer body").to.not.equal(null);
  expect(
    body?.querySelector(".plain-text"),
    "formatted, not the plain-text fallback",
  ).to.equal(null);
  expect(
    body?.querySelector("p, ul, ol, strong, em"),
    "formatting elements",
  ).to.not.equal(null);
  expect(body?.textContent?.trim().length).to.be.greaterThan(40);
  return body as Element;
}

/** The launchers a visitor can see on the page. */
const visibleLaunchers = (elements: FaqChat[]) =>
  elements.filter((element) => {
    const launcher =
      element.shadowRoot?.querySelector<HTMLElement>('[part="launcher"]');
    return launcher && !launcher.hidden && launcher.getClientRects().length > 0;
  });

describe("the built widget under a strict Content-Security-Policy with Trusted Types", () => {
  it("the test pages really are served with the strict policy header", async () => {
    const response = await fetch(
      new URL("./pages/strict-csp.html", import.meta.url),
    );
    expect(response.headers.get("content-security-policy")).to.equal(strictCsp);
    const duplicates = await fetch(
      new URL("./pages/strict-dup-host-policies.html", import.meta.url),
    );
    expect(duplicates.headers.get("content-security-policy")).to.equal(
      `${strictCsp} 'allow-duplicates'`,
    );
  });

  it("opens, answers with formatting, shows the crisis panel first, with zero policy violations", async () => {
    page = await openPage("strict-csp.html");
    const [element, ...others] = await page.elements();
    expect(others).to.have.length(0);
    const chat = new FaqChatHarness(element as FaqChat);
    await chat.open();
    await askFormatted(chat, "what is ketamine");
    expect(
      chat.links(chat.contactFooter as Element).map((link) => link.href),
    ).to.include("tel:+15550100142");
    await askFormatted(chat, "how long does a session take");
    const crisis = await chat.ask(crisisMessage);
    expect(chat.lastReplyKind()).to.equal("crisis");
    const firstVisible = [...crisis.children].find(
      (child) => !child.classList.contains("visually-hidden"),
    );
    expect(firstVisible?.classList.contains("crisis-panel")).to.equal(true);
    expect(chat.links(crisis).map((link) => link.href)).to.include.members([
      "tel:988",
      "tel:911",
    ]);
    chat.pressEscape();
    await waitFor(() => !chat.isOpen, "the panel to close");
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
    expect(
      page.log.events.filter((event) => event.type === "faq-error"),
    ).to.deep.equal([]);
  });

  it("creates exactly the Trusted Types policies the documented CSP lists: lit-html and faq-chat-dompurify", async () => {
    page = await openPage("strict-csp.html");
    const chat = new FaqChatHarness((await page.elements())[0] as FaqChat);
    await chat.open();
    await askFormatted(chat, "what is ketamine");
    expect([...page.log.policies].sort()).to.deep.equal([
      "faq-chat-dompurify",
      "lit-html",
    ]);
  });

  // Lit is in the first script (issue 10), so a second copy from another URL
  // asks for the lit-html policy again: without 'allow-duplicates' the browser
  // refuses that copy (one documented violation), and the first copy carries on.
  it("the script included three times (twice at one URL, once at another) adds one launcher, without errors, and still answers with formatting; the copy from another URL is refused only its lit-html policy", async () => {
    page = await openPage("strict-csp-twice.html");
    const elements = await page.elements();
    expect(elements).to.have.length(1);
    expect(visibleLaunchers(elements)).to.have.length(1);
    const chat = new FaqChatHarness(elements[0] as FaqChat);
    await chat.open();
    await askFormatted(chat, "what is ketamine");
    // The report may arrive after the test has looked: at most that one.
    expect(
      page.log.violations.filter(
        (violation) =>
          violation !== "trusted-types trusted-types-policy lit-html",
      ),
    ).to.deep.equal([]);
    expect(page.log.violations.length).to.be.at.most(1);
    // The refused copy may also report the browser's refusal as an error; nothing else.
    expect(
      page.log.errors.filter(
        (error) => !/lit-html|trusted ?type|policy/i.test(error),
      ),
    ).to.deep.equal([]);
  });

  it("two elements the page wrote before the script keep their settings (even a property set before upgrade), get no extra launcher, and both answer with formatting", async () => {
    page = await openPage("strict-csp-own-elements.html");
    const elements = await page.elements();
    expect(elements.map((element) => element.id)).to.deep.equal([
      "own-inline",
      "own-launcher",
    ]);
    expect(
      visibleLaunchers(elements).map((element) => element.id),
    ).to.deep.equal(["own-launcher"]);
    const [inline, launcher] = elements.map(
      (element) => new FaqChatHarness(element),
    ) as [FaqChatHarness, FaqChatHarness];
    expect(launcher.element.clinicName).to.equal("Set Before Upgrade");
    await inline.element.show();
    await inline.ready();
    await askFormatted(inline, "what is ketamine");
    expect(
      inline.links(inline.contactFooter as Element).map((link) => link.href),
    ).to.include("tel:+15550100143");
    await launcher.open();
    await askFormatted(launcher, "how long does a session take");
    expect(launcher.lastReplyText()).to.contain("Set Before Upgrade");
    expect(
      launcher
        .links(launcher.contactFooter as Element)
        .map((link) => link.href),
    ).to.include("tel:+15550100144");
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it("when the page already created a faq-chat-dompurify policy (another copy of the widget), answers are shown as plain text with a faq-error, never blank", async () => {
    page = await openPage("strict-csp-host-dompurify.html");
    const chat = new FaqChatHarness((await page.elements())[0] as FaqChat);
    await chat.open();
    await chat.ask("what is ketamine");
    expect(chat.lastReplyKind()).to.equal("answer");
    const plain = chat.lastReply().querySelector(".answer-body .plain-text");
    expect(
      plain?.textContent?.trim().length,
      "the answer as plain text",
    ).to.be.greaterThan(40);
    expect(chat.lastReply().querySelector(".handoff-line")).to.not.equal(null);
    expect(
      page.log.events.filter((event) => event.type === "faq-error"),
    ).to.deep.equal([
      { type: "faq-error", detail: '{"reason":"trusted-types"}' },
    ]);
    expect(page.log.errors).to.deep.equal([]);
    expect(
      page.log.violations.every((violation) =>
        violation.startsWith("trusted-types"),
      ),
    ).to.equal(true);
  });

  // Lit is in the first script (issue 10): a site that enforces Trusted Types
  // and already made a lit-html policy must list 'allow-duplicates' (next
  // test). Without it, the browser refuses the widget's script as a whole: the
  // page sees one policy violation, no launcher and nothing else broken.
  it("when the page already created a lit-html policy without 'allow-duplicates', the widget's script is refused with one reported violation, and the page is otherwise untouched", async () => {
    page = await openPage("strict-csp-host-lit.html");
    await waitFor(
      () => page!.log.violations.length > 0,
      "the policy violation report",
    );
    expect(page.log.violations).to.deep.equal([
      "trusted-types trusted-types-policy lit-html",
    ]);
    expect(page.frame.contentWindow?.customElements.get("faq-chat")).to.equal(
      undefined,
    );
    expect(
      page.frame.contentDocument?.querySelector("h1")?.textContent,
    ).to.not.equal("");
  });

  it("with 'allow-duplicates' in the policy, a page that already has both policies still gets formatted answers and no violations", async () => {
    page = await openPage("strict-dup-host-policies.html");
    const chat = new FaqChatHarness((await page.elements())[0] as FaqChat);
    await chat.open();
    await askFormatted(chat, "what is ketamine");
    expect(page.log.violations).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
    expect(
      page.log.events.filter((event) => event.type === "faq-error"),
    ).to.deep.equal([]);
  });
});
