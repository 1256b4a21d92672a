import type { Answer } from "../engine/types.js";
import { toSafePageUrl, toTelHref } from "./contact-links.js";
import type { Conversation } from "./conversation.js";
import { toStyleSheet } from "./css.js";
import {
  FaqCloseEvent,
  FaqErrorEvent,
  FaqHandoffEvent,
  FaqOpenEvent,
  type FaqHandoffChannel,
} from "./events.js";
import { faqChatStyles } from "./faq-chat.styles.js";
import {
  formatString,
  launcherStrings,
  type LauncherStrings,
} from "./launcher-strings.js";
import type { FaqStrings } from "./strings.js";

// dist/ is flat: the built-in knowledge sits beside the script that defines the element.
const defaultKnowledgeUrl = new URL("./knowledge.json", import.meta.url).href;

/**
 * An FAQ chat for a clinic's website: visitors ask about ketamine treatment
 * for anxiety and get answers from the clinic's compiled knowledge, with the
 * clinic's contact details, and crisis help when needed, always in reach.
 *
 * Until a visitor shows interest (hovers, focuses or opens the launcher, or an
 * inline chat scrolls near view) only this small shell is loaded; the
 * conversation, the matching engine and the knowledge load then. The shell is
 * a plain custom element (see docs/decisions/widget-loads-in-two-stages.md):
 * attributes and properties mirror each other, and changes made together are
 * rendered once, in a microtask; `updateComplete` resolves after that.
 *
 * @slot header - Replaces the panel's title, e.g. with the clinic's logo and name.
 * @slot footer - A line under the message field, e.g. the clinic's own disclaimer.
 *
 * @csspart launcher - The floating button that opens and closes the panel.
 * @csspart panel - The chat panel: a non-modal dialog, or a region in `inline` mode.
 * @csspart header - The panel's title bar.
 * @csspart message - Every message in the conversation, the visitor's and the replies.
 * @csspart suggestion - A question chip (starters, "Related questions", "Did you mean…?").
 * @csspart input - The message field.
 * @csspart send-button - The send button.
 *
 * @cssprop [--faq-accent=#0b57d0] - Buttons, links, the visitor's messages and the focus ring (dark: #a8c7fa).
 * @cssprop [--faq-on-accent=#ffffff] - Text on the accent colour (dark: #062e6f).
 * @cssprop [--faq-text=#1f1f1f] - Text colour (dark: #e3e3e3).
 * @cssprop [--faq-background=#ffffff] - Panel background (dark: #1f1f1f).
 * @cssprop [--faq-border=#747775] - Outlines of the field and chips (dark: #8e918f).
 * @cssprop [--faq-radius=12px] - Corner radius of the panel; smaller parts scale from it.
 * @cssprop [--faq-font=system-ui, sans-serif] - Font family.
 * @cssprop [--faq-scale=1] - Scales every size: text, spacing and the panel.
 * @cssprop [--faq-launcher-bottom=20px] - Distance of the launcher (and panel) from the bottom of the window.
 * @cssprop [--faq-launcher-side=20px] - Distance of the launcher (and panel) from the right, or left with `position="bottom-left"`.
 * @cssprop [--faq-z-index=2147483000] - Stacking order of the launcher and panel over the page.
 *
 * @fires {FaqOpenEvent} faq-open - The visitor opened the panel.
 * @fires {FaqCloseEvent} faq-close - The visitor closed the panel.
 * @fires {FaqAnswerEvent} faq-answer - The visitor got a reply. Detail: `{ kind, id }`, never the question.
 * @fires {FaqHandoffEvent} faq-handoff - The visitor used a contact link. Detail: `{ channel }`: `phone`, `contact`, `crisis-phone` or `crisis-sms`.
 * @fires {FaqErrorEvent} faq-error - The knowledge or the widget's files could not be loaded, or answers had to be shown as plain text. Detail: `{ reason }`.
 */
export class FaqChat extends HTMLElement {
  /** The shell's styles; the conversation adds its own when it loads. */
  static readonly styles = faqChatStyles;

  /** The attributes behind the properties below (`strings` is a property only). */
  static readonly observedAttributes = [
    "knowledge-src",
    "open",
    "mode",
    "position",
    "clinic-name",
    "contact-url",
    "contact-phone",
  ];

  private static styleSheet: CSSStyleSheet | undefined;

  /** URL of a compiled knowledge JSON (`faq build`); the `knowledge.json` beside the script when absent. */
  get knowledgeSrc(): string | null {
    return this.getAttribute("knowledge-src");
  }
  set knowledgeSrc(value: string | null) {
    this.setOrRemoveAttribute("knowledge-src", value);
  }

  /** Whether the panel is open (`launcher` mode). Reflects the `open` attribute. */
  get open(): boolean {
    return this.hasAttribute("open");
  }
  set open(value: boolean) {
    this.toggleAttribute("open", Boolean(value));
  }

  /** `launcher`: a floating button opens the panel; `inline`: the chat sits in the page flow. */
  get mode(): "launcher" | "inline" {
    return this.getAttribute("mode") === "inline" ? "inline" : "launcher";
  }
  set mode(value: "launcher" | "inline") {
    this.setAttribute("mode", value);
  }

