import { existsSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { CompiledKnowledge } from "../engine/types.js";
import {
  checkKnowledge,
  type KnowledgeCheck,
} from "../knowledge/check-knowledge.js";
import { checkRouting } from "../knowledge/check-routing.js";
import { compileKnowledge } from "../knowledge/compile.js";
import { serializeKnowledge } from "../knowledge/serialize-knowledge.js";
import { messages } from "../knowledge/messages.js";
import type { Problem } from "../knowledge/problem.js";
import { readEntry, type EntryFile } from "../knowledge/read-entry.js";
import {
  readKnowledgeFolder,
  type KnowledgeFolder,
} from "../knowledge/read-knowledge-folder.js";
import { SETTINGS_FILE, readSettings } from "../knowledge/read-settings.js";
import { renderAnswer } from "../knowledge/render-answer.js";
import { validateEntries } from "../knowledge/validate.js";
import { writeAtomic } from "../knowledge/write-atomic.js";
import type { EntryForm, SettingsForm } from "./entry-form.js";
import { entryText, newEntryText } from "./entry-text.js";
import { NAME_PATTERN, resolveInside } from "./safe-path.js";
import { settingsFormOf, settingsText } from "./settings-text.js";
import { studioMessages } from "./studio-messages.js";

/**
 * Drafts live in this folder inside the knowledge folder. `faq check` and
 * `faq build` skip folders whose names start with a dot, so a draft is never
 * published; saving the entry without problems removes its draft.
 */
export const DRAFTS_FOLDER = ".drafts";

/** A problem as the studio shows it: beside the field it concerns. */
export interface StudioProblem extends Problem {
  /** The form field the line belongs to (`question`, `phrasings`, …, `answer`), or `file` for the file as a whole. */
  field: string;
  /** Routing results are advice, as in `faq check`: they stop neither a save nor publishing. */
  isWarning: boolean;
}

/** One entry as the studio page shows and edits it. */
export interface StudioEntry extends EntryForm {
  /** The path shown to staff, e.g. `knowledge/sessions/session-length.md`. */
  file: string;
  /** The answer's HTML as `faq build` renders it (the page sanitises it as the widget does). */
  html: string;
  problems: StudioProblem[];
  isDraft: boolean;
}

/** Everything the studio page shows. */
export interface StudioState {
  entries: StudioEntry[];
  drafts: StudioEntry[];
  settings: SettingsForm;
  settingsFile: string;
  settingsProblems: StudioProblem[];
  /** Sources entries may cite, from clinic.yaml. */
  sources: { id: string; label: string }[];
  topics: string[];
  /** Every problem `faq check` reports, for files that are not entries or could not be read. */
  otherProblems: StudioProblem[];
  problemCount: number;
}

/** The outcome of checking one edited entry before it is saved. */
export interface EntryCheck {
  problems: StudioProblem[];
  html: string;
  /** The file's text as it would be written. */
  text: string;
  file: string;
}

/** A failed studio operation, with the HTTP status and the message for staff. */
export class StudioError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: StudioProblem[] = [],
  ) {
    super(message);
    this.name = "StudioError";
  }
}

const isRouting = (message: string) =>
  /^The phrasing ".*" (is answered with|does not get)|are easily confused/.test(
    message,
  );

/** Which field of an entry a line belongs to: the last field starting at or before it. */
function fieldOfLine(entry: EntryFile | undefined, line: number): string {
  if (!entry) return "file";
  if (line >= entry.lines.answer) return "answer";
  let best = "file";
  let bestLine = 0;
  for (const [field, start] of entry.lines.field)
    if (start <= line && start >= bestLine) [best, bestLine] = [field, start];
  return best;
}

const toStudioProblem = (
  problem: Problem,
  entry?: EntryFile,
  isWarning = isRouting(problem.message),
): StudioProblem => ({
  ...problem,
  field: fieldOfLine(entry, problem.line),
  isWarning,
});

const formOf = (entry: EntryFile): EntryForm => ({
  topic: entry.topic,
  id: entry.id,
  question: entry.question,
  phrasings: entry.phrasings,
  tags: entry.tags,
  related: entry.related,
  sources: entry.sources,
  answer: entry.answer,
});

/** Paths shown to staff: the folder as given on the command line, forward slashes. */
const display = (dir: string, ...parts: string[]) =>
  join(dir, ...parts)
    .split("\\")
    .join("/");

/** The knowledge folder the studio edits: reads, checks, saves and publishes through `src/knowledge`. */
export class StudioFolder {
  constructor(
    /** The knowledge folder, as staff gave it. */
    readonly dir: string,
    /** Where Publish writes the compiled knowledge. */
    readonly out: string,
    /** `faq check`'s check of a folder (replaceable in tests, to count the checks). */
    private readonly check: (
      dir: string,
    ) => Promise<KnowledgeCheck> = checkKnowledge,
  ) {}

