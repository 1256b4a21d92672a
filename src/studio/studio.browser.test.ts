import { expect } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { FaqStudio } from "./page/faq-studio.js";
import "./page/studio-page.js";
import { changedLines } from "./testing/changed-lines.js";

// The studio runs on a temporary copy of knowledge/ (src/studio/testing/studio-test-routes.mjs),
// mounted on the test server's own origin, as `faq studio` serves its page.
const setup = (await (
  await fetch("/studio-test/setup", { method: "POST" })
).json()) as { base: string; token: string };

const chat = document.createElement("faq-chat");
chat.slot = "try";
chat.setAttribute("mode", "inline");
chat.setAttribute(
  "knowledge-src",
  `${setup.base}/api/knowledge.json?token=${setup.token}&v=0`,
);
const studio = document.createElement("faq-studio") as FaqStudio;
studio.token = setup.token;
studio.apiBase = setup.base;
studio.append(chat);
document.body.append(studio);
// The real widget, defined by its own embed script; it finds the page's <faq-chat> and adds no launcher.
await import("../embed.js");

const errors: string[] = [];
window.addEventListener("error", (event) => errors.push(event.message));

const root = () => studio.shadowRoot!;
const $ = <T extends Element = HTMLElement>(selector: string) =>
  root().querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [
  ...root().querySelectorAll<T>(selector),
];
const buttonNamed = (name: string) =>
  $$<HTMLButtonElement>("button").find(
    (button) => button.textContent?.trim() === name,
  );
/** Waits until `check` returns something truthy (the studio checks and saves over HTTP). */
async function until<T>(
  check: () => T,
  what: string,
  timeout = 30_000,
): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout)
      throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
