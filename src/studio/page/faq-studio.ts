import { LitElement, html, nothing, type PropertyValues } from "lit";
import {
  toEntryForm,
  type EntryForm,
  type SettingsForm,
} from "../entry-form.js";
import type { Explanation } from "../explain-answer.js";
import type {
  StudioEntry,
  StudioProblem,
  StudioState,
} from "../studio-folder.js";
import { createEntrySearch } from "./search-entries.js";
import { StudioApi, StudioApiError, type PublishResult } from "./studio-api.js";
import { studioStrings as s } from "./studio-strings.js";
import { studioStyles } from "./studio-styles.js";
import { entryEditor } from "./templates/entry-editor.js";
import { entryView } from "./templates/entry-view.js";
import { settingsEditor } from "./templates/settings-editor.js";
import { whyView } from "./templates/why-view.js";

type View = "none" | "entry" | "edit" | "new" | "settings";
/** Typing pauses this long before the form is checked. */
const CHECK_DELAY_MS = 250;

/** The widget's public surface the try-it pane uses. */
type FaqChatElement = HTMLElement & { ask(text: string): Promise<unknown> };

/**
 * The studio page: browse and search the knowledge, edit an entry or the
 * clinic settings with `faq check`'s problems beside each field, try the
 * knowledge in the real widget with a "why" for each reply, and publish.
 *
 * @slot try - The `<faq-chat mode="inline">` the try-it pane shows; the studio points it at the edited knowledge.
 */
export class FaqStudio extends LitElement {
  static override styles = studioStyles;
  static override properties = {
    token: { type: String },
    apiBase: { type: String, attribute: "api-base" },
    state: { state: true },
    query: { state: true },
    view: { state: true },
    selectedId: { state: true },
    form: { state: true },
    formProblems: { state: true },
    previewHtml: { state: true },
    isChecking: { state: true },
    isStale: { state: true },
    settingsForm: { state: true },
    settingsProblems: { state: true },
    message: { state: true },
    isMessageGood: { state: true },
    whys: { state: true },
    publishResult: { state: true },
    pendingDelete: { state: true },
  };

  /** The per-run token the server printed in the link (the page's markup carries it). */
  token = "";
  /** Prefix of the studio's API paths; empty when the studio server serves this page. */
  apiBase = "";

  private state: (StudioState & { version: number; out: string }) | undefined;
  private query = "";
  private view: View = "none";
  private selectedId: string | undefined;
  private form: EntryForm | undefined;
  private originalId: string | undefined;
  private formProblems: StudioProblem[] = [];
  private previewHtml = "";
  private isChecking = false;
  private isDirty = false;
  private isStale = false;
  private settingsForm: SettingsForm | undefined;
  private settingsProblems: StudioProblem[] = [];
  private message = "";
  private isMessageGood = false;
  private whys: Explanation[] = [];
  private publishResult: PublishResult | undefined;
  private pendingDelete: StudioEntry | undefined;
  private api!: StudioApi;
  private search: (query: string) => string[] = () => [];
  private stopWatching: (() => void) | undefined;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private checkRun = 0;
  private typedQuestion = "";
  private pendingQuestion: string | undefined;
  private loaded: Promise<void> | undefined;
  /** The knowledge version the try-it widget was loaded with (the page's markup starts it at 0). */
  private widgetVersion = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.api = new StudioApi(this.token, this.apiBase);
    this.loaded = this.reload();
    this.stopWatching = this.api.watch((version) => {
      if (this.state && version !== this.state.version)
        this.loaded = this.reload();
    });
    this.addEventListener("faq-answer", this.handleWidgetAnswer);
    this.addEventListener("input", this.handleWidgetInput);
    this.addEventListener("keydown", this.handleWidgetKeydown);
    this.addEventListener("click", this.handleWidgetClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    clearTimeout(this.checkTimer);
  }

  /** Resolves once the latest reading of the knowledge (and any started meanwhile) is shown (for tests and scripts). */
  get ready(): Promise<void> {
    return (async () => {
      let current;
      do {
        current = this.loaded;
        await current;
      } while (current !== this.loaded);
      await this.updateComplete;
    })();
  }

