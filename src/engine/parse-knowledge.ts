import { KNOWLEDGE_FORMAT, type CompiledKnowledge } from './types.js';

/** Thrown by {@link parseKnowledge} when data is not a compiled knowledge file. */
export class KnowledgeFormatError extends Error {
  override name = 'KnowledgeFormatError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks that already-parsed JSON has the shape of a compiled knowledge file
 * and returns it typed. The widget calls this on whatever `knowledge-src`
 * returned, so a wrong or hostile file is refused with a clear message instead
 * of failing later, half-way through an answer.
 *
 * @throws {KnowledgeFormatError} naming the first field that is wrong.
 */
export function parseKnowledge(data: unknown): CompiledKnowledge {
  const fail = (what: string): never => {
    throw new KnowledgeFormatError(`Not a faq-chat knowledge file: ${what}.`);
  };
  if (!isObject(data)) fail('expected a JSON object');
  const root = data as Record<string, unknown>;
  if (root.format !== KNOWLEDGE_FORMAT) fail(`"format" must be "${KNOWLEDGE_FORMAT}"`);
  const settings = root.settings;
  if (!isObject(settings)) fail('"settings" is missing');
  const s = settings as Record<string, unknown>;
  for (const key of ['name', 'phone', 'contactUrl', 'handoff']) {
    if (typeof s[key] !== 'string') fail(`"settings.${key}" must be text`);
  }
  const crisis = s.crisis;
  if (!isObject(crisis) || typeof crisis.intro !== 'string' || !Array.isArray(crisis.resources)) {
    fail('"settings.crisis" must have an intro and resources');
  }
  for (const resource of (crisis as { resources: unknown[] }).resources) {
    if (!isObject(resource) || typeof resource.label !== 'string') fail('every crisis resource needs a label');
  }
  if (s.sources !== undefined && !isObject(s.sources)) fail('"settings.sources" must be an object');
  if (!isObject(root.vocabulary) || !Object.values(root.vocabulary).every((v) => typeof v === 'string')) {
    fail('"vocabulary" must map words to words');
  }
  if (!Array.isArray(root.entries)) fail('"entries" must be a list');
  const ids = new Set<string>();
  (root.entries as unknown[]).forEach((entry, index) => {
    if (!isObject(entry)) return fail(`entry ${index} is not an object`);
    for (const key of ['id', 'topic', 'question', 'answer']) {
      if (typeof entry[key] !== 'string') fail(`entry ${index} has no text "${key}"`);
    }
    for (const key of ['phrasings', 'related', 'sources', 'tags']) {
      if (!isStringArray(entry[key])) fail(`entry ${index} needs a list of text "${key}"`);
    }
    if (entry.html !== undefined && typeof entry.html !== 'string') fail(`entry ${index} has a non-text "html"`);
    if (ids.has(entry.id as string)) fail(`entry id "${String(entry.id)}" appears twice`);
    ids.add(entry.id as string);
  });
  return { ...(root as unknown as CompiledKnowledge), settings: { sources: {}, ...(s as object) } as CompiledKnowledge['settings'] };
}
