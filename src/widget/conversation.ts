/**
 * The conversation inside `<faq-chat>`'s panel, loaded on demand with
 * `import()`: the engine, the sanitizer (both loaded in turn by
 * `build-engine.ts`), the transcript and the templates all
 * live behind this module, so the host page pays for them only once a visitor
 * shows interest.
 * @module
 */
import { html, type ReactiveController } from "lit";
import { guard } from "lit/directives/guard.js";
import { repeat } from "lit/directives/repeat.js";
import { crisisFloor, DEFAULT_CRISIS } from "../engine/crisis-floor.js";
import { DEFAULTS } from "../engine/defaults.js";
import { usablePhone } from "../engine/phone-number.js";
import {
  finishInSlices,
  PAUSE_NOW,
  type SliceBreak,
} from "../engine/finish-in-slices.js";
import { fallbackAnswer } from "../engine/fallback-answer.js";
import type {
  Answer,
  CrisisHelp,
  CrisisSettings,
  Engine,
  Handoff,
  KnowledgeEntry,
} from "../engine/types.js";
import { renderAnswerBody } from "./build-engine.js";
import type { ConversationHost } from "./conversation-host.js";
import { FaqAnswerEvent, FaqErrorEvent, FaqHandoffEvent } from "./events.js";
import {
  KnowledgeController,
  type KnowledgeView,
} from "./knowledge-controller.js";
import { panelStyles } from "./panel.styles.js";
import { formatString, resolveStrings, type FaqStrings } from "./strings.js";
import type { TemplateContext } from "./templates/context.js";
import { crisisPanelTemplate } from "./templates/crisis-panel.js";
import {
  replyTemplate,
  visitorMessageTemplate,
  type ExchangeView,
} from "./templates/message.js";
import { panelTemplate, type PanelStatus } from "./templates/panel.js";
import { TranscriptStore, transcriptLimits } from "./transcript-store.js";
import { yieldAfterPaint } from "./yield-after-paint.js";
import { yieldToPage } from "./yield-to-page.js";
import { usableDelay, WIDGET_DELAYS } from "./delays.js";

/** Limits of the conversation. */
export const conversationLimits = Object.freeze({
  /** Longer visitor messages are shown cut at a word near this many characters, with an ellipsis and a notice. */
  maxQuestionChars: 500,
  /**
   * How much of a message the engine gets, and the transcript keeps: as far
   * as the crisis floor looks, so risk in a pasted wall of text is still
   * seen (also after a reload)...
   */
  maxKeptChars: DEFAULTS.floorScanLength,
  /**
   * ...of which, for a longer message, its last this-many characters: a
   * story ends with what was done ("...so tonight I'm going to end it"),
   * and the engine reads a message's end however long it is.
   */
  keptTailChars: DEFAULTS.crisisTailLength,
});

/** What a long message shows: its beginning, cut at a word, and an ellipsis. */
function shorten(characters: string[], max: number): string {
  if (characters.length <= max) return characters.join("");
  const head = characters.slice(0, max).join("");
  const atWord = head.replace(/\s+\S*$/, "");
  // A message without spaces (a pasted URL) is cut where it must be.
  return `${(atWord.length > max / 2 ? atWord : head).trimEnd()}…`;
}

let nextKey = 0;

/** What the engine gets of a message: all of it, or its beginning and its end (see `conversationLimits`). */
function kept(characters: string[]): string {
  const { maxKeptChars, keptTailChars } = conversationLimits;
  if (characters.length <= maxKeptChars) return characters.join("");
  const gap = " … ";
  return (
    characters.slice(0, maxKeptChars - keptTailChars - gap.length).join("") +
    gap +
    characters.slice(-keptTailChars).join("")
  );
}

