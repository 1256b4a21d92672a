import { html, LitElement, nothing, type PropertyValues } from "lit";
import type { Answer } from "../engine/types.js";
import { toSafePageUrl, toTelHref } from "./contact-links.js";
import type { Conversation } from "./conversation.js";
import type { ConversationHost } from "./conversation-host.js";
import {
  FaqCloseEvent,
  FaqErrorEvent,
  FaqHandoffEvent,
  FaqOpenEvent,
  type FaqErrorReason,
} from "./events.js";
import { faqChatStyles } from "./faq-chat.styles.js";
import {
  formatString,
  launcherStrings,
  pickTextOverrides,
  type LauncherStrings,
} from "./launcher-strings.js";
import type { FaqStrings } from "./strings.js";
import { readOpenState, writeOpenState } from "./visit-state.js";
import { startKnowledgeRequest } from "./knowledge-request.js";
import { yieldToPage } from "./yield-to-page.js";

// dist/ is flat: the built-in knowledge sits beside the script that defines the element.
const defaultKnowledgeUrl = new URL("./knowledge.json", import.meta.url).href;

// Where the full-screen panel takes over; matches the phone layout in faq-chat.styles.ts.
const phoneQuery = "(max-width: 480px)";

/**
 * An FAQ chat for a clinic's website: visitors ask about ketamine treatment
 * for anxiety and get answers from the clinic's compiled knowledge, with the
 * clinic's contact details, and crisis help when needed, always in reach.
 *
 * Until a visitor shows interest (hovers, focuses, touches or opens the
 * launcher, or an inline chat scrolls near view) only this small element is
 * loaded; the conversation, the matching engine and the knowledge load then
 * (see docs/decisions/widget-loads-in-two-stages.md).
 *
 * On a phone the panel fills the screen and is modal: the page behind it is
 * inert until it closes. On a larger screen it is a non-modal dialog beside
 * the launcher.
 *
 * @slot header - Replaces the panel's title, e.g. with the clinic's logo and name.
 * @slot footer - A line under the message field, e.g. the clinic's own disclaimer.
 *
 * @csspart launcher - The floating button that opens and closes the panel.
 * @csspart panel - The chat panel: a dialog (modal on a phone), or a region in `inline` mode.
 * @csspart header - The panel's title bar.
 * @csspart message - Every message in the conversation, the visitor's and the replies, but crisis replies.
 * @csspart crisis-message - A crisis reply. Style it with care: it must stay unmistakable.
 * @csspart suggestion - A question chip (starters, "Related questions", "Did you mean…?").
 * @csspart input - The message field.
 * @csspart send-button - The send button.
 * @csspart contact - The panel's footer with the clinic's call and contact links.
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
 * @fires {FaqErrorEvent} faq-error - Something the widget needs could not be used (the knowledge, its own files, the page's settings, a reply); the visitor sees the clinic's contact instead. Detail: `{ reason }`.
 */
export class FaqChat extends LitElement implements ConversationHost {
  static override styles = faqChatStyles;

  static override properties = {
    knowledgeSrc: { attribute: "knowledge-src" },
    open: { type: Boolean, reflect: true },
    mode: { reflect: true },
    position: { reflect: true },
    theme: { reflect: true },
    clinicName: { attribute: "clinic-name" },
    contactUrl: { attribute: "contact-url" },
    contactPhone: { attribute: "contact-phone" },
    strings: { attribute: false },
    typingDelay: { attribute: false },
    knowledgeTimeout: { attribute: false },
    slowReplyAfter: { attribute: false },
  };

