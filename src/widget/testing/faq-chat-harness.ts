import type { AnswerKind } from "../../engine/types.js";
import type { FaqChat } from "../faq-chat.js";

/**
 * Drives a `<faq-chat>` the way a visitor does (click the launcher, type,
 * press Enter, click a chip) and reads back what a visitor would see, so tests
 * read like visitor stories and never poke at shadow DOM details themselves.
 * Modelled on Material Web's component harnesses.
 *
 * @example
 * ```ts
 * const chat = new FaqChatHarness(await fixture(html`<faq-chat knowledge-src=${url}></faq-chat>`));
 * await chat.open();
 * await chat.ask('what is ketamine');
 * expect(chat.lastReplyKind()).to.equal('answer');
 * ```
 */
export class FaqChatHarness {
  constructor(readonly element: FaqChat) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error("faq-chat has no shadow root yet");
    return root;
  }

  /** The floating launcher button (absent in inline mode). */
  get launcher(): HTMLButtonElement {
    return this.root.querySelector(".launcher") as HTMLButtonElement;
  }

  /** The launcher's visible text. */
  get launcherText(): string {
    return visibleText(this.launcher);
  }

  /** The panel (dialog, or region in inline mode). */
  get panel(): HTMLElement {
    return this.root.querySelector(".panel") as HTMLElement;
  }

  /** The visually hidden status line that announces replies to screen readers (politely). */
  get announcement(): string {
    return this.textOf('[role="status"]');
  }

  /** The visually hidden alert that announces a crisis reply at once, interrupting. */
  get urgentAnnouncement(): string {
    return this.textOf('[role="alert"]');
  }

  private textOf(selector: string): string {
    return (this.root.querySelector(selector)?.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim();
  }

  /** The panel's contact footer (call and contact links), if shown. */
  get contactFooter(): HTMLElement | null {
    return this.root.querySelector(".contact");
  }

  /** The message field, once the conversation has rendered. */
  get input(): HTMLInputElement | null {
    return this.root.querySelector("input");
  }

  /** The conversation log, once the conversation has rendered. */
  get log(): HTMLElement | null {
    return this.root.querySelector('[role="log"]');
  }

  /** The element that has focus inside the widget, if any. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** Whether the panel is visible. */
  get isOpen(): boolean {
    return this.panel.getClientRects().length > 0;
  }

  /** Whether the panel is a modal dialog (the page behind it inert). */
  get isModal(): boolean {
    return this.panel.matches(":modal");
  }

  /** Clicks the launcher (unless the panel was left open on an earlier page) and waits until the conversation is ready for typing, or shows why it can't be. */
  async open(): Promise<void> {
    await this.element.updateComplete;
    if (!this.element.open) this.launcher.click();
    await this.element.updateComplete;
    if (!this.isOpen) throw new Error("the panel did not open");
  }

  /**
   * Waits until an inline chat (or an already open one) has finished loading.
   * An inline chat loads when it nears the viewport or gets focus; focus is
   * what this gives it, as a visitor tabbing into it would.
   */
  async ready(): Promise<void> {
    await this.element.updateComplete;
    if (!this.input)
      this.element.dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    await this.element.updateComplete;
    if (!this.input) throw new Error("the conversation did not load");
  }

  /** Resolves when every finite animation in the widget has finished (the typing dots loop forever and are skipped). */
  async animationsFinished(): Promise<void> {
    const animations = this.root
      .getAnimations()
      .filter(
        (animation) => animation.effect?.getTiming().iterations !== Infinity,
      );
    await Promise.all(animations.map((animation) => animation.finished));
  }

  /** Presses Escape where focus is (or on the panel). */
  pressEscape(): void {
    const target = this.focused ?? this.panel;
    target.dispatchEvent(
      new KeyboardEvent("keydown", {
        key: "Escape",
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  /** Types `text` into the message field and presses Enter; waits for the reply. */
  async ask(text: string): Promise<HTMLElement> {
    const input = this.input;
    if (!input) throw new Error("the panel is not open");
    const before = this.replies().length;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    (input.form as HTMLFormElement).requestSubmit();
    return this.waitForReply(before);
  }

  /** Clicks the chip whose text is `question` (in the latest reply that has it, or the starters); waits for the reply. */
  async clickChip(question: string): Promise<HTMLElement> {
    const chip = this.chips()
      .reverse()
      .find((button) => button.textContent?.trim() === question);
    if (!chip)
      throw new Error(
        `no chip "${question}"; chips: ${this.chipTexts().join(" | ")}`,
      );
    const before = this.replies().length;
    chip.click();
    return this.waitForReply(before);
  }

  /** The "Clear chat" control. */
  get clearButton(): HTMLButtonElement {
    return this.root.querySelector(".clear") as HTMLButtonElement;
  }

  /** Clicks "Clear chat" and confirms with a second click. */
  async clear(): Promise<void> {
    this.clearButton.click();
    await this.element.updateComplete;
    this.clearButton.click();
    await this.element.updateComplete;
  }

  /** Clicks the panel's close button. */
  clickClose(): void {
    (this.root.querySelector(".close") as HTMLButtonElement).click();
  }

  /** Every reply to a visitor question, oldest first (the greeting is not one). */
  replies(): HTMLElement[] {
    return [
      ...this.root.querySelectorAll<HTMLElement>(".message.reply:not(.intro)"),
    ];
  }

  /** The latest reply. */
  lastReply(): HTMLElement {
    const replies = this.replies();
    const last = replies[replies.length - 1];
    if (!last) throw new Error("there is no reply yet");
    return last;
  }

  /** The kind of the latest reply, as shown: answer, suggest, fallback, crisis or smalltalk. */
  lastReplyKind(): AnswerKind | undefined {
    const kinds: AnswerKind[] = [
      "answer",
      "suggest",
      "fallback",
      "crisis",
      "smalltalk",
    ];
    return kinds.find((kind) => this.lastReply().classList.contains(kind));
  }

  /** The text of the latest reply, as a visitor reads it (screen-reader-only prefixes left out). */
  lastReplyText(): string {
    return visibleText(this.lastReply());
  }

  /** What the visitor's messages show, oldest first. */
  visitorMessages(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>(".message.visitor")].map(
      (message) => visibleText(message),
    );
  }

  /** The greeting block at the top of the conversation. */
  intro(): HTMLElement | null {
    return this.root.querySelector(".message.intro");
  }

  /** All question chips currently shown, in document order. */
  chips(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>("button.chip")];
  }

  /** The texts of all chips. */
  chipTexts(): string[] {
    return this.chips().map((chip) => chip.textContent?.trim() ?? "");
  }

  /** Links in `scope` (the latest reply by default) as { text, href }. */
  links(scope: Element = this.lastReply()): {
    text: string;
    href: string;
    target: string | null;
    rel: string | null;
  }[] {
    return [...scope.querySelectorAll("a")].map((link) => ({
      text: visibleText(link),
      href: link.getAttribute("href") ?? "",
      target: link.getAttribute("target"),
      rel: link.getAttribute("rel"),
    }));
  }

  // The element's updateComplete waits for the replies under way.
  private async waitForReply(countBefore: number): Promise<HTMLElement> {
    await this.element.updateComplete;
    if (this.replies().length <= countBefore)
      throw new Error("no reply was added");
    return this.lastReply();
  }
}

/** Text content without the screen-reader-only prefixes, whitespace collapsed. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy
    .querySelectorAll(".visually-hidden")
    .forEach((hidden) => hidden.remove());
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Resolves when `condition` holds, checking once per frame; rejects after
 * `timeoutMs` naming what it waited for. Only for what the element has no
 * promise for (a request seen by the browser, an event from a page in a frame).
 */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 4000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline)
      throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
