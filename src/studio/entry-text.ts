import { editYamlText, type YamlEdit } from "./yaml-edit.js";
import type { EntryForm } from "./entry-form.js";

const FIELD_ORDER = [
  "question",
  "phrasings",
  "tags",
  "related",
  "sources",
] as const;
/** Short lists read best on one line (`[a, b]`), as in the shipped entries; phrasings one per line. */
const FLOW_FIELDS = new Set(["tags", "related", "sources"]);

/** Splits an entry file into its front matter and its body; undefined when the front matter is not closed. */
function splitEntry(
  text: string,
):
  | { head: string; frontMatter: string; separator: string; body: string }
  | undefined {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/.exec(
    text,
  );
  if (!match) return undefined;
  return {
    head: match[1]!,
    frontMatter: match[2] ?? "",
    separator: match[3]!,
    body: text.slice(match[0].length),
  };
}

/** Puts the new answer in place of the old one, keeping the blank lines around it. */
function replaceAnswer(body: string, answer: string): string {
  const leading = /^\s*/.exec(body)![0];
  const trailing = /\s*$/.exec(body.slice(leading.length))![0];
  if (body.trim() === answer.trim()) return body;
  return (
    leading +
    answer.trim().replace(/\r\n/g, "\n") +
    (trailing.includes("\n") ? trailing : "\n")
  );
}

/** A new entry file: the fields in the usual order, a `---` line, then the answer. */
export function newEntryText(form: EntryForm): string {
  return entryText("---\n---\n", form);
}

/**
 * The text of an entry file after a form save. When the file's fields can be
 * read, only the fields whose values changed are rewritten (see
 * {@link editYamlText}) and the answer is replaced in place; everything else
 * stays byte-for-byte. A file whose fields cannot be read is written afresh
 * from the form.
 */
export function entryText(existing: string, form: EntryForm): string {
  const parts = splitEntry(existing);
  const edits: YamlEdit[] = FIELD_ORDER.map((field) => ({
    path: [field],
    value: form[field],
    flow: FLOW_FIELDS.has(field),
  }));
  if (parts) {
    try {
      const frontMatter = editYamlText(parts.frontMatter, edits);
      const body =
        parts.body.trim() === ""
          ? `${form.answer.trim()}\n`
          : replaceAnswer(parts.body, form.answer);
      return parts.head + frontMatter + parts.separator + body;
    } catch {
      // Unreadable fields: rewritten from the form below.
    }
  }
  return `---\n${editYamlText("", edits)}---\n${form.answer.trim()}\n`;
}