  /** URL of a compiled knowledge JSON (`faq build`); the `knowledge.json` beside the script when absent. */
  knowledgeSrc: string | null = null;
  /** Whether the panel is open (`launcher` mode). Restored on the next page of the same visit. */
  open = false;
  /** `launcher`: a floating button opens the panel; `inline`: the chat sits in the page flow. */
  mode: "launcher" | "inline" = "launcher";
  /** Corner of the launcher: `bottom-right` or `bottom-left`. */
  position: "bottom-right" | "bottom-left" = "bottom-right";
  /** Colours: `light` (the default, like most clinic sites), `dark`, or `auto` to follow the visitor's system. The crisis panel follows too. */
  theme: "light" | "dark" | "auto" = "light";
  /** The clinic's name as visitors should see it (`clinic-name`); overrides the knowledge's. */
  clinicName: string | null = null;
  /** The clinic's contact or booking page, http or https (`contact-url`); overrides the knowledge's. */
  contactUrl: string | null = null;
  /** The clinic's phone number (`contact-phone`); overrides the knowledge's. */
  contactPhone: string | null = null;
  /** Overrides for any visible text; see `FaqStrings`. Values that are not text are ignored. Property only. */
  strings: Partial<FaqStrings> | null = null;
  /**
   * How long the typing indicator shows before a reply to the visitor, in ms (none with reduced motion);
   * unset: 250 (`WIDGET_DELAYS` in `delays.ts`). Property only.
   */
  typingDelay: number | undefined = undefined;
  /** How long the knowledge file's download may make no progress before the clinic's contact shows instead, in ms; unset: 10,000. Property only. */
  knowledgeTimeout: number | undefined = undefined;
  /**
   * How long a question may wait for the answers to be ready (a slow phone on a slow network: 15–20 s for
   * the first) before the reply in progress says why, in ms; unset: 4,000. Property only.
   */
  slowReplyAfter: number | undefined = undefined;

  private conversation: Conversation | undefined;
  private loadFailure: FaqErrorReason | undefined;
  // Whether the conversation was started afresh after it failed to render (see `panelContent`).
  private hasRecovered = false;
  private isPhone = false;
  private conversationLoad: Promise<Conversation | undefined> | undefined;
  private visibilityObserver: IntersectionObserver | undefined;
  private phoneMedia: MediaQueryList | undefined;
  private isFocusPending = false;
  private focusing: Promise<unknown> | undefined;
  private opening: Promise<void> | undefined;
  // The dialog is being closed to reopen as modal or not (see syncDialog): its close event is not the visitor's.
  private isSwitchingDialog = false;
  private isIntentQueued = false;
  private readonly handlePhoneChange = () => {
    this.isPhone = this.phoneMedia?.matches ?? false;
    this.requestUpdate();
  };

