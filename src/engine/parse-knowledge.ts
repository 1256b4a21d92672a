import { DEFAULT_CRISIS } from "./crisis-floor.js";
import { KNOWLEDGE_FORMAT, type CompiledKnowledge } from "./types.js";

/** Thrown by {@link parseKnowledge} when data is not a compiled knowledge file. */
export class KnowledgeFormatError extends Error {
  override name = "KnowledgeFormatError";
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === "string";
const isTextList = (value: unknown) =>
  Array.isArray(value) && value.every(isText);

/**
 * Checks that already-parsed JSON has the shape of a compiled knowledge file
 * and returns it typed. The widget calls this on whatever `knowledge-src`
 * returned, so a wrong or hostile file is refused with a clear message instead
 * of failing later, half-way through an answer.
 *
 * @throws {KnowledgeFormatError} naming the first part that is wrong.
 */
export function parseKnowledge(data: unknown): CompiledKnowledge {
  const check = (isValid: boolean, what: string) => {
    if (!isValid)
      throw new KnowledgeFormatError(
        `Not a faq-chat knowledge file: ${what} is missing or wrong.`,
      );
  };
  check(isObject(data) && data.format === KNOWLEDGE_FORMAT, '"format"');
  const { settings, vocabulary, entries } = data as Record<string, unknown>;
  check(
    isObject(settings) &&
      ["name", "phone", "contactUrl", "handoff"].every((key) =>
        isText(settings[key]),
      ),
    '"settings"',
  );
  const { crisis, sources = {} } = settings as Record<string, unknown>;
  check(
    isObject(crisis) &&
      isText(crisis.intro) &&
      Array.isArray(crisis.resources) &&
      crisis.resources.every((r) => isObject(r) && isText(r.label)),
    '"settings.crisis"',
  );
  check(isObject(sources), '"settings.sources"');
  check(
    isObject(vocabulary) && Object.values(vocabulary).every(isText),
    '"vocabulary"',
  );
  check(Array.isArray(entries), '"entries"');
  // Without its phrase lists a knowledge file cannot be read safely (crisis detection): refuse it.
  const phrases = (data as Record<string, unknown>).phrases;
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
  const ids = new Set<unknown>();
  (entries as unknown[]).forEach((entry, index) => {
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
  });
  const crisisSettings = crisis as Record<string, unknown>;
  const facts = (settings as Record<string, unknown>).facts;
  return {
    ...(data as CompiledKnowledge),
    settings: {
      ...(settings as CompiledKnowledge["settings"]),
      // Wordings a file built before they existed lacks come from the code's defaults.
      crisis: {
        ...DEFAULT_CRISIS,
        ...(crisisSettings as object),
        otherIntro: isText(crisisSettings.otherIntro)
          ? (crisisSettings.otherIntro as string)
          : DEFAULT_CRISIS.otherIntro,
        concern: isText(crisisSettings.concern)
          ? (crisisSettings.concern as string)
          : DEFAULT_CRISIS.concern,
      } as CompiledKnowledge["settings"]["crisis"],
      lang: isText((settings as Record<string, unknown>).lang)
        ? ((settings as Record<string, unknown>).lang as string)
        : "en",
      facts: isObject(facts)
        ? (facts as CompiledKnowledge["settings"]["facts"])
        : {},
      sources: sources as CompiledKnowledge["settings"]["sources"],
    },
  };
}
