/**
 * The conversation inside `<faq-chat>`'s panel, loaded on demand with
 * `import()`: the engine, the sanitizer, the transcript and the templates all
 * live behind this module, so the host page pays for them only once a visitor
 * shows interest.
 * @module
 */
import { render } from "lit-html";
import { createEngine, fallbackAnswer } from "../engine/index.js";
import type { Answer, Engine, Handoff } from "../engine/types.js";
import { toStyleSheet } from "./css.js";
import { FaqAnswerEvent, FaqErrorEvent, FaqHandoffEvent } from "./events.js";
import type { FaqChat } from "./faq-chat.js";
import { KnowledgeController } from "./knowledge-controller.js";
import { panelStyles } from "./panel.styles.js";
import { renderAnswer } from "./sanitize.js";
import { pickStarterQuestions } from "./starter-questions.js";
import { formatString, resolveStrings, type FaqStrings } from "./strings.js";
import type { TemplateContext } from "./templates/context.js";
import { exchangeTemplate, type ExchangeView } from "./templates/message.js";
import { panelTemplate } from "./templates/panel.js";
import { TranscriptStore, transcriptLimits } from "./transcript-store.js";

/** Limits and timings of the conversation. */
export const conversationLimits = Object.freeze({
  /** Longer visitor messages are shown cut to this many characters, with a visible notice. */
  maxQuestionChars: 500,
  /**
   * How much of a message the engine gets, and the transcript keeps: as far
   * as the engine looks for crisis words, so one at the end of a long message
   * is still seen (also after a reload).
   */
  maxKeptChars: 4000,
  /** How long the typing indicator shows, at most; none when the visitor prefers reduced motion. */
  typingMs: 250,
});

/** A new exchange for what the visitor sent. */
function toExchange(text: string): ExchangeView {
  const { maxQuestionChars, maxKeptChars } = conversationLimits;
  const characters = [...text];
  return {
    question: characters.slice(0, maxKeptChars).join(""),
    shownQuestion: characters.slice(0, maxQuestionChars).join(""),
    wasTrimmed: characters.length > maxQuestionChars,
  };
}

// Shared by every element on the page; created when the first conversation loads.
let panelStyleSheet: CSSStyleSheet | undefined;

/**
 * One element's conversation: it owns the knowledge controller, the engine,
 * the transcript and the panel's rendering. The element calls `render()` on
 * every update; the conversation asks for updates with `requestUpdate()`,
 * as a reactive controller would.
 */
export class Conversation {
  private readonly knowledge: KnowledgeController;
  private exchanges: ExchangeView[] = [];
  private url = "";
  private store = new TranscriptStore("");
  private isRestored = false;
  private isScrollPending = false;
  private hasReportedTrustedTypes = false;
  private engineCache: { engine: Engine; key: unknown[] } | undefined;
  // Each exchange renders into its own element in one list that this class
  // keeps, so once the cap is reached, dropping the oldest exchange moves no
  // other message and re-creates none.
  private readonly exchangeList = document.createElement("div");

  constructor(
    private readonly host: FaqChat,
    private readonly panel: HTMLElement,
    private readonly close: () => void,
  ) {
    this.knowledge = new KnowledgeController(host);
    this.exchangeList.className = "exchanges";
    const root = host.shadowRoot as ShadowRoot;
    root.adoptedStyleSheets = [
      ...root.adoptedStyleSheets,
      (panelStyleSheet ??= toStyleSheet(panelStyles)),
    ];
    // The shell's "Loading…" line gives way to the rendered panel.
    panel.replaceChildren();
    this.syncKnowledgeUrl();
  }

  /** Renders the panel from the current state. Called by the element on every update. */
  render(): void {
    this.syncKnowledgeUrl();
    this.restore();
    const strings = resolveStrings(this.host.strings);
    const knowledge = this.knowledge.knowledge;
    const starters = knowledge ? pickStarterQuestions(knowledge) : [];
    // A few starters are offered again after a fallback reply.
    const fallbackStarters = starters
      .map((group) => group.entries[0])
      .slice(0, 3);
    const context = this.context(strings);
    const elements = this.exchanges.map((exchange) => {
      const element = (exchange.element ??= document.createElement("div"));
      element.className = "exchange";
      render(
        exchangeTemplate(
          exchange,
          context,
          conversationLimits.maxQuestionChars,
          fallbackStarters,
        ),
        element,
      );
      return element;
    });
    // Only what changed moves: the oldest leave, the newest are added.
    const list = this.exchangeList;
    for (const child of [...list.children])
      if (!elements.includes(child as HTMLElement)) child.remove();
    elements.forEach((element, index) => {
      const current = list.children[index] ?? null;
      if (current !== element) list.insertBefore(element, current);
    });
    const view = {
      status: this.knowledge.status,
      exchanges: list,
      starters,
      pageHandoff: this.pageHandoff(strings),
      isInline: this.host.mode === "inline",
    };
    const actions = {
      close: this.close,
      clear: () => this.clear(),
      submit: (text: string) => void this.ask(text, true),
    };
    render(panelTemplate(view, context, actions), this.panel);
    if (this.isScrollPending) {
      this.isScrollPending = false;
      this.scrollToLatest();
    }
  }

  /** Moves focus to the message field. */
  focusInput(): void {
    this.panel.querySelector("input")?.focus();
  }

