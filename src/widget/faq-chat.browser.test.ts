import { expect, fixture, fixtureCleanup, html } from "@open-wc/testing";
import { emulateMedia, sendKeys, setViewport } from "@web/test-runner-commands";
import { createEngine, parseKnowledge } from "../engine/index.js";
import type { FaqChat } from "./faq-chat.js";
import { FaqChat as FaqChatElement } from "./faq-chat.js";
import { FaqChatHarness, waitFor } from "./testing/faq-chat-harness.js";

if (!customElements.get("faq-chat"))
  customElements.define("faq-chat", FaqChatElement);

const knowledgeUrl = new URL(
  "/test/fixtures/knowledge-small.json",
  location.href,
).href;

// Which message the engine answers with suggestions, with an answer it is
// unsure of, or as small talk is the engine's business (and tuned often); the
// widget's business is showing them. These find one of each.
let fixtureEngine: ReturnType<typeof createEngine> | undefined;
async function findMessage(
  candidates: string[],
  isWanted: (
    answer: ReturnType<ReturnType<typeof createEngine>["ask"]>,
  ) => boolean,
  what: string,
): Promise<string> {
  fixtureEngine ??= createEngine(
    parseKnowledge(await (await fetch(knowledgeUrl)).json()),
  );
  const found = candidates.find((text) => isWanted(fixtureEngine!.ask(text)));
  if (!found)
    throw new Error(
      `the engine gives ${what} for none of: ${candidates.join(" | ")}`,
    );
  return found;
}
const findVagueQuestion = () =>
  findMessage(
    [
      "tell me more",
      "therapy",
      "anxiety ketamine session",
      "the drug",
      "risks",
    ],
    (answer) => answer.kind === "suggest",
    "suggestions",
  );
const findUnsureQuestion = () =>
  findMessage(
    [
      "ketamine session",
      "ketamine anxiety",
      "what about the infusion",
      "ketamine",
      "tell me about ketamine",
    ],
    (answer) => answer.kind === "answer" && answer.suggestions.length > 0,
    "an unsure answer offering runner-ups",
  );
const findThanks = () =>
  findMessage(
    ["thanks", "thank you", "great", "ok thanks"],
    (answer) => answer.kind === "smalltalk" && answer.intent === "thanks",
    "thanks small talk",
  );

// Replies come at once (typingDelay 0): tests wait for the element's promises, not the clock.
async function createChat(
  template = html`<faq-chat knowledge-src=${knowledgeUrl}></faq-chat>`,
): Promise<FaqChatHarness> {
  const element = await fixture<FaqChat>(template);
  element.typingDelay = 0;
  return new FaqChatHarness(element);
}

// Everything a page could notice going wrong: uncaught errors, rejected promises, console errors and warnings.
let problems: string[] = [];
const recordError = (event: ErrorEvent) =>
  problems.push(`error: ${event.message}`);
const recordRejection = (event: PromiseRejectionEvent) =>
  problems.push(`unhandled rejection: ${String(event.reason)}`);
const originalConsole = { error: console.error, warn: console.warn };

// Contact links would navigate the test page away (or try to open a phone app).
const preventNavigation = (event: Event) => {
  if ((event.composedPath()[0] as Element).closest?.("a"))
    event.preventDefault();
};

beforeEach(() => {
  problems = [];
  sessionStorage.clear();
  window.addEventListener("error", recordError);
  window.addEventListener("unhandledrejection", recordRejection);
  document.addEventListener("click", preventNavigation);
  console.error = (...args: unknown[]) =>
    problems.push(`console.error: ${args.join(" ")}`);
  console.warn = (...args: unknown[]) =>
    problems.push(`console.warn: ${args.join(" ")}`);
});

afterEach(async () => {
  fixtureCleanup();
  window.removeEventListener("error", recordError);
  window.removeEventListener("unhandledrejection", recordRejection);
  document.removeEventListener("click", preventNavigation);
  Object.assign(console, originalConsole);
  await emulateMedia({ colorScheme: "light", reducedMotion: "no-preference" });
  await setViewport({ width: 800, height: 600 });
  expect(problems, "the page saw errors or console output").to.deep.equal([]);
});

