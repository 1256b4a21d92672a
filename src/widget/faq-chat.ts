import { ReactiveElement, type PropertyValues } from "@lit/reactive-element";
import type { Answer } from "../engine/types.js";
import { toSafePageUrl, toTelHref } from "./contact-links.js";
import type { Conversation } from "./conversation.js";
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
 * conversation, the matching engine and the knowledge load then.
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
export class FaqChat extends ReactiveElement {
  static override styles = faqChatStyles;

  static override properties = {
    knowledgeSrc: { attribute: "knowledge-src" },
    open: { type: Boolean, reflect: true },
    mode: {},
    position: {},
    clinicName: { attribute: "clinic-name" },
    contactUrl: { attribute: "contact-url" },
    contactPhone: { attribute: "contact-phone" },
    strings: { attribute: false },
  };

  /** URL of a compiled knowledge JSON (`faq build`); the `knowledge.json` beside the script when absent. */
  declare knowledgeSrc: string | null;
  /** Whether the panel is open (`launcher` mode). */
  declare open: boolean;
  /** `launcher`: a floating button opens the panel; `inline`: the chat sits in the page flow. */
  declare mode: "launcher" | "inline";
  /** Corner of the launcher: `bottom-right` or `bottom-left`. */
  declare position: "bottom-right" | "bottom-left";
  /** The clinic's name as visitors should see it; overrides the knowledge's. */
  declare clinicName: string | null;
  /** The clinic's contact or booking page (http or https); overrides the knowledge's. */
  declare contactUrl: string | null;
  /** The clinic's phone number; overrides the knowledge's. */
  declare contactPhone: string | null;
  /** Overrides for any visible text; see `FaqStrings`. Property only. */
  declare strings: Partial<FaqStrings> | null;

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
    this.knowledgeSrc = null;
    this.clinicName = null;
    this.contactUrl = null;
    this.contactPhone = null;
    this.strings = null;
    this.open = false;
    this.mode = "launcher";
    this.position = "bottom-right";
    const { launcher, panel } = this;
    launcher.type = "button";
    launcher.className = "launcher";
    launcher.setAttribute("part", "launcher");
    launcher.setAttribute("aria-controls", "panel");
    launcher.append(this.launcherText);
    launcher.addEventListener("click", () =>
      this.open ? this.closeByVisitor() : this.openByVisitor(),
    );
    launcher.addEventListener("pointerenter", () => this.loadConversation());
    launcher.addEventListener("focus", () => this.loadConversation());
    panel.id = "panel";
    panel.className = "panel";
    panel.tabIndex = -1;
    panel.setAttribute("part", "panel");
    this.loadingText.className = "status";
    panel.append(this.loadingText);
    this.addEventListener("keydown", (event) => this.handleKeydown(event));
    this.addEventListener(
      "focusin",
      () => this.mode === "inline" && this.loadConversation(),
    );
  }

  /** The absolute URL of the knowledge this element shows. */
  get knowledgeUrl(): string {
    return new URL(this.knowledgeSrc || defaultKnowledgeUrl, document.baseURI)
      .href;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.visibilityObserver?.disconnect();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.append(this.launcher, this.panel);
    return root;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Closing hides the panel; if focus was in it, give it back to the launcher.
    if (
      changed.has("open") &&
      !this.open &&
      this.panel.contains(this.shadowRoot?.activeElement ?? null)
    ) {
      this.isFocusReturnPending = true;
    }
    if (changed.get("open") === false && this.open) this.isFocusPending = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
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
    if (changed.has("mode")) this.observeVisibility();
    if (this.open && !isInline) void this.loadConversation();
    this.conversation?.render();
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

  private openByVisitor(): void {
    this.open = true;
    this.dispatchEvent(new FaqOpenEvent());
  }

  private closeByVisitor(): void {
    this.open = false;
    this.dispatchEvent(new FaqCloseEvent());
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && this.open && this.mode !== "inline") {
      event.stopPropagation();
      this.closeByVisitor();
    }
  }

  // Loads the conversation code (and, through it, the knowledge) once.
  private loadConversation(): Promise<Conversation | undefined> {
    return (this.conversationLoad ??= import("./conversation.js").then(
      (module) => {
        this.visibilityObserver?.disconnect();
        this.conversation = new module.Conversation(this, this.panel, () =>
          this.closeByVisitor(),
        );
        this.requestUpdate();
        return this.conversation;
      },
      () => {
        this.showLoadFailure();
        return undefined;
      },
    ));
  }

  private launcherStrings(): LauncherStrings {
    return { ...launcherStrings, ...this.strings };
  }

  // Inline chats load when they come near the viewport.
  private observeVisibility(): void {
    this.visibilityObserver?.disconnect();
    if (this.mode !== "inline" || this.conversationLoad) return;
    this.visibilityObserver = new IntersectionObserver(
      (entries) =>
        entries.some((entry) => entry.isIntersecting) &&
        this.loadConversation(),
      { rootMargin: "200px" },
    );
    this.visibilityObserver.observe(this);
  }

  // Never a blank panel: without its code, the widget still shows how to reach the clinic.
  private showLoadFailure(): void {
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
    this.dispatchEvent(new FaqErrorEvent("load-failed"));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "faq-chat": FaqChat;
  }
}