  /** Asks the try-it widget a question as a visitor would, and shows why it got its reply. */
  async ask(question: string): Promise<Explanation> {
    // A reload in flight is about to swap in a fresh widget: ask that one.
    await this.ready;
    const chat = this.querySelector<FaqChatElement>("faq-chat");
    await chat?.ask?.(question);
    return this.explain(question);
  }

  private async reload(): Promise<void> {
    const state = await this.api.state();
    // Reloads can overlap (a save, then the change it causes): never go back to an older state.
    if (this.state && state.version < this.state.version) return;
    this.state = state;
    this.search = createEntrySearch([...state.entries, ...state.drafts]);
    this.refreshWidget(state.version);
    if (this.view === "edit" && this.form && this.originalId) {
      const fresh = state.entries.find((entry) => entry.id === this.originalId);
      if (this.isDirty) this.isStale = true;
      else if (fresh) this.startEditing(fresh);
    }
    if (this.view === "settings" && this.settingsForm && !this.isDirty)
      this.settingsForm = state.settings;
  }

  // The widget loads its knowledge once: a fresh element loads the edited knowledge.
  private refreshWidget(version: number): void {
    const old = this.querySelector("faq-chat");
    if (!old || version <= this.widgetVersion) return;
    this.widgetVersion = version;
    const fresh = old.cloneNode(false) as HTMLElement;
    fresh.setAttribute("knowledge-src", this.api.knowledgeUrl(version));
    old.replaceWith(fresh);
  }

  private entries(): StudioEntry[] {
    return this.state ? [...this.state.entries, ...this.state.drafts] : [];
  }

  private selected(): StudioEntry | undefined {
    return this.entries().find((entry) => entry.id === this.selectedId);
  }

  private select(id: string): void {
    this.selectedId = id;
    this.view = "entry";
    this.message = "";
  }

  private startEditing(entry: StudioEntry): void {
    this.form = toEntryForm(entry);
    this.originalId =
      entry.isDraft &&
      !this.state?.entries.some((saved) => saved.id === entry.id)
        ? undefined
        : entry.id;
    this.formProblems = entry.problems;
    this.previewHtml = entry.html;
    this.isDirty = false;
    this.isStale = false;
    this.view = entry.isDraft && this.originalId === undefined ? "new" : "edit";
    this.scheduleCheck();
  }

  private startNew(): void {
    const topic = this.selected()?.topic ?? this.state?.topics[0] ?? "general";
    this.form = {
      topic,
      id: "",
      question: "",
      phrasings: ["", "", "", "", ""],
      tags: [],
      related: [],
      sources: [],
      answer: "",
    };
    this.originalId = undefined;
    this.formProblems = [];
    this.previewHtml = "";
    this.isDirty = false;
    this.isStale = false;
    this.view = "new";
    this.message = "";
  }

  private changeForm(patch: Partial<EntryForm>): void {
    if (!this.form) return;
    this.form = { ...this.form, ...patch };
    this.isDirty = true;
    this.scheduleCheck();
  }

