import { messages } from './messages.js';
import { parseYaml } from './parse-yaml.js';
import type { Problem } from './problem.js';

/** The vocabulary file's name inside the knowledge folder. */
export const VOCABULARY_FILE = 'vocabulary.yaml';

/**
 * Reads `vocabulary.yaml`: "visitor words: knowledge words" lines. Keys are
 * lower-cased so staff need not think about capitals.
 */
export function readVocabulary(file: string, text: string): { vocabulary: Record<string, string>; problems: Problem[] } {
  const yaml = parseYaml(text);
  // Keyed by visitor words: no prototype, so "constructor: builder" is a line like any other.
  const vocabulary = Object.create(null) as Record<string, string>;
  if (yaml.error) return { vocabulary, problems: [{ file, line: yaml.error.line, message: messages.yamlSyntax(yaml.error.message) }] };
  if (yaml.value === null || yaml.value === undefined) return { vocabulary, problems: [] };
  if (typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
    return { vocabulary, problems: [{ file, line: 1, message: messages.notAMapping() }] };
  }
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(yaml.value as Record<string, unknown>)) {
    const to = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    if (key.trim() === '' || to === '') problems.push({ file, line: yaml.keyLines.get(key) ?? 1, message: messages.vocabularyEntry(key) });
    else vocabulary[key.trim().toLowerCase()] = to.toLowerCase();
  }
  return { vocabulary, problems };
}