  /**
   * Asks one question: it appears at once, the reply after the knowledge is
   * ready (and a short typing indicator, for the visitor's own questions).
   * `isFromVisitor` decides whether `faq-answer` fires. Never rejects.
   */
  async ask(text: string, isFromVisitor: boolean): Promise<Answer> {
    const started = performance.now();
    const exchange = toExchange(text);
    this.show([...this.exchanges, exchange]);
    await this.knowledge.load(this.url);
    this.restore();
    const engine = this.engine();
    const answer = engine
      ? this.answer(engine, exchange.question)
      : this.unavailableAnswer(exchange.question);
    const wait = conversationLimits.typingMs - (performance.now() - started);
    if (
      isFromVisitor &&
      wait > 0 &&
      !matchMedia("(prefers-reduced-motion: reduce)").matches
    ) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    this.complete(exchange, answer, !engine);
    this.save();
    this.show(this.exchanges);
    if (isFromVisitor) this.host.dispatchEvent(new FaqAnswerEvent(answer));
    return answer;
  }

  // Keeps the latest exchanges and scrolls to the newest once rendered.
  private show(exchanges: ExchangeView[]): void {
    this.exchanges = exchanges.slice(-transcriptLimits.maxExchanges);
    this.isScrollPending = true;
    this.host.requestUpdate();
  }

  private clear(): void {
    this.exchanges = [];
    this.store.clear();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusInput());
  }

  // A new knowledge URL means a different conversation: load it and its own transcript.
  private syncKnowledgeUrl(): void {
    const url = this.host.knowledgeUrl;
    if (url === this.url) return;
    this.url = url;
    this.store = new TranscriptStore(url);
    this.exchanges = [];
    this.isRestored = false;
    void this.knowledge.load(url);
  }

  // Brings back this session's earlier questions, re-asking the engine for their replies.
  private restore(): void {
    const engine = this.engine();
    if (this.isRestored || !engine) return;
    this.isRestored = true;
    const restored = this.store.read().map(({ question }) => {
      const exchange = toExchange(question);
      this.complete(exchange, this.answer(engine, exchange.question), false);
      return exchange;
    });
    if (restored.length) this.show([...restored, ...this.exchanges]);
  }

  // Only a conversation that was restored is saved, so an outage never overwrites it.
  private save(): void {
    if (!this.isRestored) return;
    this.store.write(
      this.exchanges.flatMap(({ question, answer }) =>
        answer ? [{ question, kind: answer.kind, id: answer.id }] : [],
      ),
    );
  }

  private complete(
    exchange: ExchangeView,
    answer: Answer,
    isUnavailable: boolean,
  ): void {
    exchange.answer = answer;
    exchange.isUnavailable = isUnavailable;
    if (answer.kind === "answer" && answer.markdown !== null) {
      const rendered = renderAnswer(answer.html, answer.markdown);
      if (rendered.isBlockedByTrustedTypes && !this.hasReportedTrustedTypes) {
        this.hasReportedTrustedTypes = true;
        this.host.dispatchEvent(new FaqErrorEvent("trusted-types"));
      }
      // A wrapper element, not the bare fragment: the node must survive being moved between list positions.
      const body = document.createElement("div");
      body.className = "answer-body";
      body.append(rendered.fragment);
      exchange.body = body;
    }
  }

  private answer(engine: Engine, question: string): Answer {
    try {
      return engine.ask(question);
    } catch {
      // The engine promises never to throw; if it ever did, the visitor would still get the handoff.
      return this.unavailableAnswer(question);
    }
  }

  private unavailableAnswer(question: string): Answer {
    return fallbackAnswer(question, this.pageHandoff(resolveStrings(this.host.strings)));
  }

  // The engine for the current knowledge and contact attributes; rebuilt when either changes.
  private engine(): Engine | undefined {
    const knowledge = this.knowledge.knowledge;
    if (!knowledge) return undefined;
    const { clinicName, contactPhone, contactUrl } = this.host;
    const key = [knowledge, clinicName, contactPhone, contactUrl];
    if (key.some((value, index) => value !== this.engineCache?.key[index])) {
      this.engineCache = {
        engine: createEngine(knowledge, {
          name: clinicName,
          phone: contactPhone,
          contactUrl,
        }),
        key,
      };
    }
    return this.engineCache?.engine;
  }

  private clinicName(strings: FaqStrings): string {
    return (
      this.host.clinicName ||
      this.knowledge.knowledge?.settings.name ||
      strings.defaultClinicName
    );
  }

  // The contact details from the page's attributes (and the knowledge, when it loaded).
  private pageHandoff(strings: FaqStrings): Handoff {
    const settings = this.knowledge.knowledge?.settings;
    const clinicName = this.clinicName(strings);
    return {
      text: formatString(strings.unavailableHandoff, { clinic: clinicName }),
      clinicName,
      phone: this.host.contactPhone || settings?.phone || "",
      contactUrl: this.host.contactUrl || settings?.contactUrl || "",
    };
  }

  private context(strings: FaqStrings): TemplateContext {
    return {
      strings,
      clinic: this.clinicName(strings),
      entry: (id) => this.engine()?.entry(id),
      ask: (question) => void this.ask(question, true),
      handoff: (channel) =>
        this.host.dispatchEvent(new FaqHandoffEvent(channel)),
    };
  }

  // Brings the latest question to the top of the log, so a long reply is read from its start.
  private scrollToLatest(): void {
    const log = this.panel.querySelector(".log") as HTMLElement | null;
    const questions = log?.querySelectorAll<HTMLElement>(".visitor");
    const latest = questions?.[questions.length - 1];
    if (log && latest) log.scrollTop = latest.offsetTop - 8;
  }
}