  // Changes to the folder, one after another: two saves of one entry at once (a double click on Save)
  // raced each other's draft removal and were reported as failed after they had been written.
  private writing: Promise<unknown> = Promise.resolve();

  /** Runs a change once every change asked for before it has finished (failed or not). */
  private oneAtATime<T>(change: () => Promise<T>): Promise<T> {
    const run = this.writing.then(change, change);
    this.writing = run.catch(() => undefined);
    return run;
  }

  // The last full check, by the folder's content: a check routes every phrasing through a freshly built
  // engine (seconds on a large folder), and the page asks for the state far more often than files change.
  private lastCheck:
    { content: string; check: Promise<KnowledgeCheck> } | undefined;

  /** `faq check` on the folder, done again only when what it reads has changed since the last time. */
  private checkFolder(folder: KnowledgeFolder): Promise<KnowledgeCheck> {
    const content = JSON.stringify([
      folder.entries,
      folder.settings,
      folder.vocabulary,
      folder.problems,
      [...folder.unreadableIds],
    ]);
    if (this.lastCheck?.content !== content) {
      const check = this.check(this.dir);
      this.lastCheck = { content, check };
      // A failed check is not remembered: the next call tries again.
      check.catch(() => {
        if (this.lastCheck?.check === check) this.lastCheck = undefined;
      });
    }
    return this.lastCheck.check;
  }

  /** Reads the whole folder with `faq check`'s own code (every rule, routing included) and its drafts. */
  async state(): Promise<StudioState> {
    const folder = await readKnowledgeFolder(this.dir);
    const check = await this.checkFolder(folder);
    const byFile = new Map(folder.entries.map((entry) => [entry.file, entry]));
    const problemsOf = new Map<string, StudioProblem[]>();
    const otherProblems: StudioProblem[] = [];
    const settingsFile = display(this.dir, SETTINGS_FILE);
    const settingsProblems: StudioProblem[] = [];
    // `faq check`'s warnings (reading level, routing advice) show beside their fields too, marked as advice.
    const found = [
      ...check.problems.map(
        (problem) => [problem, isRouting(problem.message)] as const,
      ),
      ...check.warnings.map((problem) => [problem, true] as const),
    ];
    for (const [problem, isWarning] of found) {
      const entry = byFile.get(problem.file);
      const studioProblem = toStudioProblem(problem, entry, isWarning);
      if (entry)
        problemsOf.set(problem.file, [
          ...(problemsOf.get(problem.file) ?? []),
          studioProblem,
        ]);
      else if (problem.file === settingsFile)
        settingsProblems.push(studioProblem);
      else otherProblems.push(studioProblem);
    }
    const entries = folder.entries.map((entry) => ({
      ...formOf(entry),
      file: entry.file,
      html: renderAnswer(entry.answer),
      problems: problemsOf.get(entry.file) ?? [],
      isDraft: false,
    }));
    const drafts = (await this.readDrafts()).map((entry) => ({
      ...formOf(entry),
      file: entry.file,
      html: renderAnswer(entry.answer),
      problems: [],
      isDraft: true,
    }));
    const topics = [
      ...new Set([
        ...entries.map((entry) => entry.topic),
        ...(await this.topicFolders()),
      ]),
    ].sort();
    return {
      entries,
      drafts,
      settings: settingsFormOf(folder.settings),
      settingsFile,
      settingsProblems,
      sources: Object.entries(folder.settings.sources).map(([id, info]) => ({
        id,
        label: info.title ?? info.note ?? id,
      })),
      topics,
      otherProblems,
      problemCount: check.problems.length,
    };
  }

  /** The compiled knowledge the "try it" pane's widget reads: the saved entries, with drafts in place of their entries. */
  async knowledgeForTrying(): Promise<CompiledKnowledge> {
    const folder = await readKnowledgeFolder(this.dir);
    const drafts = await this.readDrafts();
    const draftIds = new Set(drafts.map((draft) => draft.id));
    return compileKnowledge(
      [...folder.entries.filter((entry) => !draftIds.has(entry.id)), ...drafts],
      folder.settings,
      folder.vocabulary,
    );
  }

