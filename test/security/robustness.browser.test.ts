import { expect } from "@open-wc/testing";
import { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";
import { fuzzInputs } from "./fuzz-inputs.js";
import { watchErrors } from "./watch.js";

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

const knowledgeUrl = new URL(
  "/test/fixtures/knowledge-small.json",
  location.href,
).href;
const maxQuestionChars = 500;
const errors = watchErrors();

async function createChat(): Promise<FaqChatHarness> {
  const element = document.createElement("faq-chat");
  element.setAttribute("knowledge-src", knowledgeUrl);
  document.body.append(element);
  const chat = new FaqChatHarness(element);
  await element.show();
  await chat.ready();
  return chat;
}

const visitorMessages = (chat: FaqChatHarness) => [
  ...(chat.element.shadowRoot as ShadowRoot).querySelectorAll<HTMLElement>(
    ".message.visitor",
  ),
];

describe("robustness", () => {
  let chat: FaqChatHarness | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => chat?.element.remove());

  it("300 generated messages through ask(): no error, each shown exactly as typed as text, long ones cut at a word with an ellipsis and a visible notice", async () => {
    const inputs = fuzzInputs(300, 7);
    const failures: string[] = [];
    let slowest = 0;
    for (const [index, input] of inputs.entries()) {
      // A fresh chat every 90 messages: the slowdown past the 100-exchange cap is the next test's business.
      if (index % 90 === 0) {
        chat?.element.remove();
        sessionStorage.clear();
        chat = await createChat();
      }
      const element = (chat as FaqChatHarness).element;
      const started = performance.now();
      const answer = await element.ask(input);
      await element.updateComplete;
      slowest = Math.max(slowest, performance.now() - started);
      const characters = [...input];
      const message = visitorMessages(chat as FaqChatHarness).at(
        -1,
      ) as HTMLElement;
      const notice = message.querySelector(".notice");
      const text = message.querySelector(".visitor-text")?.textContent ?? "";
      // A long message shows its beginning, cut at a word (or, without one, at the limit), then an ellipsis.
      const isShownAsTyped =
        characters.length <= maxQuestionChars
          ? text === input
          : text.endsWith("…") &&
            input.startsWith(text.slice(0, -1)) &&
            [...text].length <= maxQuestionChars + 1 &&
            [...text].length > maxQuestionChars / 2;
      if (!isShownAsTyped) failures.push(`#${index}: not shown as typed`);
      if (
        message.querySelector(
          "img, script, svg, a, b, strong, em, code, blockquote",
        )
      )
        failures.push(`#${index}: the visitor's text became markup`);
      if (
        characters.length > maxQuestionChars &&
        !/500/.test(notice?.textContent ?? "")
      )
        failures.push(
          `#${index}: ${characters.length} characters, but no notice that it was trimmed`,
        );
      if (characters.length <= maxQuestionChars && notice)
        failures.push(`#${index}: a trim notice on a short message`);
      if (!answer.kind) failures.push(`#${index}: no answer`);
    }
    console.log(
      `fuzz through ask(): slowest ask + render ${slowest.toFixed(1)} ms`,
    );
    expect(failures).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(slowest, "slowest ask + render, ms (a hang, not noise)").to.be.below(
      1000,
    );
  });

  it("a 500-exchange conversation stays responsive, does not slow down once it is long, and its DOM and stored transcript stop growing", async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(90_000); // 500 exchanges; at today's speed after the 100-exchange cap, about 40 s
    chat = await createChat();
    const questions = [
      "what is ketamine",
      "how long does a session take",
      "hello",
      "what is the weather on mars",
      "ketamine side effects",
      "I want to die",
    ];
    const root = chat.element.shadowRoot as ShadowRoot;
    const nodesAt: Record<number, number> = {};
    const times: number[] = [];
    for (let exchange = 1; exchange <= 500; exchange++) {
      const started = performance.now();
      await chat.element.ask(
        `${questions[exchange % questions.length]} (${exchange})`,
      );
      await chat.element.updateComplete;
      times.push(performance.now() - started);
      if ([100, 200, 500].includes(exchange))
        nodesAt[exchange] = root.querySelectorAll("*").length;
    }
    const mean = (list: number[]) =>
      list.reduce((a, b) => a + b, 0) / list.length;
    const early = mean(times.slice(50, 100));
    const late = mean(times.slice(400));
    console.log(
      `500 exchanges: mean ${early.toFixed(1)} ms at exchanges 51–100, ${late.toFixed(1)} ms at 401–500, max ${Math.max(...times).toFixed(1)} ms; shadow DOM elements ${JSON.stringify(nodesAt)}`,
    );
    expect(
      late,
      "mean reply time at exchanges 401–500 vs 51–100 (ms)",
    ).to.be.at.most(early * 3);
    const sorted = [...times].sort((a, b) => a - b);
    expect(
      sorted[Math.floor(sorted.length * 0.95)],
      "95th percentile reply time, ms",
    ).to.be.below(150);
    expect(sorted.at(-1), "slowest reply, ms (a hang, not noise)").to.be.below(
      1000,
    );
    expect(
      nodesAt[500],
      "DOM elements after 500 vs after 200 exchanges",
    ).to.be.at.most((nodesAt[200] as number) * 1.05);
    expect(visitorMessages(chat).length).to.be.at.most(100);
    expect(chat.visitorMessages().at(-1)).to.contain("(500)");
    const stored = Object.values(sessionStorage).join("");
    expect(stored.length, "sessionStorage characters").to.be.below(20_000);
    expect(errors).to.deep.equal([]);
  });
});
