import { DEFAULT_CRISIS, offersNumber } from "./crisis-floor.js";
import { CHECKED_WEIGHTS_PER_SLICE } from "./defaults.js";
import { finishNow } from "./finish-now.js";
import {
  KNOWLEDGE_FORMAT,
  type CompiledKnowledge,
  type KnowledgeHead,
} from "./types.js";

/** Thrown by {@link parseKnowledge} when data is not a compiled knowledge file. */
export class KnowledgeFormatError extends Error {
  override name = "KnowledgeFormatError";
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === "string";
const isTextList = (value: unknown) =>
  Array.isArray(value) && value.every(isText);

// A model with a missing bias or a weight that is not a number would score every message NaN.
function* isModel(value: unknown): Generator<void, boolean> {
  if (
    !isObject(value) ||
    typeof value.bias !== "number" ||
    !isObject(value.weights)
  )
    return false;
  const weights = Object.values(value.weights);
  for (let at = 0; at < weights.length; at++) {
    if (at % CHECKED_WEIGHTS_PER_SLICE === 0) yield;
    if (typeof weights[at] !== "number") return false;
  }
  return true;
}

// Throws the format error naming `what` unless the data is valid.
const check = (isValid: boolean, what: string) => {
  if (!isValid)
    throw new KnowledgeFormatError(
      `Not a faq-chat knowledge file: ${what} is missing or wrong.`,
    );
};

/**
 * Checks that already-parsed JSON has the shape of a compiled knowledge file
 * and returns it typed. The widget calls this on whatever `knowledge-src`
 * returned, so a wrong or hostile file is refused with a clear message instead
 * of failing later, half-way through an answer.
 *
 * @throws {KnowledgeFormatError} naming the first part that is wrong.
 */
export const parseKnowledge = (data: unknown): CompiledKnowledge =>
  finishNow(parseKnowledgeSteps(data));

/**
 * {@link parseKnowledge} as a generator that yields between its checks, for a
 * browser that checks a large file in slices (`finishInSlices`).
 *
 * @throws {KnowledgeFormatError} naming the first part that is wrong.
 */
export function* parseKnowledgeSteps(
  data: unknown,
): Generator<void, CompiledKnowledge> {
  check(isObject(data) && data.format === KNOWLEDGE_FORMAT, '"format"');
  const {
    head: _head,
    settings,
    vocabulary,
    entries,
    ...rest
  } = data as Record<string, unknown>;
  const parsedSettings = parseSettings(settings, '"settings"');
  check(
    isObject(vocabulary) && Object.values(vocabulary).every(isText),
    '"vocabulary"',
  );
  check(Array.isArray(entries), '"entries"');
  // Without its phrase lists a knowledge file cannot be read safely (crisis detection): refuse it.
  const phrases = rest.phrases;
  check(
    isObject(phrases) &&
      ["crisis", "refusal", "offTopic", "smalltalkFiller", "stopWords"].every(
        (key) => isTextList(phrases[key]),
      ) &&
      (phrases.crisis as string[]).length > 0 &&
      isObject(phrases.texting) &&
      isObject(phrases.smalltalk) &&
      Object.values(phrases.smalltalk).every(isTextList) &&
      isObject(phrases.smalltalkExamples) &&
      Object.values(phrases.smalltalkExamples).every(isTextList) &&
      isObject(phrases.crisisSignals) &&
      isObject(phrases.crisisSignals.lists) &&
      Object.values(phrases.crisisSignals.lists).every(isTextList) &&
      isObject(phrases.crisisSignals.weights) &&
      typeof phrases.crisisSignals.threshold === "number",
    '"phrases" (rebuild it with faq build)',
  );
  for (const key of ["crisisModel", "aboutModel", "scriptModel"])
    check(
      rest[key] === undefined || (yield* isModel(rest[key])),
      `"${key}" (rebuild it with faq build)`,
    );
  const ids = new Set<unknown>();
  for (const [index, entry] of (entries as unknown[]).entries()) {
    yield;
    const where = `entry ${index}`;
    check(
      isObject(entry) &&
        ["id", "topic", "question", "html"].every((key) => isText(entry[key])),
      where,
    );
    const fields = entry as Record<string, unknown>;
    check(
      ["phrasings", "related", "sources", "tags"].every((key) =>
        isTextList(fields[key]),
      ) &&
        (fields.answer === undefined || isText(fields.answer)),
      where,
    );
    check(!ids.has(fields.id), `${where} (its id appears twice)`);
    ids.add(fields.id);
  }
  return {
    ...(rest as Omit<CompiledKnowledge, "settings" | "vocabulary" | "entries">),
    format: KNOWLEDGE_FORMAT,
    settings: parsedSettings,
    vocabulary: vocabulary as CompiledKnowledge["vocabulary"],
    entries: entries as CompiledKnowledge["entries"],
  };
}

/**
 * Reads the head of a knowledge file (see {@link KnowledgeHead}): the first
 * line `faq build` writes, closed into JSON of its own.
 *
 * @throws {KnowledgeFormatError} naming the first part that is wrong.
 */
export function parseKnowledgeHead(data: unknown): KnowledgeHead {
  check(isObject(data) && isObject(data.head), '"head"');
  const { settings, questions } = (data as { head: Record<string, unknown> })
    .head;
  const parsedSettings = parseSettings(settings, '"head.settings"');
  check(
    Array.isArray(questions) &&
      questions.every(
        (question) =>
          isObject(question) &&
          ["id", "topic", "question"].every((key) => isText(question[key])),
      ),
    '"head.questions"',
  );
  return {
    settings: parsedSettings,
    entries: (questions as Record<string, string>[]).map(
      ({ id, topic, question }) => ({
        id: id!,
        topic: topic!,
        question: question!,
        html: "",
        phrasings: [],
        related: [],
        sources: [],
        tags: [],
      }),
    ),
  };
}

// The clinic's settings, checked, with the wordings a file built before they existed lacks filled in
// from the code's defaults.
function parseSettings(
  settings: unknown,
  what: string,
): CompiledKnowledge["settings"] {
  check(
    isObject(settings) &&
      ["name", "phone", "contactUrl", "handoff"].every((key) =>
        isText(settings[key]),
      ),
    what,
  );
  const {
    crisis,
    sources = {},
    facts,
    lang,
  } = settings as Record<string, unknown>;
  check(
    isObject(crisis) &&
      isText(crisis.intro) &&
      Array.isArray(crisis.resources) &&
      crisis.resources.every((r) => isObject(r) && isText(r.label)),
    `${what.slice(0, -1)}.crisis"`,
  );
  check(isObject(sources), `${what.slice(0, -1)}.sources"`);
  const crisisSettings = crisis as Record<string, unknown>;
  // A crisis panel must always offer a number to call or text: a file whose resources give none
  // (emptied by hand, or "TBD" for a phone) gets the built-in ones instead.
  const resources = crisisSettings.resources as Record<string, unknown>[];
  const hasNumber = resources.some(offersNumber);
  return {
    ...(settings as CompiledKnowledge["settings"]),
    crisis: {
      ...DEFAULT_CRISIS,
      ...(crisisSettings as object),
      otherIntro: isText(crisisSettings.otherIntro)
        ? (crisisSettings.otherIntro as string)
        : DEFAULT_CRISIS.otherIntro,
      concern: isText(crisisSettings.concern)
        ? (crisisSettings.concern as string)
        : DEFAULT_CRISIS.concern,
      resources: hasNumber ? resources : [...DEFAULT_CRISIS.resources],
    } as CompiledKnowledge["settings"]["crisis"],
    lang: isText(lang) ? (lang as string) : "en",
    facts: isObject(facts)
      ? (facts as CompiledKnowledge["settings"]["facts"])
      : {},
    sources: sources as CompiledKnowledge["settings"]["sources"],
  };
}