/** A new exchange for what the visitor sent. */
function toExchange(text: string): ExchangeView {
  const { maxQuestionChars } = conversationLimits;
  const characters = [...text];
  return {
    key: nextKey++,
    question: kept(characters),
    shownQuestion: shorten(characters, maxQuestionChars),
    wasTrimmed: characters.length > maxQuestionChars,
  };
}

/** The first sentence of `text`, for a brief announcement. */
const firstSentence = (text: string) =>
  /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

const prefersReducedMotion = () =>
  matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * One element's conversation, as a reactive controller: it owns the knowledge
 * task, the engine, the transcript and the panel's content, and the element
 * renders whatever `render()` returns. Its collaborators know the element
 * only as a {@link ConversationHost}.
 */
export class Conversation implements ReactiveController {
  private readonly knowledge: KnowledgeController;
  private exchanges: ExchangeView[] = [];
  private url: string | null | undefined;
  private store = new TranscriptStore("");
  // Stored questions are still being asked again (see `restore`): nothing is written over them meanwhile.
  private isRestoring = false;
  // The transcript last brought back (see `hostUpdate`); until this one is, nothing is written over it.
  private restoredStore: TranscriptStore | undefined;
  private announcement = "";
  // A crisis reply is announced at once, interrupting (role="alert"); everything else politely.
  private isAnnouncementUrgent = false;
  private isClearArmed = false;
  private hint = "";
  private isScrollPending = false;
  private isScrollScheduled = false;
  private hasReportedTrustedTypes = false;
  private hasReportedRenderFailure = false;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly host: ConversationHost) {
    host.addController(this);
    this.knowledge = new KnowledgeController(host);
    const root = host.renderRoot;
    const sheet = panelStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.requestUpdate();
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.handlePageKeydown);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.handlePageKeydown);
  }

  // On a desktop the open panel sits over part of the page (it is not modal there). Escape pressed on a
  // page control the panel hides closes the panel and leaves focus where it is (WCAG 2.4.11: what covers
  // the focused control can be dismissed without moving focus). Only then: the page's own Escape is its own.
  private readonly handlePageKeydown = (event: KeyboardEvent) => {
    const { host } = this;
    if (event.key !== "Escape" || event.defaultPrevented) return;
    if (!host.open || host.mode === "inline") return;
    const focused = document.activeElement;
    // Inside the widget its own Escape handling applies.
    if (!focused || (focused as unknown) === host) return;
    const box = focused.getBoundingClientRect();
    const atCentre: unknown = document.elementFromPoint(
      box.left + box.width / 2,
      box.top + box.height / 2,
    );
    if (atCentre === host) host.closeByVisitor();
  };

  /** The language of the knowledge's texts, for the panel's `lang`. */
  get lang(): string {
    return this.view?.knowledge.settings.lang || "en";
  }

  /** Before each render: a new knowledge URL means its own transcript; a newly loaded knowledge brings it back. */
  hostUpdate(): void {
    const url = this.host.knowledgeUrl;
    if (url !== this.url) {
      this.url = url;
      this.store = new TranscriptStore(url ?? "");
      this.exchanges = this.crisisPreviews();
      this.isRestoring = false;
    }
    const engine = this.knowledge.builtEngine;
    // Once per transcript, whatever engine answers next: a new engine over the same transcript (the page
    // changed the clinic's name or contact) would otherwise bring the stored questions back twice.
    if (engine && this.restoredStore !== this.store) this.restore(engine);
  }

  /** After each render: brings the latest question into view, in the next frame. */
  hostUpdated(): void {
    if (!this.isScrollPending || this.isScrollScheduled) return;
    this.isScrollScheduled = true;
    // Reading a position right after the render would force a layout inside the widget's own
    // task; in the frame's callback the browser lays out once, as it would anyway.
    requestAnimationFrame(() => {
      this.isScrollScheduled = false;
      if (!this.isScrollPending) return;
      this.isScrollPending = false;
      const log = this.host.renderRoot.querySelector<HTMLElement>(".log");
      const questions = log?.querySelectorAll<HTMLElement>(".visitor");
      const latest = questions?.[questions.length - 1];
      if (!log || !latest) return;
      // The latest question at the top, so a long reply is read from its start; but a crisis reply's own
      // top, so its heading and first line (988) are in view however little room there is.
      const reply = latest.nextElementSibling;
      const target =
        reply instanceof HTMLElement && reply.classList.contains("crisis")
          ? reply
          : latest;
      log.scrollTop = target.offsetTop - 8;
      // At 400% zoom the whole panel scrolls (panel.styles.ts): bring the same top into its view too.
      const panel = log.closest<HTMLElement>(".panel");
      const scroller =
        panel && panel.scrollHeight > panel.clientHeight ? panel : log;
      if (scroller === panel)
        panel.scrollTop +=
          target.getBoundingClientRect().top -
          panel.getBoundingClientRect().top -
          8;
      // Where even a crisis reply's heading and first line do not fit, the first number to call wins.
      const firstLine = target.querySelector<HTMLElement>(".crisis-panel a");
      if (firstLine) {
        const overflow =
          firstLine.getBoundingClientRect().bottom -
          scroller.getBoundingClientRect().bottom +
          8;
        if (overflow > 0) scroller.scrollTop += overflow;
      }
    });
  }

  /**
   * Waits for the knowledge and the replies under way. Resolves true when
   * there was nothing to wait for.
   */
  async settle(): Promise<boolean> {
    const waits: Promise<unknown>[] = [...this.pending];
    if (
      this.knowledge.isPending ||
      (this.knowledge.value && !this.knowledge.builtEngine)
    )
      waits.push(this.knowledge.engine());
    if (!waits.length) return true;
    await Promise.all(waits);
    return false;
  }

  /**
   * Asks one question: it appears at once, the reply after the knowledge is
   * ready (and a short typing indicator, for the visitor's own questions). A
   * message the crisis floor recognises is answered with crisis help at once,
   * whatever state the knowledge is in. `isFromVisitor` decides whether
   * `faq-answer` fires. Never rejects.
   */
  ask(text: string, isFromVisitor: boolean): Promise<Answer> {
    const reply = this.reply(text, isFromVisitor);
    this.pending.add(reply);
    void reply.finally(() => this.pending.delete(reply));
    return reply;
  }

  // The knowledge as loaded, or its first line while the rest downloads: enough to greet and offer starters.
  private get view(): KnowledgeView | undefined {
    return this.knowledge.value ?? this.knowledge.preview;
  }

  /** Renders the panel's content. Called by the element's `render()`. */
  render() {
    const strings = resolveStrings(this.host.strings);
    const loaded = this.view;
    const context = this.context(strings, loaded);
    const status: PanelStatus = loaded
      ? "ready"
      : this.knowledge.isFailed
        ? "error"
        : "loading";
    const fallbackStarters = (loaded?.starters ?? [])
      .map((group) => group.entries[0]!)
      .slice(0, 3);
    // An exchange is templated again only when it or what it shows with changed,
    // so a long conversation costs no more per reply than a short one.
    const shownWith = [this.host.strings, loaded, context.clinic];
    const exchanges = repeat(
      this.exchanges,
      (exchange) => exchange.key,
      (exchange) =>
        guard(
          [
            exchange.answer,
            exchange.isUnavailable,
            exchange.slowNotice,
            exchange.body,
            ...shownWith,
          ],
          () => this.exchangeTemplate(exchange, context, fallbackStarters),
        ),
    );
    return panelTemplate(
      {
        status,
        exchanges: html`${exchanges}`,
        starters: loaded?.starters ?? [],
        handoff: this.pageHandoff(strings, loaded),
        isInline: this.host.mode === "inline",
        announcement: this.announcement,
        isAnnouncementUrgent: this.isAnnouncementUrgent,
        isClearArmed: this.isClearArmed,
        hint: this.hint,
      },
      context,
      {
        close: () => this.host.closeByVisitor(),
        clear: () => this.handleClear(),
        leaveClear: () => this.disarmClear(),
        submit: (text) => this.handleSubmit(text, strings),
        input: () => this.handleInput(),
      },
    );
  }

  /** After a render failure the element could not contain: drops the replies and reports it. */
  recover(): void {
    this.exchanges = [];
    this.isRestoring = false;
    this.store.clear();
    this.reportRenderFailure();
    this.host.requestUpdate();
  }

  // One exchange; a reply that cannot be templated is replaced by a safe one, and forgotten.
  private exchangeTemplate(
    exchange: ExchangeView,
    context: TemplateContext,
    fallbackStarters: readonly KnowledgeEntry[],
  ) {
    const visitor = visitorMessageTemplate(
      exchange,
      context,
      conversationLimits.maxQuestionChars,
    );
    try {
      return html`${visitor}${replyTemplate(exchange, context, fallbackStarters)}`;
    } catch {
      queueMicrotask(() => this.dropExchange(exchange));
      return html`${visitor}${this.safeReply(exchange, context)}`;
    }
  }

  // What a reply falls back to when its own template fails: crisis help, or the clinic's contact.
  private safeReply(exchange: ExchangeView, context: TemplateContext) {
    const crisis = crisisFloor(exchange.question);
    return html`<div
      class="message reply ${crisis ? "crisis" : "fallback"}"
      part=${crisis ? "crisis-message" : "message"}
    >
      ${
        crisis
          ? crisisPanelTemplate(
              crisis,
              context.strings,
              context.clinic,
              context.handoff,
            )
          : html`<p>
              ${formatString(context.strings.unavailable, {
                clinic: context.clinic,
              })}
            </p>`
      }
    </div>`;
  }

  private dropExchange(exchange: ExchangeView): void {
    if (!exchange.answer) return;
    exchange.isUnavailable = true;
    exchange.body = undefined;
    this.save();
    this.reportRenderFailure();
  }

  private reportRenderFailure(): void {
    if (this.hasReportedRenderFailure) return;
    this.hasReportedRenderFailure = true;
    this.host.dispatchEvent(new FaqErrorEvent("render-failed"));
  }

  private async reply(text: string, isFromVisitor: boolean): Promise<Answer> {
    const started = performance.now();
    const strings = resolveStrings(this.host.strings);
    const exchange = toExchange(text);
    this.disarmClear();
    this.show([...this.exchanges, exchange]);
    this.announce(strings.typing);
    // The floor first: it needs no knowledge, so crisis help never waits for a download.
    const floor = crisisFloor(exchange.question);
    // The question shows in one task, the engine reads it in the next and the reply renders in a
    // third: together they would hold a slow phone's main thread past 50 ms (issue 10).
    await yieldToPage();
    const engine =
      this.knowledge.builtEngine ??
      (floor
        ? undefined
        : await this.noticeIfSlow(exchange, strings, this.knowledge.engine()));
    // Without an engine the floor decides alone. With one, its reply stands: the engine reads the floor's lines
    // too, and tells a visitor at risk (the panel) from a question about suicide (its answer and the gentle
    // line), so the widget and `faq ask` give the same reply.
    const answer = engine
      ? this.answer(engine, exchange.question, strings)
      : floor
        ? this.floorAnswer(exchange.question, strings, floor)
        : this.unavailableAnswer(exchange.question, strings);
    const wait =
      usableDelay(this.host.typingDelay, WIDGET_DELAYS.typingDelay) -
      (performance.now() - started);
    if (
      isFromVisitor &&
      answer.kind !== "crisis" &&
      wait > 0 &&
      !prefersReducedMotion()
    )
      await new Promise((resolve) => setTimeout(resolve, wait));
    else await yieldToPage();
    this.complete(exchange, answer, !engine);
    // Sanitizing the answer and rendering it are each a good part of 50 ms on a slow phone: the reply
    // shows in the next task (issue 10).
    await yieldToPage();
    this.save();
    this.show(this.exchanges);
    this.announce(
      this.summary(answer, strings, !engine),
      answer.kind === "crisis",
    );
    if (isFromVisitor) this.host.dispatchEvent(new FaqAnswerEvent(answer));
    return answer;
  }

  /**
   * Waits for `ready`; past `slowReplyAfter`, the reply in progress says why it takes so long (a first
   * question on a slow phone waits for the whole knowledge file and the engine: 15–20 s), so a visitor
   * does not read the wait as a broken chat. It carries the gentle crisis line too: only the floor's
   * phrases are answered before the engine is ready, and someone at risk who words it otherwise must not
   * wait that long for a number to call.
   */
  private async noticeIfSlow<T>(
    exchange: ExchangeView,
    strings: FaqStrings,
    ready: Promise<T>,
  ): Promise<T> {
    const timer = setTimeout(
      () => {
        exchange.slowNotice = `${strings.stillPreparing} ${this.crisisSettings.concern}`;
        this.announce(exchange.slowNotice);
        this.host.requestUpdate();
      },
      usableDelay(this.host.slowReplyAfter, WIDGET_DELAYS.slowReplyAfter),
    );
    try {
      return await ready;
    } finally {
      clearTimeout(timer);
      exchange.slowNotice = undefined;
    }
  }

  // Keeps the latest exchanges and scrolls to the newest once rendered.
  private show(exchanges: ExchangeView[]): void {
    this.exchanges = exchanges.slice(-transcriptLimits.maxExchanges);
    this.isScrollPending = true;
    this.host.requestUpdate();
  }

  // The status line changes text even when two replies read the same, so each is announced.
  private announce(text: string, isUrgent = false): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.isAnnouncementUrgent = isUrgent;
    this.host.requestUpdate();
  }

  // A reply, announced briefly: its title, or the first sentence.
  private summary(
    answer: Answer,
    strings: FaqStrings,
    isUnavailable: boolean,
  ): string {
    const clinic = this.clinicName(strings, this.view);
    let text: string;
    // Help comes first and is not introduced as an answer.
    if (answer.kind === "crisis")
      return `${strings.crisisHeading}. ${firstSentence(answer.crisis?.intro ?? "")}`;
    if (isUnavailable)
      text = firstSentence(formatString(strings.unavailable, { clinic }));
    else if (answer.kind === "answer") text = answer.title ?? "";
    else if (answer.kind === "suggest") text = strings.didYouMean;
    else if (answer.kind === "smalltalk")
      text = firstSentence(
        formatString(
          answer.intent && Object.hasOwn(strings.smalltalk, answer.intent)
            ? strings.smalltalk[answer.intent]
            : strings.smalltalk.help,
          { clinic },
        ),
      );
    else text = firstSentence(strings.fallback);
    return `${strings.assistantSays} ${text}`;
  }

  private handleSubmit(text: string, strings: FaqStrings): void {
    if (!text.trim()) {
      this.hint = strings.emptyHint;
      this.announce(strings.emptyHint);
      return;
    }
    this.hint = "";
    void this.ask(text, true);
  }

  private handleInput(): void {
    if (!this.hint) return;
    this.hint = "";
    this.host.requestUpdate();
  }

  // The first press asks for a second; the second clears every stored transcript.
  private handleClear(): void {
    const strings = resolveStrings(this.host.strings);
    if (!this.isClearArmed) {
      // No time limit (WCAG 2.2.1: a switch or screen reader user may take long over the second press): the
      // question stands until the visitor leaves the button or asks something.
      this.isClearArmed = true;
      this.announce(strings.clearConfirm);
      return;
    }
    this.disarmClear();
    this.exchanges = [];
    this.isRestoring = false;
    TranscriptStore.clearAll();
    this.announce(strings.cleared);
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>("#input")?.focus(),
    );
  }

  private disarmClear(): void {
    if (!this.isClearArmed) return;
    this.isClearArmed = false;
    this.host.requestUpdate();
  }

  // Brings back this session's earlier questions, re-asking the engine for their replies, in slices: a
  // hundred stored questions asked and shown at once held the page for 400 ms on a fast desktop.
  // A stored question that cannot be answered or shown is dropped, so it cannot break every page.
  private restore(engine: Engine): void {
    this.restoredStore = this.store;
    this.isRestoring = true;
    const store = this.store;
    const restoring = finishInSlices(
      this.restoreSteps(engine, store),
      yieldAfterPaint,
      DEFAULTS.sliceMs,
    ).then((restored) => {
      if (this.store !== store) return;
      this.isRestoring = false;
      this.save();
      if (restored) this.isScrollPending = true;
      this.host.requestUpdate();
    });
    // `settle()` waits for it as for a reply.
    this.pending.add(restoring);
    void restoring.finally(() => this.pending.delete(restoring));
  }

  // One stored question a step, shown as it is ready, before any asked since the page opened.
  private *restoreSteps(
    engine: Engine,
    store: TranscriptStore,
  ): Generator<SliceBreak, number> {
    const strings = resolveStrings(this.host.strings);
    const restored: ExchangeView[] = [];
    // Cleared, or another knowledge file since (its own transcript): this one is no longer shown.
    const isStale = () => this.store !== store || !this.isRestoring;
    for (const { question } of store.read()) {
      // Each reply is asked and sanitized in one task and rendered in the next frame: together they
      // would hold a slow phone past 50 ms (issue 10).
      yield PAUSE_NOW;
      if (isStale()) return 0;
      try {
        const exchange = toExchange(question);
        this.complete(
          exchange,
          this.answer(engine, exchange.question, strings),
          false,
        );
        yield PAUSE_NOW;
        if (isStale()) return 0;
        const asked = this.exchanges.filter(
          (shown) => !restored.includes(shown) && !shown.isPreview,
        );
        restored.push(exchange);
        this.exchanges = [...restored, ...asked].slice(
          -transcriptLimits.maxExchanges,
        );
        this.host.requestUpdate();
      } catch {
        this.reportRenderFailure();
      }
    }
    return restored.length;
  }

  // A crisis reply kept from an earlier page shows again at once, from the floor's help, without waiting for
  // the engine (seconds on a slow phone, never when the knowledge cannot load); the rest comes with it.
  private crisisPreviews(): ExchangeView[] {
    try {
      const strings = resolveStrings(this.host.strings);
      return this.store
        .read()
        .filter(({ kind }) => kind === "crisis")
        .map(({ question }) => {
          const exchange = toExchange(question);
          const help = crisisFloor(exchange.question) ?? {
            intro: DEFAULT_CRISIS.intro,
            resources: [...this.crisisSettings.resources],
            about: "self" as const,
          };
          this.complete(
            exchange,
            this.floorAnswer(exchange.question, strings, help),
            true,
          );
          exchange.isPreview = true;
          return exchange;
        });
    } catch {
      // What cannot be shown early is shown when the conversation is brought back, or dropped then.
      return [];
    }
  }

  // Only once the stored conversation was read is it written, so an outage never overwrites it.
  private save(): void {
    if (this.restoredStore !== this.store || this.isRestoring) return;
    this.store.write(
      this.exchanges.flatMap(({ question, answer, isUnavailable }) =>
        answer && !isUnavailable
          ? [{ question, kind: answer.kind, id: answer.id }]
          : [],
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
    if (answer.id !== null && typeof answer.html === "string") {
      const rendered = renderAnswerBody(answer.html, answer.markdown);
      if (rendered.isBlockedByTrustedTypes && !this.hasReportedTrustedTypes) {
        this.hasReportedTrustedTypes = true;
        this.host.dispatchEvent(new FaqErrorEvent("trusted-types"));
      }
      // A wrapper element, not the bare fragment: the node must survive re-renders.
      const body = document.createElement("div");
      body.className = "answer-body";
      body.append(rendered.fragment);
      exchange.body = body;
    }
  }

  private answer(
    engine: Engine,
    question: string,
    strings: FaqStrings,
  ): Answer {
    try {
      return engine.ask(question);
    } catch {
      // The engine promises never to throw; if it ever did, the visitor would still get the floor and the handoff.
      this.reportRenderFailure();
      return this.unavailableAnswer(question, strings);
    }
  }

  // Without the engine only the floor's phrases are read: whatever else was typed carries the gentle 988 line,
  // since someone at risk who words it otherwise ("I can't go on anymore") must still get a number to call.
  // The crisis panel first, from the floor's help, where the engine cannot answer (not ready, or not loaded).
  private floorAnswer(
    question: string,
    strings: FaqStrings,
    help: CrisisHelp,
  ): Answer {
    return withCrisis(this.unavailableAnswer(question, strings), help);
  }

  private unavailableAnswer(question: string, strings: FaqStrings): Answer {
    const { concern, resources } = this.crisisSettings;
    return {
      ...fallbackAnswer(question, this.pageHandoff(strings, this.view)),
      risk: "concern",
      crisis: { intro: concern, resources, about: "self" },
    };
  }

  // The clinic's gentle line and crisis lines once the file's first line is in (checked there: at least one
  // number, the built-in lines in their place), else the built-in ones.
  private get crisisSettings(): Pick<CrisisSettings, "concern" | "resources"> {
    const crisis = this.view?.knowledge.settings.crisis;
    return {
      concern: crisis?.concern || DEFAULT_CRISIS.concern,
      resources: crisis?.resources ?? DEFAULT_CRISIS.resources,
    };
  }

  private clinicName(
    strings: FaqStrings,
    loaded: KnowledgeView | undefined,
  ): string {
    return (
      this.host.clinicName ||
      loaded?.knowledge.settings.name ||
      strings.defaultClinicName
    );
  }

  // The contact details from the page's attributes, and the knowledge's where the page gives none.
  private pageHandoff(
    strings: FaqStrings,
    loaded: KnowledgeView | undefined,
  ): Handoff {
    const settings = loaded?.knowledge.settings;
    const clinicName = this.clinicName(strings, loaded);
    return {
      text: formatString(strings.unavailableHandoff, { clinic: clinicName }),
      clinicName,
      // A page's phone that is not a phone number is not used (the element reports it): the knowledge's.
      phone: usablePhone(this.host.contactPhone) || settings?.phone || "",
      contactUrl: this.host.contactUrl || settings?.contactUrl || "",
    };
  }

  private context(
    strings: FaqStrings,
    loaded: KnowledgeView | undefined,
  ): TemplateContext {
    return {
      strings,
      clinic: this.clinicName(strings, loaded),
      entry: (id) => loaded?.entries.get(id),
      ask: (question) => {
        void this.ask(question, true);
        // The chip may scroll away with the new reply: focus goes to the field, which stays in view.
        this.host.renderRoot.querySelector<HTMLElement>("#input")?.focus();
      },
      handoff: (channel) =>
        this.host.dispatchEvent(new FaqHandoffEvent(channel)),
    };
  }
}

/**
 * The reply to a message the crisis floor recognised but the engine (or its
 * absence) did not: the crisis panel first, and the answer beneath when the
 * engine found one.
 */
function withCrisis(answer: Answer, floor: CrisisHelp): Answer {
  return {
    ...answer,
    kind: "crisis",
    risk: "crisis",
    crisis: floor.resources.length
      ? floor
      : { ...floor, resources: [...DEFAULT_CRISIS.resources] },
    suggestions: [],
  };
}
