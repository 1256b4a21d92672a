import { expect } from "@open-wc/testing";
import type { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";
import { openPage, type OpenedPage } from "./frames.js";
import {
  isOtherHost,
  startRecordingRequests,
  takeRecordedRequests,
} from "./watch.js";

// A visitor asks ten questions containing a marker while everything the page
// could observe is recorded: requests (DevTools protocol, Resource Timing, and
// fetch/XHR/beacon/WebSocket wrappers), cookies, storage writes, console
// output and the widget's events. The built widget runs on
// pages/privacy.html, which has no CSP, so a leak would not be blocked but seen.

const marker = `zqmarker${Math.random().toString(36).slice(2, 10)}`;
const questions = [
  `what is ketamine ${marker}`,
  `how long does a session take ${marker}`,
  `${marker} is ketamine safe`,
  `can ketamine help my anxiety ${marker}`,
  `what are the side effects ${marker}`,
  `${marker} how much does it cost`,
  `do I need a referral ${marker}`,
  `what happens after a session ${marker}`,
  `my name is ${marker} and I feel anxious`,
  `${marker}`,
];

/** The widget's own files, the knowledge, and the page itself; the dev server's reload socket is test infrastructure. */
const allowedPath =
  /^\/(dist\/faq-chat(-[\w-]+)?\.js|dist\/knowledge\.json|test\/security\/pages\/(privacy\.html|recorder\.js)|__web-dev-server__web-socket\.js)$/;

let page: OpenedPage;
let chat: FaqChatHarness;
let requestsAfterOne = 0;
const networkRequests: string[] = [];

const requestCount = () => page.log.resources.length + page.log.requests.length;

describe("privacy: what a visitor types stays in the page", () => {
  before(async () => {
    sessionStorage.clear();
    // The page under test is an iframe; the runner's own frame may load test modules meanwhile.
    await startRecordingRequests({ framesOnly: true });
    await takeRecordedRequests();
    page = await openPage("privacy.html");
    chat = new FaqChatHarness((await page.elements())[0] as FaqChat);
    await chat.open();
    await chat.ask(questions[0] as string);
    requestsAfterOne = requestCount();
    for (const question of questions.slice(1)) await chat.ask(question);
    networkRequests.push(...(await takeRecordedRequests()));
  });

  after(() => page.close());

  it("the visitor's ten questions are in the conversation (the marker is where it should be)", () => {
    expect(chat.visitorMessages()).to.deep.equal(questions);
    expect(chat.element.shadowRoot?.textContent).to.contain(marker);
  });

  it("fetches only the page, the widget's own files and the knowledge JSON, all from the page's origin", () => {
    const all = [
      ...networkRequests,
      ...page.log.resources,
      ...page.log.requests.map((request) => request.url),
    ];
    expect(all.filter((url) => isOtherHost(url))).to.deep.equal([]);
    const paths = all
      .filter((url) => /^https?:/.test(url))
      .map((url) => new URL(url).pathname);
    expect(paths.filter((path) => !allowedPath.test(path))).to.deep.equal([]);
    expect(paths).to.include.members([
      "/dist/faq-chat.js",
      "/dist/knowledge.json",
    ]);
    expect(
      page.log.requests.map(
        (request) => `${request.via} ${new URL(request.url).pathname}`,
      ),
    ).to.deep.equal(["fetch /dist/knowledge.json"]);
  });

  it("the number of requests does not grow with the number of questions", () => {
    expect(requestCount()).to.equal(requestsAfterOne);
  });

  it("the marker is in no request URL or body", () => {
    const sent = [
      ...networkRequests,
      ...page.log.resources,
      ...page.log.requests.map((r) => `${r.url} ${r.body}`),
    ];
    expect(sent.filter((text) => text.includes(marker))).to.deep.equal([]);
  });

  it("sets no cookie and writes nothing to localStorage; the transcript goes to sessionStorage only", async () => {
    expect(page.log.cookieWrites).to.deep.equal([]);
    expect(page.document.cookie).to.equal("");
    expect(page.window.localStorage.length).to.equal(0);
    const writes = page.log.storageWrites;
    expect(writes.filter((write) => write.storage !== "session")).to.deep.equal(
      [],
    );
    expect(writes.length).to.be.greaterThan(0);
    expect(
      JSON.stringify(Object.entries(page.window.sessionStorage)),
    ).to.contain(marker);
    expect(await page.window.indexedDB.databases()).to.deep.equal([]);
    expect(await page.window.caches.keys()).to.deep.equal([]);
  });

  it("the marker is nowhere else: not in the console, events, URL, title, history, window name or the page's light DOM", () => {
    expect(page.log.console).to.deep.equal([]);
    expect(
      page.log.events.filter((event) => event.detail.includes(marker)),
    ).to.deep.equal([]);
    expect(
      page.log.events.filter((event) => event.type === "faq-answer"),
    ).to.have.length(10);
    const elsewhere = {
      url: page.window.location.href,
      title: page.document.title,
      history: JSON.stringify(page.window.history.state),
      name: page.window.name,
      lightDom: page.document.documentElement.outerHTML,
      attributes: [...page.document.querySelectorAll("faq-chat")]
        .map((el) => el.outerHTML)
        .join(),
    };
    expect(
      Object.entries(elsewhere).filter(([, text]) => text.includes(marker)),
    ).to.deep.equal([]);
    expect(page.log.errors).to.deep.equal([]);
  });

  it("the message field and the transcript carry autocomplete=off and the opt-outs session recorders honour", () => {
    const input = chat.input as HTMLInputElement;
    expect(input.getAttribute("autocomplete")).to.equal("off");
    for (const element of [input, chat.log as HTMLElement]) {
      for (const className of [
        "fs-exclude",
        "ph-no-capture",
        "rr-block",
        "sentry-mask",
      ])
        expect(element.classList.contains(className), className).to.equal(true);
      for (const attribute of [
        "data-hj-suppress",
        "data-private",
        "data-heap-redact-text",
      ])
        expect(element.hasAttribute(attribute), attribute).to.equal(true);
      expect(element.getAttribute("data-clarity-mask")).to.equal("true");
      expect(element.getAttribute("data-dd-privacy")).to.equal("mask");
    }
  });
});