describe("faq-chat", () => {
  describe("closed", () => {
    it("renders a launcher button with an accessible name, collapsed, controlling the hidden panel", async () => {
      const chat = await createChat();
      expect(chat.launcherText).to.equal("Ask a question");
      expect(chat.launcher.getAttribute("aria-expanded")).to.equal("false");
      expect(chat.launcher.getAttribute("aria-controls")).to.equal(
        chat.panel.id,
      );
      expect(chat.isOpen).to.equal(false);
    });

    it("is accessible", async () => {
      const chat = await createChat();
      await chat.animationsFinished();
      await expect(chat.element).to.be.accessible();
    });

    it("loads nothing but the shell until the visitor shows interest", async () => {
      const chat = await createChat();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const fetched = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name);
      expect(
        fetched.some((url) => url.includes("knowledge-small.json")),
      ).to.equal(false);
      expect(chat.log).to.equal(null);
    });

    for (const intent of ["pointerenter", "pointerdown", "touchstart", "focus"])
      it(`starts loading the knowledge on ${intent} at the launcher, before any click`, async () => {
        const chat = await createChat(
          html`<faq-chat
            knowledge-src=${`${knowledgeUrl}?${intent}`}
          ></faq-chat>`,
        );
        chat.launcher.dispatchEvent(
          intent === "touchstart"
            ? new TouchEvent("touchstart")
            : intent === "focus"
              ? new FocusEvent("focus")
              : new PointerEvent(intent),
        );
        await chat.element.updateComplete;
        // A resource entry appears once its response is in, which a loaded machine may not have yet: wait
        // for it (a request never started fails by the test's timeout).
        const isRequested = (entry: PerformanceEntry) =>
          entry.name.endsWith(`knowledge-small.json?${intent}`);
        await new Promise<void>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            if (list.getEntries().some(isRequested)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe({ type: "resource", buffered: true });
        });
        expect(
          performance.getEntriesByType("resource").some(isRequested),
        ).to.equal(true);
        expect(chat.isOpen).to.equal(false);
      });
  });

  describe("opening", () => {
    it("opens a labelled non-modal dialog on a desktop, with a log that is not read out whole and a status line, and moves focus to the message field", async () => {
      await setViewport({ width: 1280, height: 800 });
      const chat = await createChat();
      await chat.open();
      expect(chat.launcher.getAttribute("aria-expanded")).to.equal("true");
      expect(chat.launcherText).to.equal("Close chat");
      expect(chat.panel.localName).to.equal("dialog");
      expect(chat.panel.getAttribute("aria-label")).to.equal(
        "Questions and answers",
      );
      expect(chat.panel.getAttribute("aria-modal")).to.equal("false");
      expect(chat.isModal).to.equal(false);
      expect(chat.panel.getAttribute("lang")).to.equal("en");
      expect(chat.log?.getAttribute("role")).to.equal("log");
      expect(chat.log?.getAttribute("aria-live")).to.equal("off");
      expect(
        chat.element.shadowRoot?.querySelectorAll('[role="status"]').length,
      ).to.equal(1);
      expect(chat.focused).to.equal(chat.input);
      expect(chat.element.open).to.equal(true);
      expect(chat.element.hasAttribute("open")).to.equal(true);
    });

    it("greets the visitor, says it is not medical advice, and offers starter questions by topic", async () => {
      const chat = await createChat();
      await chat.open();
      const intro = chat.intro()?.textContent ?? "";
      expect(intro).to.contain(
        "ketamine treatment for anxiety at Fixture Clinic",
      );
      expect(intro).to.contain("general education, not medical advice");
      expect(intro).to.contain("Ketamine");
      expect(intro).to.contain("Anxiety");
      expect(intro).to.contain("Your sessions");
      expect(chat.chipTexts()).to.include.members([
        "What is ketamine?",
        "How long does a ketamine infusion session take?",
        "What is an anxiety disorder?",
      ]);
      // Each group of chips is a list named by its label, so a screen reader says which group it is in.
      const lists = [
        ...(chat.element.shadowRoot as ShadowRoot).querySelectorAll(
          ".starters ul.chips",
        ),
      ];
      expect(
        lists.map((list) => list.getAttribute("aria-label")),
      ).to.include.members(["Ketamine", "Anxiety", "Your sessions"]);
    });

    it("offers the starter questions from the knowledge file's first line, before the rest has downloaded, says why a question waits, and answers once it has", async () => {
      const stalled = new URL(
        "/test/security/routes/stalled-after-head.json",
        location.href,
      ).href;
      const chat = await createChat(
        html`<faq-chat knowledge-src=${stalled}></faq-chat>`,
      );
      chat.launcher.click();
      while (chat.chips().length === 0)
        await new Promise((resolve) => requestAnimationFrame(resolve));
      // The server holds the rest of the file back for seconds: the download has not finished.
      expect(performance.getEntriesByName(stalled)).to.deep.equal([]);
      expect(chat.chipTexts()).to.include("What is ketamine?");
      expect(chat.input?.disabled).to.not.equal(true);
      chat.element.slowReplyAfter = 100;
      const note = () =>
        chat.element.shadowRoot?.querySelector<HTMLElement>(".slow-note");
      const replied = chat.element.ask("how long does a session take");
      while (!note())
        await new Promise((resolve) => requestAnimationFrame(resolve));
      // The wait is explained on screen and to screen readers, while the file is still on its way.
      expect(performance.getEntriesByName(stalled)).to.deep.equal([]);
      // Why it waits, and the gentle 988 line: only the floor's phrases are answered before the engine is ready.
      expect(note()!.textContent?.trim()).to.equal(
        "Still getting the answers ready. On a slow connection this can take a little longer. If you're ever thinking about harming yourself, or worried about someone who is, you can call or text 988 any time.",
      );
      expect(note()!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(chat.announcement).to.equal(note()!.textContent?.trim());
      await expect(chat.element).to.be.accessible();
      expect(note()).to.not.equal(null);
      const answer = await replied;
      expect(answer.id).to.equal("session-length");
      expect(performance.getEntriesByName(stalled)).to.have.length(1);
      await chat.element.updateComplete;
      expect(note()).to.equal(null);
    });

    for (const [theme, viewport] of [
      ["light", { width: 1280, height: 800 }],
      ["dark", { width: 1280, height: 800 }],
      ["light", { width: 390, height: 844 }],
      ["dark", { width: 390, height: 844 }],
    ] as const)
      it(`is accessible when open, after an answer, a concern and in the crisis state: ${theme} theme, ${viewport.width}px wide`, async () => {
        await setViewport(viewport);
        const chat = await createChat(
          html`<faq-chat
            knowledge-src=${knowledgeUrl}
            theme=${theme}
          ></faq-chat>`,
        );
        chat.element.typingDelay = 0;
        await chat.open();
        await chat.animationsFinished();
        await expect(chat.element).to.be.accessible();
        await chat.ask("what is ketamine");
        await chat.animationsFinished();
        await expect(chat.element).to.be.accessible();
        await chat.ask("I want to end it all");
        await chat.animationsFinished();
        await expect(chat.element).to.be.accessible();
        await chat.ask("What is the capital of France?");
        await chat.ask(await findVagueQuestion());
        await chat.animationsFinished();
        await expect(chat.element).to.be.accessible();
      });

    it("is light by default, even when the visitor's system is dark; theme=dark and theme=auto (following the system) are dark, the crisis panel too", async () => {
      await emulateMedia({ colorScheme: "dark" });
      const backgrounds: Record<string, [string, string]> = {};
      for (const theme of [null, "light", "dark", "auto"]) {
        sessionStorage.clear();
        const chat = await createChat(
          html`<faq-chat knowledge-src=${knowledgeUrl}></faq-chat>`,
        );
        if (theme) chat.element.setAttribute("theme", theme);
        chat.element.typingDelay = 0;
        await chat.open();
        await chat.ask("I want to end it all");
        const crisis = chat
          .lastReply()
          .querySelector(".crisis-panel") as Element;
        backgrounds[theme ?? "default"] = [
          getComputedStyle(chat.panel).backgroundColor,
          getComputedStyle(crisis).backgroundColor,
        ];
        fixtureCleanup();
      }
      const light = ["rgb(255, 255, 255)", "rgb(253, 236, 235)"];
      const dark = ["rgb(31, 31, 31)", "rgb(61, 20, 17)"];
      expect(backgrounds).to.deep.equal({
        default: light,
        light,
        dark,
        auto: dark,
      });
      await emulateMedia({ colorScheme: "light" });
      const chat = await createChat(
        html`<faq-chat knowledge-src=${knowledgeUrl} theme="auto"></faq-chat>`,
      );
      await chat.open();
      expect(getComputedStyle(chat.panel).backgroundColor).to.equal(light[0]);
    });
  });

  describe("asking", () => {
    it("asking a question shows its answer under a heading, sources with readable titles, one short handoff line, and the clinic's links in the footer", async () => {
      const chat = await createChat();
      await chat.open();
      const reply = await chat.ask("what is ketamine");
      expect(chat.lastReplyKind()).to.equal("answer");
      expect(reply.querySelector("h3.answer-title")?.textContent).to.equal(
        "What is ketamine?",
      );
      expect(reply.querySelector(".answer-body strong")?.textContent).to.equal(
        "anesthetic",
      );
      expect(chat.lastReplyText()).to.contain("Sources");
      expect(chat.lastReplyText()).to.not.contain("000_seed.txt");
      const links = chat.links();
      expect(links).to.deep.include({
        text: "NIMH: Ketamine and depression",
        href: "https://www.nimh.nih.gov/news/science-updates/2023/ketamine",
        target: "_blank",
        rel: "noopener noreferrer",
      });
      expect(reply.querySelectorAll(".handoff-line").length).to.equal(1);
      expect(reply.querySelector(".handoff-line")?.textContent).to.contain(
        "not medical advice",
      );
      expect(chat.lastReplyText()).to.not.contain("Talk with");
      expect(links.map((link) => link.href)).to.not.include("tel:+15550100199");
      const footer = chat.contactFooter as HTMLElement;
      expect(footer.textContent).to.contain("Talk with Fixture Clinic");
      expect(chat.links(footer).map((link) => link.href)).to.deep.equal([
        "tel:+15550100199",
        new URL("/contact", location.href).href,
      ]);
      expect(chat.announcement).to.equal("Answer: What is ketamine?");
    });

    it('answers how long a session takes, with "Related questions" chips', async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("how long does a session take");
      expect(chat.lastReplyKind()).to.equal("answer");
      expect(chat.lastReplyText()).to.contain("45 to 60 minutes");
      expect(chat.lastReplyText()).to.contain("Related questions");
      expect(
        chat.lastReply().querySelector(".chip")?.textContent?.trim(),
      ).to.equal(
        "How much does ketamine treatment cost, and does insurance cover it?",
      );
    });

    it('an answer the engine is not sure of also offers "Not what you meant?" chips', async () => {
      const chat = await createChat();
      await chat.open();
      const message = await findUnsureQuestion();
      const runnerUp = fixtureEngine!.entry(
        fixtureEngine!.ask(message).suggestions[0]!,
      )!;
      await chat.ask(message);
      expect(chat.lastReplyKind()).to.equal("answer");
      expect(chat.lastReplyText()).to.contain("Not what you meant? Try:");
      expect(
        [...chat.lastReply().querySelectorAll(".chip")].map((chip) =>
          chip.textContent?.trim(),
        ),
      ).to.include(runnerUp.question);
    });

    it("an off-topic question gets an honest fallback, starter questions and the handoff", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("What is the capital of France?");
      expect(chat.lastReplyKind()).to.equal("fallback");
      expect(chat.lastReplyText()).to.contain("I don't have an answer to that");
      expect(chat.lastReply().querySelectorAll(".chip").length).to.be.within(
        1,
        3,
      );
      expect(chat.lastReply().querySelector(".handoff-line")).to.not.equal(
        null,
      );
      expect(
        chat.links(chat.contactFooter as Element).map((link) => link.href),
      ).to.include("tel:+15550100199");
    });

    it('a vague question offers "Did you mean…?" chips and the handoff', async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask(await findVagueQuestion());
      expect(chat.lastReplyKind()).to.equal("suggest");
      expect(chat.lastReplyText()).to.contain("Did you mean…?");
      expect(chat.lastReply().querySelectorAll(".chip").length).to.be.within(
        1,
        3,
      );
      expect(chat.lastReply().querySelector(".handoff-line")).to.not.equal(
        null,
      );
    });

    it("a crisis message shows the crisis panel first, even when it also matches an entry", async () => {
      const chat = await createChat();
      await chat.open();
      const reply = await chat.ask("I want to kill myself, what is ketamine");
      expect(chat.lastReplyKind()).to.equal("crisis");
      const firstVisible = [...reply.children].find(
        (child) => !child.classList.contains("visually-hidden"),
      );
      expect(firstVisible?.classList.contains("crisis-panel")).to.equal(true);
      expect(reply.querySelector(".crisis-panel h3")?.textContent).to.equal(
        "You can get help right now",
      );
      const hrefs = chat
        .links(reply.querySelector(".crisis-panel") as Element)
        .map((link) => link.href);
      expect(hrefs).to.include.members([
        "tel:988",
        "sms:988",
        "tel:911",
        "sms:741741?&body=HOME",
      ]);
      // The clinic is named once; its links are in the footer.
      expect(chat.lastReplyText().split("Fixture Clinic").length - 1).to.equal(
        1,
      );
      expect(
        chat.links(chat.contactFooter as Element).map((link) => link.href),
      ).to.include("tel:+15550100199");
      // Help is announced at once, interrupting, and not introduced as an answer.
      expect(chat.urgentAnnouncement).to.match(
        /^You can get help right now\. It sounds like/,
      );
      expect(chat.announcement).to.equal("");
    });

    it("a crisis reply is announced at once and the next ordinary reply politely again", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("I want to kill myself");
      expect(chat.urgentAnnouncement).to.match(/^You can get help right now\./);
      await chat.ask("What is ketamine?");
      expect(chat.announcement).to.equal("Answer: What is ketamine?");
      expect(chat.urgentAnnouncement).to.equal("");
    });

    it("a crisis message that also asks a question shows the crisis panel first, then the answer beneath it", async () => {
      const message = await findMessage(
        [
          "I want to end it all. What is ketamine?",
          "I want to kill myself, what is ketamine",
          "honestly I don't plan to be around by summer, but how long is a session?",
        ],
        (answer) => answer.kind === "crisis" && answer.id !== null,
        "crisis with an entry",
      );
      const chat = await createChat();
      await chat.open();
      const reply = await chat.ask(message);
      const visible = [...reply.children].filter(
        (child) => !child.classList.contains("visually-hidden"),
      );
      expect(visible[0]?.classList.contains("crisis-panel")).to.equal(true);
      expect(visible[1]?.matches("h3.answer-title")).to.equal(true);
      expect(reply.querySelector(".crisis-panel ~ .answer-body")).to.not.equal(
        null,
      );
      expect(reply.querySelectorAll("h3").length).to.equal(2);
    });

    it("a reply to a message with some risk signal carries one gentle line with 988", async () => {
      const message = await findMessage(
        [
          "hello",
          "hi there",
          "money",
          "long",
          "tell me more",
          "I feel a bit hopeless",
          "I have been feeling hopeless lately",
          "I cant go on",
        ],
        (answer) => answer.kind !== "crisis" && answer.crisis !== null,
        "a concern",
      );
      const chat = await createChat();
      await chat.open();
      const reply = await chat.ask(message);
      expect(reply.querySelector(".crisis-panel")).to.equal(null);
      expect(reply.querySelectorAll(".concern").length).to.equal(1);
      expect(
        chat
          .links(reply.querySelector(".concern") as Element)
          .map((link) => link.href),
      ).to.include("tel:988");
    });

    it("while a reply is prepared, a typing indicator shows and 'Preparing a reply…' is announced", async () => {
      const chat = await createChat();
      chat.element.typingDelay = 60_000;
      await chat.open();
      const input = chat.input as HTMLInputElement;
      input.value = "what is ketamine";
      (input.form as HTMLFormElement).requestSubmit();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(chat.announcement).to.equal("Preparing a reply…");
      expect(chat.element.shadowRoot?.querySelector(".typing")).to.not.equal(
        null,
      );
      // The delay is the element's to set: shortening it lets the reply through.
      chat.element.typingDelay = 0;
      const answer = await chat.element.ask("how long does a session take");
      expect(answer.kind).to.equal("answer");
    });

    it("an empty message gets a gentle hint, and typing clears it", async () => {
      const chat = await createChat();
      await chat.open();
      const input = chat.input as HTMLInputElement;
      input.value = "   ";
      (input.form as HTMLFormElement).requestSubmit();
      await chat.element.updateComplete;
      const hint = chat.element.shadowRoot?.querySelector("#hint");
      expect(hint?.textContent).to.contain("Type a question first");
      expect(input.getAttribute("aria-describedby")).to.equal("hint");
      expect(chat.replies()).to.deep.equal([]);
      input.value = "w";
      input.dispatchEvent(
        new Event("input", { bubbles: true, composed: true }),
      );
      await chat.element.updateComplete;
      expect(chat.element.shadowRoot?.querySelector("#hint")).to.equal(null);
    });

    it("a long message is cut at a word, with an ellipsis", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("ketamine ".repeat(80));
      const shown = chat.visitorMessages()[0] as string;
      expect(
        shown.endsWith(
          "ketamine… Your message was long, so only the first 500 characters are shown.",
        ),
      ).to.equal(true);
    });

    it("small talk gets a short, kind reply", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask(await findThanks());
      expect(chat.lastReplyKind()).to.equal("smalltalk");
      expect(chat.lastReplyText()).to.match(
        /You're welcome|Is there anything else/,
      );
    });

    it("chips ask their question", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.clickChip("What is ketamine?");
      expect(chat.visitorMessages()).to.deep.equal(["What is ketamine?"]);
      expect(
        chat.lastReply().querySelector(".answer-title")?.textContent,
      ).to.equal("What is ketamine?");
      await chat.clickChip("How long does a ketamine infusion session take?");
      expect(
        chat.lastReply().querySelector(".answer-title")?.textContent,
      ).to.equal("How long does a ketamine infusion session take?");
    });

    it("Enter in the message field sends the question", async () => {
      const chat = await createChat();
      await chat.open();
      await sendKeys({ type: "what is ketamine" });
      await sendKeys({ press: "Enter" });
      await waitFor(
        () => chat.replies().length === 1 && chat.lastReplyKind() === "answer",
        "the answer",
      );
      expect(chat.input?.value).to.equal("");
    });

    it("shows the visitor's own text literally, never as HTML", async () => {
      const chat = await createChat();
      (window as { pwned?: boolean }).pwned = false;
      await chat.open();
      const attack =
        '<img src=x onerror="window.pwned = true"> **bold** [link](javascript:alert(1))';
      await chat.ask(attack);
      expect(chat.visitorMessages()).to.deep.equal([attack]);
      expect(
        chat.element.shadowRoot?.querySelector(
          ".visitor img, .visitor strong, .visitor a",
        ),
      ).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { pwned?: boolean }).pwned).to.equal(false);
    });

    it("shows a very long message cut to 500 characters and says so", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("a".repeat(600));
      const message = chat.element.shadowRoot?.querySelector(
        ".visitor",
      ) as HTMLElement;
      expect(message.querySelector(".notice")?.textContent).to.contain(
        "first 500 characters",
      );
      expect(chat.visitorMessages()[0]).to.contain("a".repeat(500));
      expect(chat.visitorMessages()[0]).to.not.contain("a".repeat(501));
    });

    it("ask() resolves with the engine answer and joins the conversation without firing faq-answer", async () => {
      const chat = await createChat();
      const events: string[] = [];
      document.addEventListener("faq-answer", () => events.push("faq-answer"));
      const answer = await chat.element.ask("what is ketamine");
      expect(answer.kind).to.equal("answer");
      expect(answer.id).to.equal("what-is-ketamine");
      await chat.element.show();
      expect(chat.visitorMessages()).to.deep.equal(["what is ketamine"]);
      expect(events).to.deep.equal([]);
    });
  });

  describe("closing", () => {
    it("Escape closes the panel and returns focus to the launcher", async () => {
      const chat = await createChat();
      await chat.open();
      expect(chat.focused).to.equal(chat.input);
      await sendKeys({ press: "Escape" });
      expect(chat.isOpen).to.equal(false);
      expect(chat.focused).to.equal(chat.launcher);
      expect(chat.launcher.getAttribute("aria-expanded")).to.equal("false");
    });

    it("the close button closes the panel and returns focus to the launcher", async () => {
      const chat = await createChat();
      await chat.open();
      chat.clickClose();
      await chat.element.updateComplete;
      expect(chat.isOpen).to.equal(false);
      expect(chat.focused).to.equal(chat.launcher);
    });
  });

  describe("events", () => {
    it("fire in order with the right detail, bubble to document, and never carry the visitor text", async () => {
      const chat = await createChat();
      const seen: { type: string; detail: unknown }[] = [];
      const types = [
        "faq-open",
        "faq-answer",
        "faq-handoff",
        "faq-close",
        "faq-error",
      ] as const;
      const record = (event: Event) =>
        seen.push({
          type: event.type,
          detail: (event as CustomEvent).detail ?? null,
        });
      // How sure the engine is of a question with a stray word in it is the engine's business.
      const first = createEngine(
        parseKnowledge(await (await fetch(knowledgeUrl)).json()),
      ).ask("what is ketamine MARKER-7f3a");
      types.forEach((type) => document.addEventListener(type, record));
      try {
        await chat.open();
        await chat.ask("what is ketamine MARKER-7f3a");
        const footer = chat.contactFooter as HTMLElement;
        (footer.querySelector('a[href^="tel:"]') as HTMLAnchorElement).click();
        (
          footer.querySelector('a[href$="/contact"]') as HTMLAnchorElement
        ).click();
        await chat.ask("I want to end it all MARKER-7f3a");
        (
          chat
            .lastReply()
            .querySelector('.crisis-panel a[href^="sms:"]') as HTMLAnchorElement
        ).click();
        (
          chat
            .lastReply()
            .querySelector('.crisis-panel a[href^="tel:"]') as HTMLAnchorElement
        ).click();
        chat.pressEscape();
        await chat.element.updateComplete;
      } finally {
        types.forEach((type) => document.removeEventListener(type, record));
      }
      expect(seen).to.deep.equal([
        { type: "faq-open", detail: null },
        { type: "faq-answer", detail: { kind: first.kind, id: first.id } },
        { type: "faq-handoff", detail: { channel: "phone" } },
        { type: "faq-handoff", detail: { channel: "contact" } },
        { type: "faq-answer", detail: { kind: "crisis", id: null } },
        { type: "faq-handoff", detail: { channel: "crisis-sms" } },
        { type: "faq-handoff", detail: { channel: "crisis-phone" } },
        { type: "faq-close", detail: null },
      ]);
      expect(JSON.stringify(seen)).to.not.contain("MARKER");
    });

    it("the panel left open is open again on the next page of the same visit, and closed stays closed", async () => {
      let chat = await createChat();
      await chat.open();
      fixtureCleanup();
      chat = await createChat();
      await chat.element.updateComplete;
      expect(chat.element.open).to.equal(true);
      expect(chat.isOpen).to.equal(true);
      chat.clickClose();
      await chat.element.updateComplete;
      fixtureCleanup();
      chat = await createChat();
      await chat.element.updateComplete;
      expect(chat.isOpen).to.equal(false);
    });

    it("do not fire when the panel is opened or closed from code", async () => {
      const chat = await createChat();
      const seen: string[] = [];
      const record = (event: Event) => seen.push(event.type);
      document.addEventListener("faq-open", record);
      document.addEventListener("faq-close", record);
      await chat.element.show();
      await chat.element.hide();
      chat.element.open = true;
      await chat.element.updateComplete;
      document.removeEventListener("faq-open", record);
      document.removeEventListener("faq-close", record);
      expect(seen).to.deep.equal([]);
    });
  });

  describe("the transcript", () => {
    it("survives a reload of the page (same session)", async () => {
      let chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      await chat.ask("I want to end it all");
      fixtureCleanup();
      chat = await createChat();
      await chat.open();
      expect(chat.visitorMessages()).to.deep.equal([
        "what is ketamine",
        "I want to end it all",
      ]);
      expect(
        chat
          .replies()
          .map(
            (reply) =>
              reply.classList.contains("crisis") ||
              reply.classList.contains("answer"),
          ),
      ).to.deep.equal([true, true]);
      expect(chat.lastReplyKind()).to.equal("crisis");
    });

    it("keeps each question once when the page changes the clinic's name or contact after it was asked", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      for (const name of ["Harbor Light", "Harbor Light Wellness"]) {
        chat.element.setAttribute("clinic-name", name);
        await chat.element.updateComplete;
        await chat.ask(`is ketamine safe for ${name}`);
      }
      const asked = [
        "what is ketamine",
        "is ketamine safe for Harbor Light",
        "is ketamine safe for Harbor Light Wellness",
      ];
      expect(chat.visitorMessages()).to.deep.equal(asked);
      expect(
        JSON.parse(
          sessionStorage.getItem(`faq-chat:transcript:${knowledgeUrl}`) ?? "[]",
        ).map(({ question }: { question: string }) => question),
      ).to.deep.equal(asked);
    });

    it("stores only the questions and reply kinds, in sessionStorage", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      expect(localStorage.length).to.equal(0);
      const stored = JSON.parse(
        sessionStorage.getItem(`faq-chat:transcript:${knowledgeUrl}`) ?? "null",
      );
      expect(stored).to.deep.equal([
        {
          question: "what is ketamine",
          kind: "answer",
          id: "what-is-ketamine",
        },
      ]);
    });

    it("the clear control asks once, then empties it on screen and every transcript the widget stored", async () => {
      sessionStorage.setItem(
        "faq-chat:transcript:https://other.example/k.json",
        "[]",
      );
      sessionStorage.setItem("unrelated", "kept");
      let chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      chat.clearButton.click();
      await chat.element.updateComplete;
      expect(chat.visitorMessages()).to.deep.equal(["what is ketamine"]);
      expect(chat.clearButton.textContent?.trim()).to.equal(
        "Clear? Press again",
      );
      expect(chat.announcement).to.equal("Clear? Press again");
      chat.clearButton.click();
      await chat.element.updateComplete;
      expect(chat.visitorMessages()).to.deep.equal([]);
      expect(chat.clearButton.textContent?.trim()).to.equal("Clear chat");
      expect(chat.announcement).to.equal("The chat was cleared.");
      expect(chat.focused).to.equal(chat.input);
      expect(
        Object.keys(sessionStorage).filter((key) => key.includes("transcript")),
      ).to.deep.equal([]);
      expect(sessionStorage.getItem("unrelated")).to.equal("kept");
      fixtureCleanup();
      chat = await createChat();
      await chat.open();
      expect(chat.replies()).to.deep.equal([]);
    });

    it("a clear pressed once is forgotten when the visitor asks something else", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      chat.clearButton.click();
      await chat.ask("how long does a session take");
      expect(chat.clearButton.textContent?.trim()).to.equal("Clear chat");
      chat.clearButton.click();
      await chat.element.updateComplete;
      expect(chat.visitorMessages()).to.have.length(2);
    });

    it("a clear pressed once stands with no time limit, and is forgotten when focus leaves the control", async () => {
      const chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      chat.clearButton.focus();
      chat.clearButton.click();
      await chat.element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(chat.clearButton.textContent?.trim()).to.equal(
        "Clear? Press again",
      );
      (chat.input as HTMLInputElement).focus();
      await chat.element.updateComplete;
      expect(chat.clearButton.textContent?.trim()).to.equal("Clear chat");
      chat.clearButton.focus();
      chat.clearButton.click();
      await chat.element.updateComplete;
      chat.clearButton.click();
      await chat.element.updateComplete;
      expect(chat.visitorMessages()).to.deep.equal([]);
    });

    it("a restored conversation is shown but not announced", async () => {
      let chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      fixtureCleanup();
      chat = await createChat();
      await chat.open();
      expect(chat.visitorMessages()).to.deep.equal(["what is ketamine"]);
      expect(chat.announcement).to.equal("");
      expect(chat.log?.getAttribute("aria-live")).to.equal("off");
    });

    // Past the 500 characters shown, and past the 4,000 the lists read (a pasted wall of text: the floor).
    for (const [what, message, length] of [
      [
        "a long message",
        `${"I have had a hard few months with my anxiety. ".repeat(15)}I want to end it all.`,
        600,
      ],
      [
        "a 15,000-character paste",
        `${"The week was long and work was busy, nothing new. ".repeat(300)}I want to die.`,
        15_000,
      ],
      [
        "a 40,000-character paste, longer than the widget keeps",
        `${"The week was long and work was busy, nothing new. ".repeat(800)}Tonight I am going to kill myself.`,
        40_000,
      ],
    ] as const) {
      it(`still sees a crisis at the end of ${what}, also after a reload`, async () => {
        expect(message.length).to.be.greaterThan(length);
        let chat = await createChat();
        await chat.open();
        await chat.ask(message);
        expect(chat.lastReplyKind()).to.equal("crisis");
        fixtureCleanup();
        chat = await createChat();
        await chat.open();
        expect(chat.lastReplyKind()).to.equal("crisis");
      });
    }

    it("ignores broken storage contents", async () => {
      sessionStorage.setItem(
        `faq-chat:transcript:${knowledgeUrl}`,
        "{not json",
      );
      const chat = await createChat();
      await chat.open();
      expect(chat.replies()).to.deep.equal([]);
      await chat.ask("what is ketamine");
      expect(chat.lastReplyKind()).to.equal("answer");
    });
  });

  describe("layout", () => {
    it("goes full screen and modal on a phone-sized viewport, with a 16px message field", async () => {
      await emulateMedia({ reducedMotion: "reduce" });
      await setViewport({ width: 375, height: 667 });
      const chat = await createChat();
      await chat.open();
      const box = chat.panel.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([
        0, 0, 375, 667,
      ]);
      expect(
        parseFloat(getComputedStyle(chat.input as HTMLInputElement).fontSize),
      ).to.be.at.least(16);
      expect(chat.panel.getAttribute("aria-modal")).to.equal("true");
      expect(chat.isModal).to.equal(true);
    });

    it("an open panel taken off the page while its knowledge loads fails nothing, and is open again when put back", async () => {
      await setViewport({ width: 375, height: 667 });
      const chat = await createChat();
      const { element } = chat;
      chat.launcher.click();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(chat.panel.matches(":modal")).to.equal(true);
      const parent = element.parentElement as HTMLElement;
      element.remove();
      // The knowledge or the engine may finish while the element is off the page: that update must not open a dialog there.
      element.requestUpdate();
      await element.updateComplete;
      parent.append(element);
      await element.updateComplete;
      expect(chat.panel.matches(":modal")).to.equal(true);
    });

    it("brings the newest question to the top of the log once its reply has rendered, so a long answer reads from its start", async () => {
      await emulateMedia({ reducedMotion: "reduce" });
      await setViewport({ width: 375, height: 667 });
      const chat = await createChat();
      await chat.open();
      for (const question of [
        "what is ketamine",
        "how long does a session take",
        "what is ketamine",
      ])
        await chat.ask(question);
      // The scroll waits for the next frame, where the browser lays the log out anyway.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const log = chat.log as HTMLElement;
      const questions = log.querySelectorAll<HTMLElement>(".visitor");
      const latest = questions[questions.length - 1] as HTMLElement;
      expect(log.scrollHeight).to.be.greaterThan(log.clientHeight);
      expect(log.scrollTop).to.be.greaterThan(0);
      expect(
        latest.getBoundingClientRect().top - log.getBoundingClientRect().top,
      ).to.be.within(0, 16);
    });

    it("stays open with focus inside when a phone turns or a page zooms across the phone width, and fires no faq-close", async () => {
      let closes = 0;
      const count = () => closes++;
      document.addEventListener("faq-close", count);
      try {
        await setViewport({ width: 844, height: 390 });
        const chat = await createChat();
        chat.element.typingDelay = 0;
        await chat.open();
        await chat.ask("what is ketamine");
        for (const [viewport, modal] of [
          [{ width: 390, height: 844 }, true],
          [{ width: 1280, height: 800 }, false],
          [{ width: 426, height: 267 }, true],
        ] as const) {
          await setViewport(viewport);
          await chat.element.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
          await chat.element.updateComplete;
          expect(chat.element.open, JSON.stringify(viewport)).to.equal(true);
          expect(chat.isModal, JSON.stringify(viewport)).to.equal(modal);
          expect(
            chat.focused?.closest(".panel"),
            JSON.stringify(viewport),
          ).to.not.equal(null);
        }
        expect(closes).to.equal(0);
      } finally {
        document.removeEventListener("faq-close", count);
      }
    });

    it("on a phone, Tab stays inside the panel: the page behind and the covered launcher are out of reach", async () => {
      await setViewport({ width: 390, height: 844 });
      const page = await fixture<HTMLElement>(
        html`<div><a href="#behind" id="behind">A link on the page</a></div>`,
      );
      const chat = await createChat();
      chat.element.typingDelay = 0;
      await chat.open();
      await chat.ask("what is ketamine");
      const seen = new Set<string>();
      for (let step = 0; step < 40; step++) {
        await sendKeys({ press: "Tab" });
        const active = document.activeElement;
        if (active === chat.element) {
          const inner = chat.focused as Element;
          expect(inner.closest(".panel"), `step ${step}`).to.not.equal(null);
          seen.add(inner.localName);
        } else {
          // Focus may pass through the browser's own UI (body) on its way round, never the page.
          expect(active, `step ${step}`).to.not.equal(
            page.querySelector("#behind"),
          );
          expect(page.contains(active), `step ${step}`).to.equal(false);
        }
      }
      expect([...seen]).to.include.members(["input", "button", "a"]);
      expect(chat.launcher.matches(":modal, :modal *")).to.equal(false);
    });

    it("on a phone, every chip, link and button a visitor taps is at least 44×44 CSS px", async () => {
      await setViewport({ width: 390, height: 844 });
      const chat = await createChat();
      await chat.open();
      await chat.ask("what is ketamine");
      await chat.ask("I want to end it all");
      const root = chat.element.shadowRoot as ShadowRoot;
      const targets = [
        ...root.querySelectorAll<HTMLElement>(
          ".chip, .composer button, .close, .clear, .contact a, .crisis-panel a, .sources a",
        ),
      ];
      expect(targets.length).to.be.greaterThan(10);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        const name = `${target.className} "${target.textContent?.trim()}"`;
        expect(box.height, name).to.be.at.least(44);
        expect(box.width, name).to.be.at.least(44);
      }
      // Close and clear are apart enough not to be hit by mistake.
      const clear = chat.clearButton.getBoundingClientRect();
      const close = (
        root.querySelector(".close") as HTMLElement
      ).getBoundingClientRect();
      expect(close.left - clear.right).to.be.at.least(8);
    });

    it("on a desktop, the footer's call and contact links are at least 24×24 CSS px (WCAG 2.5.8), even when they wrap", async () => {
      await setViewport({ width: 1280, height: 800 });
      const chat = await createChat();
      await chat.open();
      const links = [
        ...(
          chat.element.shadowRoot as ShadowRoot
        ).querySelectorAll<HTMLElement>(".contact a"),
      ];
      expect(links.length).to.be.at.least(2);
      for (const link of links) {
        const box = link.getBoundingClientRect();
        expect(box.height, link.textContent ?? "").to.be.at.least(24);
        expect(box.width, link.textContent ?? "").to.be.at.least(24);
      }
    });

    it("on a desktop, Escape on a page control the panel covers closes the panel and leaves focus there; on one it does not cover, nothing", async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await fixture<HTMLElement>(
        html`<div>
          <a
            href="#covered"
            id="covered"
            style="position: fixed; right: 120px; bottom: 300px"
            >Covered</a
          >
          <a
            href="#clear"
            id="clear"
            style="position: fixed; left: 10px; top: 10px"
            >In view</a
          >
        </div>`,
      );
      const chat = await createChat();
      await chat.open();
      const inView = page.querySelector<HTMLElement>("#clear")!;
      inView.focus();
      await sendKeys({ press: "Escape" });
      await chat.element.updateComplete;
      expect(chat.element.open).to.equal(true);
      const covered = page.querySelector<HTMLElement>("#covered")!;
      covered.focus();
      await sendKeys({ press: "Escape" });
      await chat.element.updateComplete;
      expect(chat.element.open).to.equal(false);
      expect(document.activeElement).to.equal(covered);
    });

    it("the conversation's focus ring is drawn inside it, where the panel's edges cannot cut it off", async () => {
      await setViewport({ width: 1280, height: 800 });
      const chat = await createChat();
      await chat.open();
      const log = chat.log as HTMLElement;
      // Keyboard focus, so :focus-visible applies: Tab from the close button reaches the log next.
      (chat.element.shadowRoot!.querySelector(".close") as HTMLElement).focus();
      await sendKeys({ press: "Tab" });
      expect(chat.focused).to.equal(log);
      const style = getComputedStyle(log);
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(0);
      expect(
        parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth),
      ).to.be.at.most(0);
    });

    it("starter chips wrap inside the panel instead of overflowing", async () => {
      await setViewport({ width: 390, height: 844 });
      const chat = await createChat();
      await chat.open();
      const panel = chat.panel.getBoundingClientRect();
      for (const chip of chat.chips()) {
        const box = chip.getBoundingClientRect();
        expect(box.right, chip.textContent ?? "").to.be.at.most(panel.right);
        expect(box.left).to.be.at.least(panel.left);
      }
    });

    it("sits beside the launcher on a desktop viewport, without animation when reduced motion is preferred", async () => {
      await emulateMedia({ reducedMotion: "reduce" });
      await setViewport({ width: 1280, height: 800 });
      const chat = await createChat();
      await chat.open();
      const panel = chat.panel.getBoundingClientRect();
      const launcher = chat.launcher.getBoundingClientRect();
      expect(getComputedStyle(chat.panel).animationName).to.equal("none");
      expect(panel.width).to.equal(380);
      expect(panel.bottom).to.be.lessThan(launcher.top);
      expect(Math.round(1280 - launcher.right)).to.equal(20);
      expect(chat.isModal).to.equal(false);
    });

    it("at 400% zoom (320×256, and 320×180 on a short window) the conversation keeps room to be read and nothing is cut off out of reach", async () => {
      for (const viewport of [
        { width: 320, height: 256 },
        { width: 320, height: 180 },
      ]) {
        await setViewport(viewport);
        const chat = await createChat();
        await chat.open();
        await chat.ask("I want to end it all");
        const panel = chat.panel;
        const log = panel.querySelector(".log") as HTMLElement;
        expect(log.getBoundingClientRect().height).to.be.at.least(150);
        // What does not fit is reached by scrolling the panel (its own content, not the page's).
        const scrolls = ["auto", "scroll"].includes(
          getComputedStyle(panel).overflowY,
        );
        expect(
          panel.scrollHeight <= panel.clientHeight + 1 || scrolls,
          `${viewport.height}px: ${panel.scrollHeight} of content in ${panel.clientHeight}`,
        ).to.equal(true);
        await chat.animationsFinished();
        await expect(chat.element).to.be.accessible();
        fixtureCleanup();
      }
    });

    it("a crisis reply after an answer scrolls into view: its 988 link at 400% zoom, its heading too on a phone", async () => {
      for (const [viewport, shown] of [
        [{ width: 320, height: 256 }, ["988"]],
        [{ width: 390, height: 844 }, ["heading", "988"]],
      ] as const) {
        await setViewport(viewport);
        const chat = await createChat();
        await chat.open();
        await chat.ask("what is ketamine");
        const crisis = await chat.ask("I want to kill myself");
        // The scroll happens in the next frame (conversation.ts), after the browser has laid the reply out.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const parts = {
          heading: crisis.querySelector("h3") as HTMLElement,
          "988": crisis.querySelector('a[href="tel:988"]') as HTMLElement,
        };
        for (const name of shown) {
          const box = parts[name].getBoundingClientRect();
          expect(box.top, `${viewport.height}px: ${name}`).to.be.at.least(0);
          expect(box.bottom, `${viewport.height}px: ${name}`).to.be.at.most(
            viewport.height,
          );
        }
        fixtureCleanup();
      }
    });

    it("keeps a host page's ::part(message) rules off crisis replies", async () => {
      const hostile = document.createElement("style");
      hostile.textContent = "faq-chat::part(message) { display: none }";
      document.head.append(hostile);
      try {
        const chat = await createChat();
        await chat.open();
        const crisis = await chat.ask("I want to kill myself");
        expect(crisis.getBoundingClientRect().height).to.be.greaterThan(100);
        expect(crisis.getAttribute("part")).to.equal("crisis-message");
      } finally {
        hostile.remove();
      }
    });

    it("a hostile host stylesheet does not break it", async () => {
      const hostile = document.createElement("style");
      hostile.textContent =
        "* { all: unset } button { display: none !important } html { font-size: 40px } faq-chat { font: 40px serif; color: red }";
      document.head.append(hostile);
      try {
        const chat = await createChat();
        const launcher = chat.launcher.getBoundingClientRect();
        expect(launcher.width).to.be.greaterThan(40);
        expect(getComputedStyle(chat.launcher).fontSize).to.equal("15px");
        await chat.open();
        expect(getComputedStyle(chat.panel).fontSize).to.equal("15px");
        expect(getComputedStyle(chat.panel).position).to.equal("fixed");
        expect(
          getComputedStyle(chat.input as HTMLInputElement).fontSize,
        ).to.equal("16px");
        await chat.ask("what is ketamine");
        expect(chat.lastReplyKind()).to.equal("answer");
        expect(
          (
            chat.lastReply().querySelector(".chip") as HTMLElement
          ).getBoundingClientRect().width,
        ).to.be.greaterThan(0);
      } finally {
        hostile.remove();
      }
    });

    it("inline mode sits in the page flow, without a launcher, and loads when near the viewport", async () => {
      const chat = await createChat(
        html`<faq-chat mode="inline" knowledge-src=${knowledgeUrl}></faq-chat>`,
      );
      await chat.ready();
      expect(chat.launcher).to.equal(null);
      expect(chat.panel.getAttribute("role")).to.equal("region");
      expect(getComputedStyle(chat.panel).position).to.equal("relative");
      await chat.ask("what is ketamine");
      expect(chat.lastReplyKind()).to.equal("answer");
      await chat.animationsFinished();
      await expect(chat.element).to.be.accessible();
    });
  });

  describe("several on one page", () => {
    it("two chats on one page each work, without errors", async () => {
      const container = await fixture<HTMLElement>(
        html`<div>
          <faq-chat mode="inline" knowledge-src=${knowledgeUrl}></faq-chat>
          <faq-chat
            mode="inline"
            knowledge-src=${knowledgeUrl}
            clinic-name="Second Clinic"
          ></faq-chat>
        </div>`,
      );
      const [first, second] = [...container.querySelectorAll("faq-chat")].map(
        (element) => new FaqChatHarness(element),
      );
      await first!.ready();
      await second!.ready();
      await first!.ask("what is ketamine");
      await second!.ask("how long does a session take");
      expect(first!.lastReplyKind()).to.equal("answer");
      expect(second!.lastReplyText()).to.contain("Second Clinic");
      expect(second!.contactFooter?.textContent).to.contain(
        "Talk with Second Clinic",
      );
      expect(first!.contactFooter?.textContent).to.contain(
        "Talk with Fixture Clinic",
      );
      expect(first!.visitorMessages()).to.deep.equal(["what is ketamine"]);
    });
  });

  describe("configuration", () => {
    it("takes the clinic name, phone and contact link from its attributes", async () => {
      const chat = await createChat(
        html`<faq-chat
          knowledge-src=${knowledgeUrl}
          clinic-name="Harbor Light Wellness"
          contact-phone="+1 555 010 0123"
          contact-url="https://harbor.example/book"
        ></faq-chat>`,
      );
      await chat.open();
      expect(chat.intro()?.textContent).to.contain("Harbor Light Wellness");
      await chat.ask("what is ketamine");
      expect(chat.lastReplyText()).to.contain("Harbor Light Wellness");
      expect(chat.contactFooter?.textContent).to.contain(
        "Talk with Harbor Light Wellness",
      );
      const hrefs = chat
        .links(chat.contactFooter as Element)
        .map((link) => link.href);
      expect(hrefs).to.deep.equal([
        "tel:+15550100123",
        "https://harbor.example/book",
      ]);
    });

    it("never links an unsafe contact URL", async () => {
      const chat = await createChat(
        html`<faq-chat
          knowledge-src=${knowledgeUrl}
          contact-url="javascript:alert(1)"
        ></faq-chat>`,
      );
      await chat.open();
      await chat.ask("what is ketamine");
      expect(
        chat
          .links(chat.panel)
          .some((link) => link.href.startsWith("javascript:")),
      ).to.equal(false);
    });

    it("the strings property overrides any visible text", async () => {
      const chat = await createChat();
      chat.element.strings = {
        launcher: "Questions?",
        greeting: "Welcome to {clinic}!",
        send: "Go",
      };
      await chat.element.updateComplete;
      expect(chat.launcherText).to.equal("Questions?");
      await chat.open();
      expect(chat.intro()?.textContent).to.contain(
        "Welcome to Fixture Clinic!",
      );
      expect(
        chat.element.shadowRoot?.querySelector('[part="send-button"]')
          ?.textContent,
      ).to.equal("Go");
    });

    it("carries session-recorder opt-outs on the message field and the transcript", async () => {
      const chat = await createChat();
      await chat.open();
      for (const element of [
        chat.input as HTMLElement,
        chat.log as HTMLElement,
      ]) {
        expect(element.classList.contains("fs-exclude")).to.equal(true);
        expect(element.classList.contains("ph-no-capture")).to.equal(true);
        expect(element.classList.contains("rr-block")).to.equal(true);
        expect(element.hasAttribute("data-hj-suppress")).to.equal(true);
        expect(element.hasAttribute("data-private")).to.equal(true);
        expect(element.getAttribute("data-clarity-mask")).to.equal("true");
      }
      expect(chat.input?.getAttribute("autocomplete")).to.equal("off");
    });
  });

  describe("when the knowledge cannot be used", () => {
    for (const [name, url, reason] of [
      ["is missing (404)", "/test/fixtures/does-not-exist.json", "http"],
      ["is not JSON", "data:application/json,%7Bnot json", "invalid-json"],
      [
        "is not a knowledge file",
        "data:application/json,%7B%22format%22%3A%22other%22%7D",
        "wrong-format",
      ],
    ] as const) {
      it(`the panel still opens with a friendly message, the clinic's contact and a faq-error event when it ${name}, and every reply carries 988`, async () => {
        const errors: unknown[] = [];
        const record = (event: Event) =>
          errors.push((event as CustomEvent).detail);
        document.addEventListener("faq-error", record);
        try {
          const chat = await createChat(
            html`<faq-chat
              knowledge-src=${url}
              clinic-name="Harbor Light Wellness"
              contact-phone="+1 555 010 0123"
              contact-url="/contact"
            ></faq-chat>`,
          );
          await chat.open();
          expect(chat.intro()?.textContent).to.contain("couldn't be loaded");
          expect(
            chat.links(chat.contactFooter as Element).map((link) => link.href),
          ).to.deep.equal([
            "tel:+15550100123",
            new URL("/contact", location.href).href,
          ]);
          expect(errors).to.deep.equal([{ reason }]);
          const reply = await chat.ask("what is ketamine");
          expect(chat.lastReplyText()).to.contain("couldn't be loaded");
          // Nothing reads the message without the knowledge: the gentle 988 line is always there.
          expect(chat.links(reply).map((link) => link.href)).to.include(
            "tel:988",
          );
          await chat.animationsFinished();
          await expect(chat.element).to.be.accessible();
        } finally {
          document.removeEventListener("faq-error", record);
        }
      });
    }
  });
});
