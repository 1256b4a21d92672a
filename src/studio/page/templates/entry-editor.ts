import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import type { EntryForm } from "../../entry-form.js";
import type { StudioProblem } from "../../studio-folder.js";
import { answerPreview } from "../answer-preview.js";
import { studioStrings as s } from "../studio-strings.js";
import { describedBy, fieldProblems } from "./field-problems.js";

/** Everything the entry form shows and the ways it reports edits. */
export interface EntryEditorContext {
  form: EntryForm;
  isNew: boolean;
  problems: StudioProblem[];
  /** The answer's HTML from the last check (rendered as `faq build` does). */
  previewHtml: string;
  isChecking: boolean;
  /** Notice that the file changed on disk while being edited. */
  isStale: boolean;
  topics: string[];
  entries: { id: string; question: string }[];
  sources: { id: string; label: string }[];
  change: (patch: Partial<EntryForm>) => void;
  save: (isDraft: boolean) => void;
  cancel: () => void;
}

const toggled = (list: string[], id: string) =>
  list.includes(id) ? list.filter((item) => item !== id) : [...list, id];
const moved = (list: string[], from: number, to: number) => {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
};

/**
 * After a phrasing moves, is added or removed, focus follows it (the list
 * re-renders first), so keyboard users keep their place. `fallback` is used
 * when the preferred control is disabled (the first item's "up").
 */
function focusAfterRender(
  from: EventTarget | null,
  selector: string,
  fallback: string,
): void {
  const form = (from as HTMLElement | null)?.closest("form");
  setTimeout(() => {
    const preferred = form?.querySelector<HTMLElement>(selector);
    (preferred && !(preferred as HTMLButtonElement).disabled
      ? preferred
      : form?.querySelector<HTMLElement>(fallback)
    )?.focus();
  });
}