  /**
   * Checks an edited entry as `faq check` would check the folder with that
   * file in it: the file's own rules, the rules across entries, and (when
   * nothing else is wrong) the routing of its question and phrasings.
   *
   * @param originalId the entry's id before the edit; undefined for a new entry.
   */
  async checkEntry(form: EntryForm, originalId?: string): Promise<EntryCheck> {
    this.assertNames(form);
    const file = display(this.dir, form.topic, `${form.id}.md`);
    const folder = await readKnowledgeFolder(this.dir);
    // An entry keeps its id (the page shows it read-only once saved): an edit that names another entry's id
    // would overwrite that entry with this one's content.
    if (originalId !== undefined && originalId !== form.id)
      throw new StudioError(400, studioMessages.idChanged(originalId, form.id));
    const original =
      originalId === undefined
        ? undefined
        : folder.entries.find((entry) => entry.id === originalId);
    if (
      originalId === undefined &&
      folder.entries.some((entry) => entry.id === form.id)
    ) {
      throw new StudioError(409, studioMessages.idTaken(form.id));
    }
    const existing = original
      ? await readFile(
          await resolveInside(this.dir, `${original.topic}/${original.id}.md`),
          "utf8",
        )
      : undefined;
    const text =
      existing === undefined ? newEntryText(form) : entryText(existing, form);
    const read = readEntry(file, form.id, form.topic, text);
    const others = folder.entries.filter(
      (entry) => entry !== original && entry.file !== file,
    );
    const entries = read.entry ? [...others, read.entry] : others;
    const problems: Problem[] = [...read.problems];
    problems.push(
      ...validateEntries(
        entries,
        folder.knownSources,
        folder.unreadableIds,
      ).filter((problem) => problem.file === file),
    );
    if (problems.length === 0 && read.entry) {
      problems.push(
        ...checkRouting(
          compileKnowledge(entries, folder.settings, folder.vocabulary),
          [read.entry],
        ),
      );
    }
    problems.sort((a, b) => a.line - b.line);
    return {
      problems: problems.map((problem) => toStudioProblem(problem, read.entry)),
      html: renderAnswer(form.answer),
      text,
      file,
    };
  }

  /**
   * Saves an entry: refused (nothing written) while it has problems other
   * than routing warnings, unless `isDraft`, which writes it under `.drafts/`
   * instead. A clean save removes the entry's draft and, when the topic
   * changed, its old file.
   */
  saveEntry(
    form: EntryForm,
    options: { originalId?: string; isDraft?: boolean },
  ): Promise<{ message: string; check: EntryCheck }> {
    return this.oneAtATime(() => this.saveEntryNow(form, options));
  }

  private async saveEntryNow(
    form: EntryForm,
    { originalId, isDraft = false }: { originalId?: string; isDraft?: boolean },
  ): Promise<{ message: string; check: EntryCheck }> {
    this.assertNames(form);
    const draftPath = `${DRAFTS_FOLDER}/${form.topic}/${form.id}.md`;
    // Where it would go is settled before anything else, so a refused path is refused whatever the content.
    const target = await resolveInside(
      this.dir,
      isDraft ? draftPath : `${form.topic}/${form.id}.md`,
    );
    const check = await this.checkEntry(form, originalId);
    if (isDraft) {
      await writeAtomic(target, check.text);
      return {
        message: studioMessages.draftSaved(display(this.dir, draftPath)),
        check,
      };
    }
    const errors = check.problems.filter((problem) => !problem.isWarning);
    if (errors.length > 0)
      throw new StudioError(
        422,
        studioMessages.notSaved(errors.length),
        check.problems,
      );
    await writeAtomic(target, check.text);
    const folder = await readKnowledgeFolder(this.dir);
    const moved = folder.entries.find(
      (entry) => entry.id === form.id && entry.topic !== form.topic,
    );
    if (moved)
      await rm(await resolveInside(this.dir, `${moved.topic}/${moved.id}.md`));
    for (const draft of await this.readDrafts())
      if (draft.id === form.id)
        await rm(
          await resolveInside(
            this.dir,
            `${DRAFTS_FOLDER}/${draft.topic}/${draft.id}.md`,
          ),
        );
    return { message: studioMessages.saved(check.file), check };
  }

  /** Deletes an entry (and its draft); refused while another entry lists it under `related`. */
  deleteEntry(id: string): Promise<string> {
    return this.oneAtATime(() => this.deleteEntryNow(id));
  }

  private async deleteEntryNow(id: string): Promise<string> {
    if (!NAME_PATTERN.test(id))
      throw new StudioError(400, studioMessages.badId(id));
    const folder = await readKnowledgeFolder(this.dir);
    const entry = folder.entries.find((candidate) => candidate.id === id);
    const drafts = (await this.readDrafts()).filter((draft) => draft.id === id);
    if (!entry && drafts.length === 0)
      throw new StudioError(404, studioMessages.noSuchEntry(id));
    const linkedFrom = folder.entries
      .filter((other) => other.id !== id && other.related.includes(id))
      .map((other) => other.id);
    if (entry && linkedFrom.length > 0)
      throw new StudioError(409, studioMessages.deleteLinked(id, linkedFrom));
    if (entry)
      await rm(await resolveInside(this.dir, `${entry.topic}/${entry.id}.md`));
    for (const draft of drafts)
      await rm(
        await resolveInside(
          this.dir,
          `${DRAFTS_FOLDER}/${draft.topic}/${draft.id}.md`,
        ),
      );
    return studioMessages.deleted(
      entry?.file ?? display(this.dir, DRAFTS_FOLDER, `${id}.md`),
    );
  }

