/**
 * The conversation inside `<faq-chat>`'s panel, loaded on demand with
 * `import()`: the engine, the sanitizer, the transcript and the templates all
 * live behind this module, so the host page pays for them only once a visitor
 * shows interest.
 * @module
 */
import { adoptStyles, type ReactiveElement } from "@lit/reactive-element";
import { render } from "lit-html";
import { createEngine } from "../engine/index.js";
import type {
  Answer,
  CompiledKnowledge,
  Engine,
  Handoff,
} from "../engine/types.js";
import { FaqAnswerEvent, FaqErrorEvent, FaqHandoffEvent } from "./events.js";
import type { FaqChat } from "./faq-chat.js";
import { KnowledgeController } from "./knowledge-controller.js";
import { panelStyles } from "./panel.styles.js";
import { renderAnswer } from "./sanitize.js";
import {
  pickStarterQuestions,
  type StarterGroup,
} from "./starter-questions.js";
import { formatString, resolveStrings, type FaqStrings } from "./strings.js";
import type { TemplateContext } from "./templates/context.js";
import type { ExchangeView } from "./templates/message.js";
import { panelTemplate } from "./templates/panel.js";
import { TranscriptStore, transcriptLimits } from "./transcript-store.js";

/** Limits and timings of the conversation. */
export const conversationLimits = Object.freeze({
  /** Longer visitor messages are cut to this many characters, with a visible notice. */
  maxQuestionChars: 500,
  /** How long the typing indicator shows, at most; none when the visitor prefers reduced motion. */
  typingMs: 250,
});

/**
 * One element's conversation: it owns the knowledge controller, the engine,
 * the transcript and the panel's rendering. The element calls `render()` from
 * its `updated()`; the conversation asks for updates with `requestUpdate()`,
 * as a reactive controller would.
 */
export class Conversation {
  private readonly knowledge: KnowledgeController;
  private exchanges: ExchangeView[] = [];
  private url = "";
  private store = new TranscriptStore("");
  private isRestored = false;
  private hasRendered = false;
  private isScrollPending = false;
  private hasReportedTrustedTypes = false;
  private engineCache: { engine: Engine; key: unknown[] } | undefined;
  private startersCache:
    { knowledge: CompiledKnowledge; groups: StarterGroup[] } | undefined;

  constructor(
    private readonly host: FaqChat,
    private readonly panel: HTMLElement,
    private readonly close: () => void,
  ) {
    this.knowledge = new KnowledgeController(host);
    this.syncKnowledgeUrl();
  }

  /** Renders the panel from the current state. Called by the element on every update. */
  render(): void {
    this.syncKnowledgeUrl();
    this.restore();
    if (!this.hasRendered) {
      // The element renders only once connected, so its shadow root exists by now.
      adoptStyles(this.host.shadowRoot as ShadowRoot, [
        ...(this.host.constructor as typeof ReactiveElement).elementStyles,
        panelStyles,
      ]);
      this.panel.replaceChildren();
      this.hasRendered = true;
    }
    const strings = resolveStrings(this.host.strings);
    const knowledge = this.knowledge.knowledge;
    const starters = this.starters(knowledge);
    const view = {
      status: this.knowledge.status,
      exchanges: this.exchanges,
      starters,
      fallbackStarters: starters.map((group) => group.entries[0]).slice(0, 3),
      pageHandoff: this.pageHandoff(strings),
      isInline: this.host.mode === "inline",
      maxQuestionChars: conversationLimits.maxQuestionChars,
    };
    const actions = {
      close: this.close,
      clear: () => this.clear(),
      submit: (text: string) => void this.ask(text, true),
    };
    render(panelTemplate(view, this.context(strings), actions), this.panel);
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
    const characters = [...text];
    const exchange: ExchangeView = {
      question: characters
        .slice(0, conversationLimits.maxQuestionChars)
        .join(""),
      wasTrimmed: characters.length > conversationLimits.maxQuestionChars,
      answer: undefined,
      isUnavailable: false,
      body: undefined,
    };
    this.exchanges = [...this.exchanges, exchange].slice(
      -transcriptLimits.maxExchanges,
    );
    this.isScrollPending = true;
    this.host.requestUpdate();
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
    this.isScrollPending = true;
    this.host.requestUpdate();
    if (isFromVisitor) this.host.dispatchEvent(new FaqAnswerEvent(answer));
    return answer;
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
    const restored = this.store.read().map((stored) => {
      const exchange: ExchangeView = {
        question: stored.question,
        wasTrimmed: false,
        answer: undefined,
        isUnavailable: false,
        body: undefined,
      };
      this.complete(exchange, this.answer(engine, stored.question), false);
      return exchange;
    });
    if (restored.length) this.isScrollPending = true;
    this.exchanges = [...restored, ...this.exchanges].slice(
      -transcriptLimits.maxExchanges,
    );
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
    return {
      question,
      kind: "fallback",
      id: null,
      score: 0,
      suggestions: [],
      title: null,
      markdown: null,
      html: null,
      related: [],
      sources: [],
      intent: null,
      crisis: null,
      handoff: this.pageHandoff(resolveStrings(this.host.strings)),
      truncated: false,
    };
  }

  // The engine for the current knowledge and contact attributes; rebuilt when either changes.
  private engine(): Engine | undefined {
    const knowledge = this.knowledge.knowledge;
    if (!knowledge) return undefined;
    const { clinicName, contactPhone, contactUrl } = this.host;
    const key = [knowledge, clinicName, contactPhone, contactUrl];
    if (
      !this.engineCache ||
      key.some((value, index) => value !== this.engineCache?.key[index])
    ) {
      this.engineCache = {
        engine: createEngine(knowledge, {
          name: clinicName,
          phone: contactPhone,
          contactUrl,
        }),
        key,
      };
    }
    return this.engineCache.engine;
  }

  private starters(knowledge: CompiledKnowledge | undefined): StarterGroup[] {
    if (!knowledge) return [];
    if (this.startersCache?.knowledge !== knowledge) {
      this.startersCache = {
        knowledge,
        groups: pickStarterQuestions(knowledge),
      };
    }
    return this.startersCache.groups;
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