/** The entry form: every field with its problems right below it, and a live preview of the answer. */
export function entryEditor(c: EntryEditorContext) {
  const { form, problems } = c;
  // Routing advice is shown beside its phrasing but never stands between staff and publishing.
  const blocking = problems.filter((problem) => !problem.isWarning);
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const move = (
    event: Event,
    index: number,
    to: number,
    button: "up" | "down",
  ) => {
    c.change({ phrasings: moved(form.phrasings, index, to) });
    focusAfterRender(
      event.target,
      `[data-move="${button}-${to}"]`,
      `#phrasing-${to}`,
    );
  };
  const phrasingRow = (phrasing: string, index: number) =>
    html`<li>
      <input
        id="phrasing-${index}"
        aria-label=${s.phrasing(index + 1)}
        .value=${live(phrasing)}
        @input=${(event: Event) => c.change({ phrasings: form.phrasings.map((item, at) => (at === index ? value(event) : item)) })}
      />
      <button
        type="button"
        data-move="up-${index}"
        aria-label=${s.moveUp(index + 1)}
        ?disabled=${index === 0}
        @click=${(event: Event) => move(event, index, index - 1, "up")}
      >
        ↑
      </button>
      <button
        type="button"
        data-move="down-${index}"
        aria-label=${s.moveDown(index + 1)}
        ?disabled=${index === form.phrasings.length - 1}
        @click=${(event: Event) => move(event, index, index + 1, "down")}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label=${s.remove(index + 1)}
        @click=${(event: Event) => {
          c.change({
            phrasings: form.phrasings.filter((_, at) => at !== index),
          });
          focusAfterRender(
            event.target,
            `#phrasing-${index}`,
            "[data-add-phrasing]",
          );
        }}
      >
        ✕
      </button>
    </li>`;
  return html`<form
    class="editor"
    aria-labelledby="editor-title"
    @submit=${(event: Event) => (event.preventDefault(), c.save(false))}
  >
    <h2 id="editor-title">
      ${c.isNew ? s.newEntry : form.question || form.id}
    </h2>
    ${c.isStale ? html`<p class="notice" role="status">${s.changedOnDisk}</p>` : nothing}
    ${fieldProblems(problems, "file", "problems-file")}
    <div class="row">
      <label
        >${s.topic}
        <input
          name="topic"
          list="topics"
          .value=${live(form.topic)}
          @input=${(event: Event) => c.change({ topic: value(event) })}
        />
      </label>
      <datalist id="topics">
        ${c.topics.map((topic) => html`<option value=${topic}></option>`)}
      </datalist>
      <label
        >${s.id}
        <input
          name="id"
          .value=${live(form.id)}
          ?readonly=${!c.isNew}
          @input=${(event: Event) => c.change({ id: value(event) })}
        />
      </label>
    </div>
    <label for="field-question">${s.question}</label>
    <input
      id="field-question"
      name="question"
      .value=${live(form.question)}
      aria-describedby=${describedBy(problems, "question", "problems-question")}
      @input=${(event: Event) => c.change({ question: value(event) })}
    />
    ${fieldProblems(problems, "question", "problems-question")}
    <div class="answer-edit">
      <div>
        <label for="field-answer">${s.answer}</label>
        <textarea
          id="field-answer"
          name="answer"
          rows="12"
          .value=${live(form.answer)}
          aria-describedby=${describedBy(problems, "answer", "problems-answer")}
          @input=${(event: Event) => c.change({ answer: value(event) })}
        ></textarea>
        ${fieldProblems(problems, "answer", "problems-answer")}
      </div>
      <section class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title">${s.preview}</h3>
        <div class="answer">
          ${answerPreview("editor", c.previewHtml, form.answer)}
        </div>
      </section>
    </div>
    <fieldset
      aria-describedby=${describedBy(problems, "phrasings", "problems-phrasings")}
    >
      <legend>${s.phrasings}</legend>
      ${fieldProblems(problems, "phrasings", "problems-phrasings")}
      <ol class="phrasing-list">
        ${form.phrasings.map(phrasingRow)}
      </ol>
      <button
        type="button"
        data-add-phrasing
        @click=${(event: Event) => {
          c.change({ phrasings: [...form.phrasings, ""] });
          focusAfterRender(
            event.target,
            `#phrasing-${form.phrasings.length}`,
            "[data-add-phrasing]",
          );
        }}
      >
        ${s.addPhrasing}
      </button>
    </fieldset>
    <fieldset
      class="pick"
      aria-describedby=${describedBy(problems, "related", "problems-related")}
    >
      <legend>${s.related}</legend>
      ${fieldProblems(problems, "related", "problems-related")}
      ${c.entries
        .filter((entry) => entry.id !== form.id)
        .map(
          (entry) =>
            html`<label class="check"
              ><input
                type="checkbox"
                name="related"
                value=${entry.id}
                .checked=${live(form.related.includes(entry.id))}
                @change=${() => c.change({ related: toggled(form.related, entry.id) })}
              />${entry.question}</label
            >`,
        )}
    </fieldset>
    <fieldset
      class="pick"
      aria-describedby=${describedBy(problems, "sources", "problems-sources")}
    >
      <legend>${s.sources}</legend>
      ${fieldProblems(problems, "sources", "problems-sources")}
      ${c.sources.map(
        (source) =>
          html`<label class="check"
            ><input
              type="checkbox"
              name="sources"
              value=${source.id}
              .checked=${live(form.sources.includes(source.id))}
              @change=${() => c.change({ sources: toggled(form.sources, source.id) })}
            />${source.label}</label
          >`,
      )}
    </fieldset>
    <label for="field-tags">${s.tags}</label>
    <input
      id="field-tags"
      name="tags"
      .value=${live(form.tags.join(", "))}
      @change=${(event: Event) =>
        c.change({
          tags: value(event)
            .split(",")
            .map((tag) => tag.trim())
            .filter(Boolean),
        })}
    />
    ${fieldProblems(problems, "tags", "problems-tags")}
    <p class="status" role="status">
      ${c.isChecking ? s.checking : blocking.length === 0 ? s.noProblems : s.problems(blocking.length)}
    </p>
    <div class="actions">
      <button type="submit" class="primary">${s.save}</button>
      <button type="button" @click=${() => c.save(true)}>${s.saveDraft}</button>
      <button type="button" @click=${c.cancel}>${s.cancel}</button>
    </div>
  </form>`;
}