  // Checks as staff type, once they pause; an older check's answer never overwrites a newer one's.
  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.checkForm(), CHECK_DELAY_MS);
  }

  private async checkForm(): Promise<void> {
    const form = this.form;
    if (!form || form.id === "") return;
    const run = ++this.checkRun;
    this.isChecking = true;
    try {
      const check = await this.api.checkEntry(
        this.cleanForm(form),
        this.originalId,
      );
      if (run !== this.checkRun) return;
      this.formProblems = check.problems;
      this.previewHtml = check.html;
    } catch (error) {
      if (run !== this.checkRun) return;
      this.formProblems = [
        {
          file: "",
          line: 1,
          field: "file",
          isWarning: false,
          message: (error as Error).message,
        },
      ];
    } finally {
      if (run === this.checkRun) this.isChecking = false;
    }
  }

  private cleanForm(form: EntryForm): EntryForm {
    return {
      ...form,
      phrasings: form.phrasings.filter((phrasing) => phrasing.trim() !== ""),
    };
  }

  // A save under way: a second press of Save (a double click) is ignored rather than sent again.
  private isSaving = false;

  private async saveForm(isDraft: boolean): Promise<void> {
    if (!this.form || this.isSaving) return;
    this.isSaving = true;
    clearTimeout(this.checkTimer);
    this.checkRun++;
    try {
      const saved = await this.api.saveEntry(
        this.cleanForm(this.form),
        this.originalId,
        isDraft,
      );
      this.showMessage(saved.message, true);
      this.isDirty = false;
      const id = this.form.id;
      await (this.loaded = this.reload());
      if (!isDraft) this.select(id);
      this.message = saved.message;
    } catch (error) {
      this.showMessage((error as Error).message, false);
      if (error instanceof StudioApiError && error.problems.length > 0)
        this.formProblems = error.problems;
      this.isChecking = false;
    } finally {
      this.isSaving = false;
    }
  }

  private editSettings(): void {
    if (!this.state) return;
    this.settingsForm = structuredClone(this.state.settings);
    this.settingsProblems = this.state.settingsProblems;
    this.isDirty = false;
    this.view = "settings";
    this.message = "";
  }

  private changeSettings(patch: Partial<SettingsForm>): void {
    if (!this.settingsForm) return;
    this.settingsForm = { ...this.settingsForm, ...patch };
    this.isDirty = true;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(async () => {
      const run = ++this.checkRun;
      const check = await this.api.checkSettings(this.settingsForm!);
      if (run === this.checkRun) this.settingsProblems = check.problems;
    }, CHECK_DELAY_MS);
  }

  private async saveSettings(): Promise<void> {
    if (!this.settingsForm || this.isSaving) return;
    this.isSaving = true;
    clearTimeout(this.checkTimer);
    this.checkRun++;
    try {
      this.showMessage(
        (await this.api.saveSettings(this.settingsForm)).message,
        true,
      );
      this.isDirty = false;
      await (this.loaded = this.reload());
    } catch (error) {
      this.showMessage((error as Error).message, false);
      if (error instanceof StudioApiError)
        this.settingsProblems = error.problems;
    } finally {
      this.isSaving = false;
    }
  }

  private askDelete(entry: StudioEntry): void {
    const linkedFrom =
      this.state?.entries
        .filter(
          (other) => other.id !== entry.id && other.related.includes(entry.id),
        )
        .map((other) => other.id) ?? [];
    if (linkedFrom.length > 0 && !entry.isDraft) {
      this.showMessage(s.linkedFrom(linkedFrom), false);
      return;
    }
    this.pendingDelete = entry;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector("dialog")?.showModal(),
    );
  }

  private async confirmDelete(isConfirmed: boolean): Promise<void> {
    const entry = this.pendingDelete;
    this.renderRoot.querySelector("dialog")?.close();
    this.pendingDelete = undefined;
    if (!entry || !isConfirmed) return;
    try {
      this.showMessage((await this.api.deleteEntry(entry.id)).message, true);
      this.view = "none";
      this.selectedId = undefined;
      await (this.loaded = this.reload());
    } catch (error) {
      this.showMessage((error as Error).message, false);
    }
  }

  private async publish(): Promise<void> {
    this.showMessage(s.publishing, true);
    try {
      this.publishResult = await this.api.publish();
      this.showMessage(
        this.publishResult.message,
        this.publishResult.isPublished,
      );
    } catch (error) {
      this.showMessage((error as Error).message, false);
    }
  }

  private async explain(question: string): Promise<Explanation> {
    const why = await this.api.explain(question);
    this.whys = [why, ...this.whys].slice(0, 5);
    return why;
  }

  private showMessage(message: string, isGood: boolean): void {
    this.message = message;
    this.isMessageGood = isGood;
  }

  // Questions typed into the widget itself: remembered from its documented parts
  // (input, send-button, suggestion) and explained when its faq-answer event comes.
  private readonly handleWidgetInput = (event: Event) => {
    const field = event.composedPath()[0] as HTMLInputElement | undefined;
    if (field?.part?.contains("input")) this.typedQuestion = field.value;
  };

  private readonly handleWidgetKeydown = (event: KeyboardEvent) => {
    const field = event.composedPath()[0] as HTMLInputElement | undefined;
    if (event.key === "Enter" && field?.part?.contains("input"))
      this.pendingQuestion = field.value;
  };

  private readonly handleWidgetClick = (event: Event) => {
    const target = (event.composedPath() as Element[]).find(
      (node) =>
        node.part?.contains("send-button") || node.part?.contains("suggestion"),
    );
    if (target?.part.contains("send-button"))
      this.pendingQuestion = this.typedQuestion;
    else if (target) this.pendingQuestion = target.textContent?.trim() ?? "";
  };

  private readonly handleWidgetAnswer = () => {
    const question = this.pendingQuestion;
    this.pendingQuestion = undefined;
    if (question) void this.explain(question);
  };

  private handleAskSubmit(event: Event): void {
    event.preventDefault();
    const field =
      this.renderRoot.querySelector<HTMLInputElement>("#try-question");
    const question = field?.value.trim() ?? "";
    if (question) void this.ask(question);
  }

  protected override updated(changed: PropertyValues): void {
    // Moving between views puts focus on the new view's heading, so keyboard and screen-reader users land there.
    const hasMoved =
      (changed.has("view") && changed.get("view") !== undefined) ||
      (changed.has("selectedId") && changed.get("selectedId") !== undefined);
    if (hasMoved) {
      const heading = this.renderRoot.querySelector<HTMLElement>("main h2");
      heading?.setAttribute("tabindex", "-1");
      heading?.focus();
    }
  }

  private renderNav() {
    const entries = this.entries();
    const matches = this.search(this.query);
    const shown =
      this.query.trim() === ""
        ? entries
        : matches
            .map((id) => entries.find((entry) => entry.id === id)!)
            .filter(Boolean);
    const item = (entry: StudioEntry) =>
      html`<li>
        <button
          type="button"
          data-id=${entry.id}
          aria-current=${entry.id === this.selectedId ? "true" : "false"}
          @click=${() => this.select(entry.id)}
        >
          ${entry.question || entry.id}${entry.problems.length > 0 ? html`<span class="badge"><span class="visually-hidden">, problems: </span>${entry.problems.length}</span>` : nothing}
        </button>
      </li>`;
    const topics = [
      ...new Set(
        shown.filter((entry) => !entry.isDraft).map((entry) => entry.topic),
      ),
    ];
    const drafts = shown.filter((entry) => entry.isDraft);
    return html`<nav aria-label="Entries">
      <label for="search">${s.search}</label>
      <input
        id="search"
        type="search"
        .value=${this.query}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      />
      <div class="actions">
        <button type="button" @click=${() => this.startNew()}>
          ${s.newEntry}
        </button>
      </div>
      ${this.query.trim() !== "" && shown.length === 0 ? html`<p>${s.noMatches}</p>` : nothing}
      ${
        this.query.trim() !== ""
          ? html`<ul aria-label="Search results">
              ${shown.map(item)}
            </ul>`
          : topics.map(
              (topic) =>
                html`<h2>${topic}</h2>
                  <ul aria-label=${topic}>
                    ${shown.filter((entry) => entry.topic === topic && !entry.isDraft).map(item)}
                  </ul>`,
            )
      }
      ${
        drafts.length > 0 && this.query.trim() === ""
          ? html`<h2>${s.drafts}</h2>
              <ul aria-label=${s.drafts}>
                ${drafts.map(item)}
              </ul>`
          : nothing
      }
    </nav>`;
  }

  private renderMain() {
    const state = this.state;
    if (!state) return html`<p>${s.checking}</p>`;
    if ((this.view === "edit" || this.view === "new") && this.form) {
      return entryEditor({
        form: this.form,
        isNew: this.view === "new",
        problems: this.formProblems,
        previewHtml: this.previewHtml,
        isChecking: this.isChecking,
        isStale: this.isStale,
        topics: state.topics,
        entries: state.entries,
        sources: state.sources,
        change: (patch) => this.changeForm(patch),
        save: (isDraft) => void this.saveForm(isDraft),
        cancel: () => {
          this.isDirty = false;
          this.view = this.selectedId ? "entry" : "none";
        },
      });
    }
    if (this.view === "settings" && this.settingsForm) {
      return settingsEditor({
        form: this.settingsForm,
        file: state.settingsFile,
        problems: this.settingsProblems,
        change: (patch) => this.changeSettings(patch),
        save: () => void this.saveSettings(),
        cancel: () => {
          this.isDirty = false;
          this.view = "none";
        },
      });
    }
    const entry = this.selected();
    if (this.view === "entry" && entry) {
      return entryView(entry, {
        questionOf: (id) =>
          state.entries.find((other) => other.id === id)?.question,
        sourceLabel: (id) =>
          state.sources.find((source) => source.id === id)?.label ?? id,
        onEdit: () => this.startEditing(entry),
        onDelete: () => this.askDelete(entry),
      });
    }
    // Files the form cannot open (unreadable entries, clinic.yaml, vocabulary.yaml) still show every problem.
    const others = [...state.otherProblems, ...state.settingsProblems];
    return html`<h2>${s.title}</h2>
      <p>${s.pickEntry}</p>
      ${
        others.length > 0
          ? html`<h3>${s.otherProblems}</h3>
              <ul class="problems">
                ${others.map((problem) => html`<li class="error">${problem.file}:${problem.line}: ${problem.message}</li>`)}
              </ul>`
          : nothing
      }`;
  }

  override render() {
    const state = this.state;
    return html`<header>
        <h1>${s.title}${state ? ` — ${state.settings.name}` : ""}</h1>
        <span class="count"
          >${state ? s.problems(state.problemCount) : ""}</span
        >
        <button type="button" @click=${() => this.editSettings()}>
          ${s.settings}
        </button>
        <button
          type="button"
          class="primary"
          @click=${() => void this.publish()}
        >
          ${s.publish}
        </button>
      </header>
      <div role="status" aria-live="polite">
        ${this.message ? html`<p class="message ${this.isMessageGood ? "good" : ""}">${this.message}</p>` : nothing}
        ${this.publishResult?.isPublished ? html`<p class="message good">${s.copyTo(this.publishResult.out)}</p>` : nothing}
      </div>
      ${
        this.publishResult && !this.publishResult.isPublished
          ? html`<ul
              class="problems"
              aria-label="Problems that stop publishing"
            >
              ${this.publishResult.problems.map((problem) => html`<li class="error">${problem.file}:${problem.line}: ${problem.message}</li>`)}
            </ul>`
          : nothing
      }
      <div class="layout">
        ${this.renderNav()}
        <main>${this.renderMain()}</main>
        <aside aria-labelledby="try-title">
          <h2 id="try-title">${s.tryIt}</h2>
          <form @submit=${this.handleAskSubmit}>
            <label for="try-question">${s.askLabel}</label>
            <input id="try-question" />
            <div class="actions"><button type="submit">${s.ask}</button></div>
          </form>
          <slot name="try"></slot>
          ${this.whys.map((why, index) => whyView(why, index))}
        </aside>
      </div>
      ${
        this.pendingDelete
          ? html`<dialog
              aria-labelledby="delete-title"
              @cancel=${() => void this.confirmDelete(false)}
            >
              <h2 id="delete-title">
                ${s.confirmDelete(this.pendingDelete.question)}
              </h2>
              <div class="actions">
                <button
                  type="button"
                  class="danger"
                  @click=${() => void this.confirmDelete(true)}
                >
                  ${s.delete}
                </button>
                <button
                  type="button"
                  autofocus
                  @click=${() => void this.confirmDelete(false)}
                >
                  ${s.keep}
                </button>
              </div>
            </dialog>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "faq-studio": FaqStudio;
  }
}