/** Types into a field as a person does: the field gets the text and an input event. */
function typeInto(
  field: HTMLInputElement | HTMLTextAreaElement,
  text: string,
): void {
  field.value = text;
  field.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
}
/** Waits until the try-it widget reads the knowledge as it is on disk now (the studio swaps in a fresh one after each change). */
async function widgetIsCurrent(): Promise<void> {
  for (;;) {
    await studio.ready;
    const state = (await (
      await fetch(`${setup.base}/api/state`, {
        headers: { "x-studio-token": setup.token },
      })
    ).json()) as { version: number };
    if (
      studio
        .querySelector("faq-chat")
        ?.getAttribute("knowledge-src")
        ?.endsWith(`&v=${state.version}`)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const fileOnDisk = async (path: string) =>
  (await (
    await fetch(`${setup.base}/file?path=${encodeURIComponent(path)}`)
  ).json()) as { before: string; after: string };

describe("faq studio in the browser", function (this: {
  timeout(ms: number): void;
}) {
  // Each step waits on the studio's own checks over HTTP; on a busy machine `faq check` alone takes seconds.
  this.timeout(120_000);
  before(async () => {
    await studio.ready;
  });
  afterEach(() => {
    expect(errors).to.deep.equal([]);
  });

  it("lists every entry under its topic", () => {
    const topics = $$("nav h2").map((heading) => heading.textContent?.trim());
    expect(topics).to.deep.equal(["anxiety", "clinic", "ketamine", "sessions"]);
    expect($$("nav li button").length).to.equal(55);
  });

  it("is accessible: zero axe violations on the list, an entry and the form", async () => {
    await expect(studio).to.be.accessible();
    $<HTMLButtonElement>('button[data-id="session-length"]')!.click();
    await studio.updateComplete;
    await expect(studio).to.be.accessible();
    buttonNamed("Edit")!.click();
    await studio.updateComplete;
    await expect(studio).to.be.accessible();
    buttonNamed("Cancel")!.click();
    await studio.updateComplete;
  });

  it("search finds an entry by one of its phrasings, first", async () => {
    typeInto(
      $<HTMLInputElement>("#search")!,
      "ketamine session into my lunch break",
    );
    await studio.updateComplete;
    expect($$("nav li button")[0]?.dataset.id).to.equal("session-length");
    typeInto($<HTMLInputElement>("#search")!, "");
    await studio.updateComplete;
  });

  it("shows an entry: its answer as visitors see it, phrasings, related entries and sources", async () => {
    $<HTMLButtonElement>('button[data-id="session-length"]')!.click();
    await studio.updateComplete;
    expect($("main h2")?.textContent).to.equal(
      "How long does a ketamine infusion session take?",
    );
    expect($("main .answer strong")?.textContent).to.equal("Before");
    // As many as the file lists: the phrasings block of its front matter.
    const { before } = await fileOnDisk("sessions/session-length.md");
    const lines = before.split("\n");
    const start = lines.indexOf("phrasings:") + 1;
    const listed = lines
      .slice(start)
      .findIndex((line) => !line.startsWith("  - "));
    expect(listed).to.be.greaterThan(40);
    expect($$("main .phrasings li").length).to.equal(listed);
    expect($("main")?.textContent).to.contain(
      "What happens during a ketamine infusion session?",
    );
  });

  it("can be used by keyboard: search, pick a result, land on its heading", async () => {
    $<HTMLInputElement>("#search")!.focus();
    await sendKeys({ type: "panic attacks" });
    await studio.updateComplete;
    await sendKeys({ press: "Tab" });
    await sendKeys({ press: "Tab" });
    expect(root().activeElement?.getAttribute("data-id")).to.equal(
      $$("nav li button")[0]?.dataset.id,
    );
    await sendKeys({ press: "Enter" });
    await studio.updateComplete;
    expect(root().activeElement?.tagName).to.equal("H2");
    expect(root().activeElement?.textContent).to.equal(
      $("main h2")?.textContent,
    );
    typeInto($<HTMLInputElement>("#search")!, "");
    await studio.updateComplete;
  });

  it("shows a problem beside the answer with its line as it is typed, and takes it away when fixed", async () => {
    $<HTMLButtonElement>('button[data-id="session-length"]')!.click();
    await studio.updateComplete;
    buttonNamed("Edit")!.click();
    await studio.updateComplete;
    const answer = $<HTMLTextAreaElement>("#field-answer")!;
    const original = answer.value;
    typeInto(answer, `${original}\n\n<b>Call us</b> to book.`);
    const problem = await until(
      () => $("#problems-answer li"),
      "the raw HTML problem",
    );
    expect(problem.textContent).to.match(
      /Line \d+: The answer contains HTML \(<b>/,
    );
    const line = Number(problem.dataset.line);
    const { after } = await fileOnDisk("sessions/session-length.md");
    expect(line).to.be.greaterThan(after.split("\n").indexOf("---", 1) + 1);
    expect(answer.getAttribute("aria-describedby")).to.equal("problems-answer");
    typeInto(answer, `${original}\n\n**Call us** to book.`);
    await until(
      () =>
        !$("#problems-answer") &&
        $("main .status")?.textContent?.trim() ===
          "No problems: this entry is ready to publish.",
      "the problem to go",
    );
    expect($$("main .preview strong").pop()?.textContent).to.equal("Call us");
  });

  it("moves a phrasing by keyboard, and focus follows it", async () => {
    const second = $<HTMLInputElement>("#phrasing-1")!.value;
    $<HTMLButtonElement>('[data-move="up-1"]')!.focus();
    await sendKeys({ press: "Enter" });
    await until(
      () => $<HTMLInputElement>("#phrasing-0")?.value === second,
      "the phrasing to move up",
    );
    await until(
      () => root().activeElement?.id === "phrasing-0",
      "focus to follow it (its up button is now disabled)",
    );
    $<HTMLButtonElement>('[data-move="down-0"]')!.focus();
    await sendKeys({ press: "Enter" });
    await until(
      () => $<HTMLInputElement>("#phrasing-1")?.value === second,
      "the phrasing to move back",
    );
    await until(
      () => root().activeElement?.getAttribute("data-move") === "down-1",
      "focus to follow it",
    );
  });

  it("saves an edited phrasing and answer, and the file on disk differs only there", async () => {
    const phrasing = $<HTMLInputElement>("#phrasing-2")!;
    expect(phrasing.value).to.equal("length of a ketamine appointment");
    typeInto(phrasing, "how long is a ketamine appointment");
    await studio.updateComplete;
    buttonNamed("Save")!.click();
    await until(
      () => $(".message.good")?.textContent?.startsWith("Saved"),
      "the save",
    );
    const { before, after } = await fileOnDisk("sessions/session-length.md");
    expect(changedLines(before, after)).to.deep.equal({
      removed: ["  - length of a ketamine appointment"],
      added: ["  - how long is a ketamine appointment", "**Call us** to book."],
    });
    expect(
      after.startsWith(before.split("\n").slice(0, 2).join("\n")),
    ).to.equal(true);
  });

  it("picks up an entry edited in a text editor, without a reload", async () => {
    const { after } = await fileOnDisk("anxiety/ocd.md");
    await fetch(`${setup.base}/file?path=anxiety/ocd.md`, {
      method: "PUT",
      body: after.replace(
        /^question: .*$/m,
        "question: What is OCD (edited elsewhere)?",
      ),
    });
    await until(
      () =>
        $('button[data-id="ocd"]')?.textContent?.includes("edited elsewhere"),
      "the outside edit to show",
    );
  });

  it("answers a question in the real widget and explains why", async () => {
    await widgetIsCurrent();
    const field = $<HTMLInputElement>("#try-question")!;
    field.value = "how long does an infusion take";
    $<HTMLFormElement>("aside form")!.requestSubmit();
    const why = await until(() => $(".why"), "the why view");
    expect(why.querySelector(".kind")?.textContent)
      .to.contain("answer")
      .and.to.contain("session-length");
    expect(why.querySelector(".candidates li")?.textContent).to.contain(
      "session-length",
    );
    expect(
      [...why.querySelectorAll(".words strong")].map(
        (word) => word.textContent,
      ),
    ).to.include("infusion");
    // The studio swaps in a fresh widget whenever the knowledge changes: read the one on the page now.
    const reply = await until(
      () =>
        studio
          .querySelector("faq-chat")
          ?.shadowRoot?.textContent?.includes(
            "How long does a ketamine infusion session take?",
          ),
      "the widget reply",
    );
    expect(reply).to.equal(true);
  });

  it("explains a question typed into the widget itself", async () => {
    await widgetIsCurrent();
    const widget = studio.querySelector("faq-chat") as HTMLElement & {
      show(): Promise<void>;
    };
    await widget.show();
    const field = await until(
      () =>
        widget.shadowRoot?.querySelector<HTMLInputElement>('[part~="input"]'),
      "the widget's message field",
    );
    field.focus();
    await sendKeys({ type: "is ketamine safe" });
    await sendKeys({ press: "Enter" });
    const why = await until(
      () =>
        $$(".why").find((section) =>
          section
            .querySelector("h3")
            ?.textContent?.includes("is ketamine safe"),
        ),
      "the why of the typed question",
    );
    expect(why.querySelector(".kind")?.textContent).to.match(/answer|suggest/);
  });

  it("edits the clinic settings: an emptied name is a problem on its line until it is filled, then one line changes", async () => {
    buttonNamed("Clinic settings")!.click();
    await studio.updateComplete;
    await expect(studio).to.be.accessible();
    const name = $<HTMLInputElement>("#settings-name")!;
    typeInto(name, "");
    const problem = await until(
      () => $("#problems-name li"),
      "the missing name problem",
    );
    expect(problem.textContent).to.contain(
      '"name" is missing or empty in the clinic settings.',
    );
    expect(problem.dataset.line).to.equal("6");
    typeInto(name, "Harbor Light Wellness");
    await until(() => !$("#problems-name"), "the problem to go");
    buttonNamed("Save")!.click();
    await until(
      () => $(".message.good")?.textContent?.startsWith("Saved"),
      "the save",
    );
    const { before, after } = await fileOnDisk("clinic.yaml");
    expect(changedLines(before, after)).to.deep.equal({
      removed: ["name: Your clinic"],
      added: ["name: Harbor Light Wellness"],
    });
  });

  it("refuses to delete an entry others link to, and asks before deleting one nobody links to", async () => {
    $<HTMLButtonElement>('button[data-id="during-a-session"]')!.click();
    await studio.updateComplete;
    buttonNamed("Delete")!.click();
    await studio.updateComplete;
    expect($(".message")?.textContent).to.contain(
      "Other entries link to this one",
    );
    expect($("dialog")).to.equal(null);

    $<HTMLButtonElement>('button[data-id="specific-phobias"]')!.click();
    await studio.updateComplete;
    buttonNamed("Delete")!.click();
    const dialog = await until(
      () => $<HTMLDialogElement>("dialog[open]"),
      "the question before deleting",
    );
    expect(dialog.textContent).to.contain(
      'Delete "What is a specific phobia?"',
    );
    expect(root().activeElement?.textContent?.trim()).to.equal("Keep it");
    await expect(studio).to.be.accessible();
    buttonNamed("Keep it")!.click();
    await studio.updateComplete;
    expect($("dialog")).to.equal(null);
    expect($('button[data-id="specific-phobias"]')).to.not.equal(null);

    buttonNamed("Delete")!.click();
    await until(() => $("dialog[open]"), "the question before deleting");
    $$<HTMLButtonElement>("dialog button")
      .find((button) => button.textContent?.trim() === "Delete")!
      .click();
    await until(
      () => !$('button[data-id="specific-phobias"]'),
      "the entry to go from the list",
    );
    expect($(".message.good")?.textContent).to.match(
      /^Deleted .*specific-phobias\.md/,
    );
  });

  it("publishes knowledge.json and says where to copy it", async () => {
    buttonNamed("Publish")!.click();
    await until(
      () => $(".message.good")?.textContent?.startsWith("Published"),
      "the publish",
    );
    expect(
      $$(".message.good")
        .map((message) => message.textContent)
        .join(" "),
    ).to.match(/Copy .*knowledge\.json to your website/);
    const published = (await (
      await fetch(`${setup.base}/published`)
    ).json()) as { entries: { id: string; phrasings: string[] }[] };
    expect(
      published.entries.find((entry) => entry.id === "session-length")
        ?.phrasings,
    ).to.include("how long is a ketamine appointment");
  });
});