  /**
   * The absolute URL of the knowledge this element shows, or null when `knowledge-src` is not a URL a page
   * fetches data from (http, https, blob or data: never `javascript:` or `file:`).
   */
  get knowledgeUrl(): string | null {
    try {
      const url = new URL(
        this.knowledgeSrc || defaultKnowledgeUrl,
        document.baseURI,
      );
      // The conversation's knowledge task reports null (faq-error `invalid-config`) when it loads.
      return /^(https?|blob|data):$/.test(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  private get isInline(): boolean {
    return this.mode === "inline";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener("keydown", this.handleKeydown);
    this.addEventListener("focusin", this.handleFocusIn);
    this.phoneMedia ??= matchMedia(phoneQuery);
    this.phoneMedia.addEventListener("change", this.handlePhoneChange);
    this.handlePhoneChange();
    // A visitor who left the panel open on the previous page finds it open here.
    if (!this.isInline && readOpenState(this.knowledgeUrl)) this.open = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener("keydown", this.handleKeydown);
    this.removeEventListener("focusin", this.handleFocusIn);
    this.phoneMedia?.removeEventListener("change", this.handlePhoneChange);
    this.visibilityObserver?.disconnect();
  }

  /** Opens the panel; resolves once it is rendered and ready for a question. Fires no event. */
  async show(): Promise<void> {
    this.open = true;
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
   * if needed). A crisis message resolves with the crisis help at once, even
   * while the knowledge loads or when it cannot be loaded. When the knowledge
   * is unavailable other questions resolve with a `fallback` whose handoff
   * holds the page's contact details. Fires no event.
   *
   * @throws (as a rejection) only when the widget's own files cannot be loaded.
   */
  async ask(text: string): Promise<Answer> {
    const conversation = await this.loadConversation();
    if (!conversation)
      throw new Error("faq-chat: the conversation could not be loaded.");
    return conversation.ask(typeof text === "string" ? text : "", false);
  }

  /** Closes the panel as the visitor would: fires `faq-close` and forgets the open state for this visit. */
  closeByVisitor(): void {
    if (!this.open) return;
    this.open = false;
    writeOpenState(this.knowledgeUrl, false);
    this.emit(new FaqCloseEvent());
  }

  // Resolves after rendering and after any knowledge load or reply under way,
  // so tests and host pages await one promise instead of polling.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.conversationLoad && !(await this.isSettled()))
      result = await super.getUpdateComplete();
    await this.opening;
    await this.focusing;
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("strings") || changed.has("contactUrl")) this.checkConfig();
    if (changed.has("open") && this.open && this.hasUpdated)
      this.isFocusPending = true;
    if (this.open && !this.isInline) void this.loadConversation();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncDialog();
    this.observeVisibility();
    const root = this.renderRoot as ShadowRoot;
    if (changed.has("open") && !this.open && this.hasFocusInPanel(root))
      this.launcher?.focus();
    // A modal dialog still opening takes focus once it is open (see syncDialog).
    if (!this.opening) this.moveFocus(root);
  }

  private moveFocus(root: ShadowRoot): void {
    if (this.isFocusPending && this.open) {
      // The field once the conversation is there; until then the panel itself.
      const input = root.querySelector<HTMLElement>("#input");
      if (input) {
        this.isFocusPending = false;
        // Once the frame has laid the new content out (or soon, on a hidden page without frames):
        // focusing now would force that layout into this task, 40-70 ms more on a 4x slower phone.
        // A timer set in the frame's callback runs after that frame's style and layout; a yield there
        // could run before them and make the focus lay the panel out itself (90 ms at 4x CPU).
        this.focusing = Promise.race([
          new Promise((resolve) =>
            requestAnimationFrame(() => setTimeout(resolve)),
          ),
          new Promise((resolve) => setTimeout(resolve, 100)),
        ]).then(() => this.open && input.focus());
      } else root.querySelector<HTMLElement>(".panel")?.focus();
    }
  }

  private get launcher(): HTMLButtonElement | null {
    return this.renderRoot.querySelector(".launcher");
  }

  private hasFocusInPanel(root: ShadowRoot): boolean {
    return Boolean(root.activeElement?.closest(".panel"));
  }

  // The dialog's open state follows `open`; on a phone it is modal (the page is inert).
  // `isOpeningTask`: the task of its own a modal dialog opens in (see below).
  private syncDialog(isOpeningTask = false): void {
    const dialog = this.renderRoot.querySelector("dialog");
    // Off the page (taken out while its knowledge still loads) a dialog cannot open; connecting syncs it.
    if (!dialog?.isConnected) return;
    const shouldOpen = this.open && !this.isInline;
    const isModal = shouldOpen && this.isPhone;
    if (dialog.open && (!shouldOpen || dialog.matches(":modal") !== isModal)) {
      // A phone turned, or a page zoomed, across the phone width: the same panel reopens the other way at
      // once. Its close event (which arrives later) is not the visitor's, and focus inside goes back inside.
      if (shouldOpen) {
        this.isSwitchingDialog = true;
        this.isFocusPending ||= this.hasFocusInPanel(
          this.renderRoot as ShadowRoot,
        );
      }
      dialog.close();
    }
    if (!shouldOpen || dialog.open) return;
    // A non-modal dialog opens without moving focus; updated() decides where focus goes.
    if (!isModal) dialog.setAttribute("open", "");
    else if (isOpeningTask) dialog.showModal();
    // A modal one lays out the page as it opens (to make it inert and find what to focus): 45-70 ms at 4x
    // CPU, in a task of its own rather than in the tap's, where the state is read again.
    else
      this.opening ??= yieldToPage().then(() => {
        this.opening = undefined;
        this.syncDialog(true);
        this.moveFocus(this.renderRoot as ShadowRoot);
      });
  }

  private readonly handleKeydown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && this.open && !this.isInline) {
      event.stopPropagation();
      event.preventDefault();
      this.closeByVisitor();
    }
  };

  // An inline chat that gets focus loads at once, even before it scrolls near view.
  private readonly handleFocusIn = () => {
    if (this.isInline) void this.loadConversation();
  };

  // A modal dialog asks to close on Escape (and the browser may insist): the element decides.
  private handleCancel(event: Event): void {
    event.preventDefault();
    this.closeByVisitor();
  }

  // The element closes and reopens the dialog itself when the layout switches
  // between phone and desktop, at once; a dialog still closed when this event
  // arrives was closed by the browser, on the visitor's behalf.
  private handleDialogClose(): void {
    if (this.isSwitchingDialog) {
      this.isSwitchingDialog = false;
      return;
    }
    if (this.open && this.renderRoot.querySelector("dialog")?.open === false)
      this.closeByVisitor();
  }

  private handleLauncherClick(): void {
    if (this.open) {
      this.closeByVisitor();
      return;
    }
    this.open = true;
    this.isFocusPending = true;
    writeOpenState(this.knowledgeUrl, true);
    this.emit(new FaqOpenEvent());
  }

  // Hover, focus, a finger or a pointer going down: the visitor is about to open it. The knowledge
  // downloads alongside the conversation code, not after it. Starting the two costs a 4x slower phone
  // 30-40 ms: in a task of their own, not in the tap's.
  private handleIntent(): void {
    if (this.isIntentQueued) return;
    this.isIntentQueued = true;
    void yieldToPage().then(() => {
      this.isIntentQueued = false;
      const url = this.knowledgeUrl;
      // A failure is the conversation's to report, when it uses the file.
      if (url !== null) startKnowledgeRequest(url);
      void this.loadConversation();
    });
  }

  // Loads the conversation code (and, through it, the knowledge and the engine) once.
  private loadConversation(): Promise<Conversation | undefined> {
    return (this.conversationLoad ??= import("./conversation.js").then(
      async (module) => {
        // Evaluating the code and the first render are each a long while on a slow phone: apart.
        await yieldToPage();
        this.conversation = new module.Conversation(this);
        this.requestUpdate();
        return this.conversation;
      },
      () => {
        this.fail("load-failed");
        return undefined;
      },
    ));
  }

  private async isSettled(): Promise<boolean> {
    const conversation = await this.conversationLoad;
    return conversation ? conversation.settle() : true;
  }

  // The page's settings are checked where they enter: what cannot be used is
  // ignored (defaults, no link) and reported once, never met while rendering.
  private checkConfig(): void {
    const strings = this.strings as unknown;
    let hasBadStrings: boolean;
    try {
      hasBadStrings =
        strings != null &&
        (typeof strings !== "object" ||
          Object.values(strings).some((value) =>
            typeof value === "string"
              ? value.trim() === ""
              : typeof value !== "object" || value === null,
          ));
    } catch {
      // A getter on the page's object threw: what it guards is not used (see `resolveStrings`).
      hasBadStrings = true;
    }
    const hasBadContactUrl =
      Boolean(this.contactUrl) && !toSafePageUrl(this.contactUrl);
    // A phone that is not a number and waits a timer cannot wait are reported by the knowledge controller,
    // with the conversation's code: this check is in the first script, which must stay under 10 KiB.
    if (hasBadStrings || hasBadContactUrl)
      queueMicrotask(() => this.emit(new FaqErrorEvent("invalid-config")));
  }

  // Every event goes through here; the class JSDoc's @fires lines document them for the manifest.
  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  private fail(reason: FaqErrorReason): void {
    this.loadFailure = reason;
    this.requestUpdate();
    this.emit(new FaqErrorEvent(reason));
  }

  // Inline chats load when they come near the viewport. Observing twice is a no-op.
  private observeVisibility(): void {
    if (!this.isInline || this.conversationLoad) {
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

  private launcherStrings(): LauncherStrings {
    return {
      ...launcherStrings,
      ...pickTextOverrides(launcherStrings, this.strings),
    };
  }

  // Never a blank panel: without its code, the widget still shows how to reach the clinic.
  private failureTemplate(strings: LauncherStrings) {
    const tel = toTelHref(this.contactPhone);
    const contact = toSafePageUrl(this.contactUrl);
    return html`<p class="status">
        ${formatString(strings.unavailable, {
          clinic: this.clinicName || strings.defaultClinicName,
        })}
      </p>
      <p class="status">
        ${
          tel
            ? html`<a
                href=${tel}
                @click=${() => this.emit(new FaqHandoffEvent("phone"))}
                >${formatString(strings.handoffCall, {
                  phone: this.contactPhone ?? "",
                })}</a
              > `
            : nothing
        }
        ${
          contact
            ? html`<a
                href=${contact}
                @click=${() => this.emit(new FaqHandoffEvent("contact"))}
                >${strings.handoffContact}</a
              >`
            : nothing
        }
      </p>`;
  }

  private panelContent(strings: LauncherStrings) {
    if (this.conversation) {
      try {
        const content = this.conversation.render();
        this.hasRecovered = false;
        return content;
      } catch {
        // A reply that cannot be shown must not take the panel with it: the conversation starts afresh.
        // If even that cannot render (a host page's `strings` that throw), it is set aside for the friendly
        // panel, once: trying again would render, fail and recover for ever and freeze the page.
        const conversation = this.conversation;
        if (!this.hasRecovered) {
          this.hasRecovered = true;
          queueMicrotask(() => conversation.recover());
        } else {
          this.conversation = undefined;
          this.loadFailure = "render-failed";
        }
      }
    }
    if (this.loadFailure) return this.failureTemplate(strings);
    return html`<p class="status">${strings.loading}</p>`;
  }

  override render() {
    const strings = this.launcherStrings();
    const isInline = this.isInline;
    const side = this.position === "bottom-left" ? "left" : "";
    const content = this.panelContent(strings);
    const intent = () => this.handleIntent();
    return html`${
      isInline
        ? html`<div
            id="panel"
            class="panel inline"
            part="panel"
            role="region"
            tabindex="-1"
            aria-label=${strings.title}
            lang=${this.conversation?.lang ?? nothing}
          >
            ${content}
          </div>`
        : html`<button
              type="button"
              class="launcher ${side}"
              part="launcher"
              aria-controls="panel"
              aria-expanded=${this.open ? "true" : "false"}
              @click=${this.handleLauncherClick}
              @pointerenter=${intent}
              @pointerdown=${intent}
              @touchstart=${{ handleEvent: intent, passive: true }}
              @focus=${intent}
            >
              <span
                class="launcher-icon ${this.open ? "close-icon" : ""}"
              ></span
              >${this.open ? strings.launcherClose : strings.launcher}
            </button>
            <dialog
              id="panel"
              class="panel ${side}"
              part="panel"
              tabindex="-1"
              aria-label=${strings.title}
              aria-modal=${this.isPhone ? "true" : "false"}
              lang=${this.conversation?.lang ?? nothing}
              @cancel=${this.handleCancel}
              @close=${this.handleDialogClose}
            >
              ${content}
            </dialog>`
    }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "faq-chat": FaqChat;
  }
}
