import type { ClinicFacts } from '../engine/types.js';
import { FACT_FIELDS } from './clinic-facts.js';
import { parseYaml } from './parse-yaml.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';

/** The front-matter fields an entry may have. */
export const ENTRY_FIELDS = ['question', 'phrasings', 'visitor_messages', 'tags', 'related', 'sources', 'fact', 'reading_level_ok'] as const;
/** Fewest phrasings an entry may have. */
export const MIN_PHRASINGS = 5;

/** One entry file as read, with the line of every field for later rules. */
export interface EntryFile {
  /** Path shown to staff, e.g. `knowledge/anxiety/ocd.md`. */
  file: string;
  id: string;
  topic: string;
  question: string;
  phrasings: string[];
  /**
   * `visitor_messages`: what real visitors typed, labelled to this entry. The matcher learns from them as from
   * phrasings; the crisis detector does not (see its note in `compile.ts`).
   */
  visitorMessages: string[];
  tags: string[];
  related: string[];
  sources: string[];
  /**
   * `reading_level_ok: true` in the front matter: a reviewer accepted this
   * answer's reading level and length, so `faq check` does not warn about them.
   */
  readingLevelOk: boolean;
  /** The answer's markdown, trimmed. */
  answer: string;
  /** For a clinic-fact entry: which fact of `clinic.yaml` completes its answer (see `clinic-facts.ts`). */
  fact?: keyof ClinicFacts;
  /** Line of each field, of each list item, and of the answer's first line. */
  lines: { field: Map<string, number>; items: Map<string, number[]>; answer: number };
}

const closestField = (field: string): string | undefined =>
  ENTRY_FIELDS.find((known) => editDistance(known, field.toLowerCase()) <= 2);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Reads one entry file's text. Returns the entry (when its fields are usable)
 * and every problem found in this file alone; rules across files live in
 * `validate.ts`.
 */
export function readEntry(file: string, id: string, topic: string, text: string): { entry?: EntryFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report(1, messages.noFrontMatter());
    return { problems };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    report(1, messages.unclosedFrontMatter());
    return { problems };
  }
  const yaml = parseYaml(lines.slice(1, end).join('\n'), 2);
  if (yaml.error) {
    report(yaml.error.line, messages.yamlSyntax(yaml.error.message));
    return { problems };
  }
  if (typeof yaml.value !== 'object' || yaml.value === null || Array.isArray(yaml.value)) {
    report(2, messages.notAMapping());
    return { problems };
  }
  const fields = yaml.value as Record<string, unknown>;
  const lineOf = (field: string) => yaml.keyLines.get(field) ?? 1;

  for (const field of Object.keys(fields)) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(field)) report(lineOf(field), messages.unknownField(field, closestField(field)));
  }

  const text_ = (field: string): string => {
    const value = fields[field];
    if (value === undefined || value === null) report(field in fields ? lineOf(field) : 1, field in fields ? messages.emptyField(field) : messages.missingField(field));
    else if (typeof value !== 'string' && typeof value !== 'number') report(lineOf(field), messages.notText(field));
    else if (String(value).trim() === '') report(lineOf(field), messages.emptyField(field));
    else return String(value).trim();
    return '';
  };
  const list = (field: string, required: boolean): string[] => {
    const value = fields[field];
    if (value === undefined || value === null) {
      if (required) report(field in fields ? lineOf(field) : 1, field in fields ? messages.emptyField(field) : messages.missingField(field));
      return [];
    }
    if (!Array.isArray(value)) {
      report(lineOf(field), messages.notList(field));
      return [];
    }
    if (value.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
      report(lineOf(field), messages.notTextItem(field));
      return [];
    }
    const items = value.map((item) => String(item).trim());
    if (required && items.length === 0) report(lineOf(field), messages.emptyField(field));
    return items;
  };

  const question = text_('question');
  const phrasings = list('phrasings', true);
  const visitorMessages = list('visitor_messages', false);
  const tags = list('tags', false);
  const related = list('related', false);
  const factName = fields.fact === undefined ? undefined : String(fields.fact).trim();
  const fact = factName !== undefined && (FACT_FIELDS as readonly string[]).includes(factName) ? (factName as keyof ClinicFacts) : undefined;
  if (factName !== undefined && !fact) report(lineOf('fact'), messages.unknownFact(factName));
  // A clinic-fact entry answers from the clinic's own settings: it has nothing to cite.
  const sources = list('sources', factName === undefined);
  const readingLevelOk = fields.reading_level_ok === true;
  if (fields.reading_level_ok !== undefined && typeof fields.reading_level_ok !== 'boolean') {
    report(lineOf('reading_level_ok'), messages.notYesNo('reading_level_ok'));
  }
  if (Array.isArray(fields.phrasings) && phrasings.length > 0 && phrasings.length < MIN_PHRASINGS) {
    report(lineOf('phrasings'), messages.tooFewPhrasings(phrasings.length, MIN_PHRASINGS));
  }
  const seen = new Set<string>();
  for (const [field, items] of [
    ['phrasings', phrasings],
    ['visitor_messages', visitorMessages],
  ] as const)
    items.forEach((phrasing, index) => {
      const key = phrasing.toLowerCase();
      if (seen.has(key)) report(yaml.itemLines.get(field)?.[index] ?? lineOf(field), messages.repeatedPhrasing(phrasing));
      seen.add(key);
    });

  const answerLine = end + 2;
  const answer = lines.slice(end + 1).join('\n').trim();
  const firstAnswerLine = answerLine + (lines.slice(end + 1).findIndex((line) => line.trim() !== '') >>> 0);
  if (answer === '') report(answerLine > lines.length ? end + 1 : answerLine, messages.emptyAnswer());

  return {
    problems,
    entry: {
      file,
      id,
      topic,
      question,
      phrasings,
      visitorMessages,
      tags,
      related,
      sources,
      readingLevelOk,
      answer,
      ...(fact ? { fact } : {}),
      lines: { field: yaml.keyLines, items: yaml.itemLines, answer: answer === '' ? answerLine : firstAnswerLine },
    },
  };
}