  /** Checks the settings form as `faq check` checks clinic.yaml. */
  async checkSettings(
    form: SettingsForm,
  ): Promise<{ problems: StudioProblem[]; text: string }> {
    const path = await resolveInside(this.dir, SETTINGS_FILE);
    const existing = existsSync(path) ? await readFile(path, "utf8") : "";
    let text: string;
    try {
      text = settingsText(existing, form);
    } catch (error) {
      const problem = {
        file: display(this.dir, SETTINGS_FILE),
        line: 1,
        message: messages.yamlSyntax(
          (error as Error).message.split("\n")[0] ?? "",
        ),
      };
      return { problems: [toStudioProblem(problem)], text: existing };
    }
    const { problems } = readSettings(display(this.dir, SETTINGS_FILE), text);
    return {
      problems: problems.map((problem) => ({
        ...problem,
        field: settingsFieldOf(text, problem.line),
        isWarning: false,
      })),
      text,
    };
  }

  /** Saves the settings; refused (nothing written) while they have problems. */
  saveSettings(form: SettingsForm): Promise<string> {
    return this.oneAtATime(() => this.saveSettingsNow(form));
  }

  private async saveSettingsNow(form: SettingsForm): Promise<string> {
    const { problems, text } = await this.checkSettings(form);
    if (problems.length > 0)
      throw new StudioError(
        422,
        studioMessages.settingsNotSaved(problems.length),
        problems,
      );
    await writeAtomic(await resolveInside(this.dir, SETTINGS_FILE), text);
    return studioMessages.saved(display(this.dir, SETTINGS_FILE));
  }

  /**
   * Publishes as `faq build` does: the same checks, then the compiled JSON
   * written atomically. With any problem nothing is written, so the previous
   * file stays byte-for-byte as it was.
   */
  publish(): ReturnType<StudioFolder["publishNow"]> {
    return this.oneAtATime(() => this.publishNow());
  }

  private async publishNow(): Promise<{
    isPublished: boolean;
    message: string;
    problems: StudioProblem[];
    out: string;
  }> {
    const { knowledge, problems, entryCount } = await checkKnowledge(this.dir);
    if (!knowledge) {
      return {
        isPublished: false,
        message: studioMessages.notPublished(this.out, problems.length),
        problems: problems.map((problem) => toStudioProblem(problem)),
        out: this.out,
      };
    }
    await writeAtomic(this.out, serializeKnowledge(knowledge));
    return {
      isPublished: true,
      message: studioMessages.published(this.out, entryCount),
      problems: [],
      out: this.out,
    };
  }

  private assertNames(form: EntryForm): void {
    if (!NAME_PATTERN.test(form.topic))
      throw new StudioError(400, studioMessages.badTopic(form.topic));
    if (!NAME_PATTERN.test(form.id))
      throw new StudioError(400, messages.badFileName(`${form.id}.md`));
  }

  private async topicFolders(): Promise<string[]> {
    const items = await readdir(this.dir, { withFileTypes: true }).catch(
      () => [],
    );
    return items
      .filter((item) => item.isDirectory() && NAME_PATTERN.test(item.name))
      .map((item) => item.name);
  }

  private async readDrafts(): Promise<EntryFile[]> {
    const root = join(this.dir, DRAFTS_FOLDER);
    if (!existsSync(root)) return [];
    const drafts: EntryFile[] = [];
    for (const topic of (await readdir(root, { withFileTypes: true })).filter(
      (item) => item.isDirectory() && NAME_PATTERN.test(item.name),
    )) {
      for (const name of (await readdir(join(root, topic.name))).filter(
        (name) =>
          NAME_PATTERN.test(name.replace(/\.md$/, "")) && name.endsWith(".md"),
      )) {
        const path = await resolveInside(
          this.dir,
          `${DRAFTS_FOLDER}/${topic.name}/${name}`,
        );
        const read = readEntry(
          display(this.dir, DRAFTS_FOLDER, topic.name, name),
          name.slice(0, -3),
          topic.name,
          await readFile(path, "utf8"),
        );
        if (read.entry) drafts.push(read.entry);
      }
    }
    return drafts;
  }
}

/** The settings form field a clinic.yaml line belongs to: the top-level key at or above it. */
function settingsFieldOf(text: string, line: number): string {
  const lines = text.split("\n").slice(0, line);
  for (let index = lines.length - 1; index >= 0; index--) {
    const key = /^([a-z_]+):/.exec(lines[index]!)?.[1];
    if (key) return key;
  }
  return "file";
}