  /** Corner of the launcher: `bottom-right` or `bottom-left`. */
  get position(): "bottom-right" | "bottom-left" {
    return this.getAttribute("position") === "bottom-left"
      ? "bottom-left"
      : "bottom-right";
  }
  set position(value: "bottom-right" | "bottom-left") {
    this.setAttribute("position", value);
  }

  /** The clinic's name as visitors should see it (`clinic-name`); overrides the knowledge's. */
  get clinicName(): string | null {
    return this.getAttribute("clinic-name");
  }
  set clinicName(value: string | null) {
    this.setOrRemoveAttribute("clinic-name", value);
  }

  /** The clinic's contact or booking page, http or https (`contact-url`); overrides the knowledge's. */
  get contactUrl(): string | null {
    return this.getAttribute("contact-url");
  }
  set contactUrl(value: string | null) {
    this.setOrRemoveAttribute("contact-url", value);
  }

  /** The clinic's phone number (`contact-phone`); overrides the knowledge's. */
  get contactPhone(): string | null {
    return this.getAttribute("contact-phone");
  }
  set contactPhone(value: string | null) {
    this.setOrRemoveAttribute("contact-phone", value);
  }

  /** Overrides for any visible text; see `FaqStrings`. Property only. */
  get strings(): Partial<FaqStrings> | null {
    return this.stringOverrides;
  }
  set strings(value: Partial<FaqStrings> | null) {
    this.stringOverrides = value;
    this.requestUpdate();
  }

  /** Resolves once the changes made so far are rendered. */
  get updateComplete(): Promise<void> {
    return this.pendingUpdate ?? Promise.resolve();
  }

  /** The absolute URL of the knowledge this element shows. */
  get knowledgeUrl(): string {
    return new URL(this.knowledgeSrc || defaultKnowledgeUrl, document.baseURI)
      .href;
  }

  private stringOverrides: Partial<FaqStrings> | null = null;
  private pendingUpdate: Promise<void> | undefined;
  private hasUpdated = false;
  private readonly launcher = document.createElement("button");
  private readonly launcherText = document.createElement("span");
  private readonly panel = document.createElement("div");
  private readonly loadingText = document.createElement("p");
  private conversation: Conversation | undefined;
  private conversationLoad: Promise<Conversation | undefined> | undefined;
  private visibilityObserver: IntersectionObserver | undefined;
  private isFocusPending = false;
  private isFocusReturnPending = false;

  constructor() {
    super();
    const { launcher, panel } = this;
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [
      (FaqChat.styleSheet ??= toStyleSheet(faqChatStyles)),
    ];
    launcher.type = "button";
    launcher.className = "launcher";
    launcher.setAttribute("part", "launcher");
    launcher.setAttribute("aria-controls", "panel");
    launcher.append(this.launcherText);
    launcher.addEventListener("click", () => this.handleLauncherClick());
    launcher.addEventListener("pointerenter", () => this.loadConversation());
    launcher.addEventListener("focus", () => this.loadConversation());
    panel.id = "panel";
    panel.className = "panel";
    panel.tabIndex = -1;
    panel.setAttribute("part", "panel");
    this.loadingText.className = "status";
    panel.append(this.loadingText);
    root.append(launcher, panel);
    this.addEventListener("keydown", (event) => this.handleKeydown(event));
    this.addEventListener("focusin", () => this.handleFocusIn());
  }

  connectedCallback(): void {
    // A property set before the element was defined sits on the instance and
    // hides its accessor: pass it through, as Lit does.
    const self = this as unknown as Record<string, unknown>;
    for (const name of [
      "knowledgeSrc",
      "open",
      "mode",
      "position",
      "clinicName",
      "contactUrl",
      "contactPhone",
      "strings",
    ]) {
      if (Object.hasOwn(this, name)) {
        const value = self[name];
        delete self[name];
        self[name] = value;
      }
    }
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.visibilityObserver?.disconnect();
  }

  attributeChangedCallback(
    name: string,
    oldValue: string | null,
    value: string | null,
  ): void {
    if (name === "open" && (oldValue === null) !== (value === null))
      this.handleOpenChange(value !== null);
    this.requestUpdate();
  }

  /**
   * Schedules a render of the current state. Changes made in the same task
   * are rendered together, once, in a microtask; nothing renders while the
   * element is not in a document. (A promise rather than `queueMicrotask`,
   * so that if rendering ever threw, `updateComplete` would reject instead
   * of never settling.)
   */
  requestUpdate(): void {
    this.pendingUpdate ??= Promise.resolve().then(() => {
      this.pendingUpdate = undefined;
      if (this.isConnected) this.update();
    });
  }

