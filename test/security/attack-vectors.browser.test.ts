import { expect } from "@open-wc/testing";
import type { KnowledgeEntry } from "../../src/engine/types.js";
import { FaqChat } from "../../src/widget/faq-chat.js";
import { FaqChatHarness } from "../../src/widget/testing/faq-chat-harness.js";
import {
  blobUrl,
  compiledEntry,
  knowledgeWith,
  vectorQuestion,
} from "./knowledge.js";
import { brokenRules, genericRules, missingSubstrings } from "./rules.js";
import {
  dialogs,
  isOtherHost,
  observeResources,
  sleep,
  startRecordingRequests,
  takeRecordedRequests,
  trapDialogs,
  watchErrors,
} from "./watch.js";

// Every hostile answer in test/security/vectors/ goes the real way: markdown →
// marked (as `faq build` does) → a compiled knowledge JSON → `knowledge-src` of
// a real <faq-chat> → the visitor's question → DOMPurify → the shadow root.
// Then the rules of vectors/README.md section 3 are checked on what is shown.

if (!customElements.get("faq-chat")) customElements.define("faq-chat", FaqChat);

interface MarkdownVector {
  id: string;
  category: string;
  input: string;
  must_not: string[];
  must?: string[];
  max_ms?: number;
  note: string;
}
interface DompurifyVector {
  payload: string;
  title?: string;
}
interface Vector {
  name: string;
  markdown: string;
  mustNot: readonly string[];
  must: readonly string[];
  maxMs: number | undefined;
}

const load = async <T>(file: string): Promise<T> =>
  (
    await fetch(new URL(`./vectors/${file}`, import.meta.url))
  ).json() as Promise<T>;
const markdownVectors = await load<MarkdownVector[]>("markdown-vectors.json");
const dompurifyVectors = await load<DompurifyVector[]>("dompurify-expect.json");

const shorten = (text: string) =>
  JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
const vectors: Vector[] = [
  ...markdownVectors.map((v) => ({
    name: `${v.id} (${v.category}) ${shorten(v.input)}`,
    markdown: v.input,
    mustNot: [...genericRules, ...v.must_not],
    must: v.must ?? [],
    maxMs: v.max_ms,
  })),
  ...dompurifyVectors.map((v, index) => ({
    name: `DOMPurify #${index + 1}${v.title ? ` (${v.title.slice(0, 50)})` : ""} ${shorten(v.payload)}`,
    markdown: v.payload,
    mustNot: genericRules,
    must: [],
    maxMs: undefined,
  })),
];

const batchSize = 30;
const errors = watchErrors();
const resources = observeResources();
trapDialogs();

describe("hostile answers, through the real path into <faq-chat>", () => {
  before(async () => {
    await startRecordingRequests();
  });

  it("has all 60 markdown vectors and 223 DOMPurify payloads to test", () => {
    expect(markdownVectors.length).to.equal(60);
    expect(dompurifyVectors.length).to.equal(223);
  });

  it("the dialog trap catches alert, confirm and prompt called from inline handlers (the control)", async () => {
    const button = document.createElement("button");
    button.setAttribute("onclick", "alert('control-click')");
    document.body.append(button);
    button.click();
    // The way an unsanitized answer would arrive: markup in a shadow root.
    const host = document.createElement("div");
    document.body.append(host);
    host.attachShadow({ mode: "open" }).innerHTML =
      `<img src="data:," onerror="confirm('control-onerror')">` +
      `<details open ontoggle="prompt('control-toggle')"><summary>x</summary></details>`;
    const deadline = performance.now() + 3000;
    while (dialogs.length < 3 && performance.now() < deadline) await sleep(20);
    button.remove();
    host.remove();
    expect([...dialogs].sort()).to.deep.equal([
      "alert(control-click)",
      "confirm(control-onerror)",
      "prompt(control-toggle)",
    ]);
    dialogs.length = 0;
  });

  for (let start = 0; start < vectors.length; start += batchSize) {
    const batch = vectors.slice(start, start + batchSize);
    describe(`vectors ${start + 1}–${start + batch.length}, shown as answers`, () => {
      let chat: FaqChatHarness;
      let url: string;
      const compileMs: number[] = [];

      before(async () => {
        const entries: KnowledgeEntry[] = batch.map((vector, offset) => {
          const { entry, compileMs: ms } = compiledEntry(
            start + offset,
            vector.markdown,
          );
          compileMs[offset] = ms;
          return entry;
        });
        url = blobUrl(knowledgeWith(entries));
        const element = document.createElement("faq-chat");
        element.setAttribute("knowledge-src", url);
        document.body.append(element);
        chat = new FaqChatHarness(element);
        await element.show();
        await chat.ready();
        await element.ask("hello"); // builds the engine, so the timings below are the answer's own
      });

      after(() => {
        chat.element.remove();
        URL.revokeObjectURL(url);
        sessionStorage.clear();
      });

      batch.forEach((vector, offset) => {
        it(`${vector.name}: no script, handlers, dangerous schemes or remote loads${vector.must.length ? "; formatting kept" : ""}`, async () => {
          const dialogsBefore = dialogs.length;
          const started = performance.now();
          const answer = await chat.element.ask(vectorQuestion(start + offset));
          await chat.element.updateComplete;
          const elapsed =
            (compileMs[offset] ?? 0) + performance.now() - started;
          expect(answer.kind, "the question reaches its entry").to.equal(
            "answer",
          );
          expect(answer.id).to.equal(`vector-${start + offset}`);
          const body = chat.lastReply().querySelector(".answer-body");
          expect(body, "the answer container is shown").to.not.equal(null);
          expect(brokenRules(body as Element, vector.mustNot)).to.deep.equal(
            [],
          );
          expect(missingSubstrings(body as Element, vector.must)).to.deep.equal(
            [],
          );
          if (vector.maxMs !== undefined)
            expect(elapsed, "compile + sanitize + insert, in ms").to.be.at.most(
              vector.maxMs,
            );
          expect(dialogs.slice(dialogsBefore)).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
        });
      });

      it("afterwards: no dialog, no uncaught error, nothing requested from another host, the conversation still answers", async () => {
        await sleep(150); // handlers that would fire later (onerror, ontoggle, animations)
        expect(
          brokenRules(chat.log as HTMLElement, genericRules),
        ).to.deep.equal([]);
        const again = await chat.element.ask(vectorQuestion(start));
        expect(again.kind).to.equal("answer");
        expect(dialogs).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
        expect(resources.filter((name) => isOtherHost(name))).to.deep.equal([]);
        expect(
          (await takeRecordedRequests()).filter((name) => isOtherHost(name)),
        ).to.deep.equal([]);
      });
    });
  }
});