  /** Opens the panel; resolves once it is rendered and the message field has focus. Fires no event. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.loadConversation();
    await this.updateComplete;
  }

  /** Closes the panel; resolves once it is hidden. Fires no event. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  /**
   * Asks a question as if the visitor had typed it: it joins the conversation
   * and resolves with the engine's {@link Answer} (loading the knowledge first
   * if needed). When the knowledge is unavailable it resolves with a
   * `fallback` whose handoff holds the page's contact details. Fires no event.
   *
   * @throws (as a rejection) only when the widget's own files cannot be loaded.
   */
  async ask(text: string): Promise<Answer> {
    const conversation = await this.loadConversation();
    if (!conversation)
      throw new Error("faq-chat: the conversation could not be loaded.");
    return conversation.ask(String(text), false);
  }

  private handleLauncherClick(): void {
    if (this.open) this.closeByVisitor();
    else this.openByVisitor();
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.open && this.mode !== "inline") {
      event.stopPropagation();
      this.closeByVisitor();
    }
  }

  // An inline chat that gets focus loads at once, even before it scrolls near view.
  private handleFocusIn(): void {
    if (this.mode === "inline") void this.loadConversation();
  }

  // Opening moves focus into the panel; closing gives it back to the launcher if it was inside.
  private handleOpenChange(isOpen: boolean): void {
    if (isOpen) this.isFocusPending = this.hasUpdated;
    else if (this.panel.contains(this.shadowRoot?.activeElement ?? null))
      this.isFocusReturnPending = true;
  }

  private openByVisitor(): void {
    this.open = true;
    this.dispatchEvent(new FaqOpenEvent());
  }

  private closeByVisitor(): void {
    this.open = false;
    this.dispatchEvent(new FaqCloseEvent());
  }

  // Loads the conversation code (and, through it, the knowledge) once.
  private loadConversation(): Promise<Conversation | undefined> {
    return (this.conversationLoad ??= import("./conversation.js").then(
      (module) => {
        this.conversation = new module.Conversation(this, this.panel, () =>
          this.closeByVisitor(),
        );
        this.requestUpdate();
        return this.conversation;
      },
      (error: unknown) => {
        // A page whose Trusted Types policy refuses lit-html's policy name says so in the error.
        this.showLoadFailure(/trusted ?type|createPolicy|policy/i.test(String((error as Error | undefined)?.message)) ? "trusted-types" : "load-failed");
        return undefined;
      },
    ));
  }

  private launcherStrings(): LauncherStrings {
    return { ...launcherStrings, ...this.strings };
  }

  // Inline chats load when they come near the viewport. Observing twice is a no-op.
  private observeVisibility(): void {
    if (this.mode !== "inline" || this.conversationLoad) {
      this.visibilityObserver?.disconnect();
      return;
    }
    this.visibilityObserver ??= new IntersectionObserver(
      (entries) =>
        entries.some((entry) => entry.isIntersecting) &&
        this.loadConversation(),
      { rootMargin: "200px" },
    );
    this.visibilityObserver.observe(this);
  }

  private setOrRemoveAttribute(name: string, value: string | null): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  // Never a blank panel: without its code, the widget still shows how to reach the clinic.
  private showLoadFailure(reason: "load-failed" | "trusted-types"): void {
    const strings = this.launcherStrings();
    const message = document.createElement("p");
    message.textContent = formatString(strings.unavailable, {
      clinic: this.clinicName || strings.defaultClinicName,
    });
    const routes: [string | null, string, FaqHandoffChannel][] = [
      [
        toTelHref(this.contactPhone),
        formatString(strings.handoffCall, { phone: this.contactPhone ?? "" }),
        "phone",
      ],
      [toSafePageUrl(this.contactUrl), strings.handoffContact, "contact"],
    ];
    const links = routes.flatMap(([href, text, channel]) => {
      if (!href) return [];
      const link = document.createElement("a");
      link.href = href;
      link.textContent = text;
      link.addEventListener("click", () =>
        this.dispatchEvent(new FaqHandoffEvent(channel)),
      );
      return [link];
    });
    this.loadingText.remove();
    this.panel.append(message, ...links);
    this.dispatchEvent(new FaqErrorEvent(reason));
  }

  // Brings the shell's DOM in line with the properties, then lets the conversation render.
  private update(): void {
    const strings = this.launcherStrings();
    const isInline = this.mode === "inline";
    const { launcher, panel } = this;
    this.launcherText.textContent = strings.launcher;
    this.loadingText.textContent = strings.loading;
    launcher.hidden = isInline;
    launcher.setAttribute("aria-expanded", String(this.open && !isInline));
    for (const element of [launcher, panel])
      element.classList.toggle("left", this.position === "bottom-left");
    panel.classList.toggle("inline", isInline);
    panel.hidden = !isInline && !this.open;
    panel.setAttribute("role", isInline ? "region" : "dialog");
    panel.setAttribute("aria-label", strings.title);
    this.observeVisibility();
    if (this.open && !isInline) void this.loadConversation();
    this.conversation?.render();
    this.hasUpdated = true;
    if (this.isFocusReturnPending) {
      this.isFocusReturnPending = false;
      launcher.focus();
    }
    if (this.isFocusPending && !panel.hidden) {
      if (this.conversation) {
        this.isFocusPending = false;
        this.conversation.focusInput();
      } else {
        panel.focus();
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "faq-chat": FaqChat;
  }
}
