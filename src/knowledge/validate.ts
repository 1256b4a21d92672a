import { checkAnswer } from './check-answer.js';
import { messages } from './messages.js';
import type { EntryFile } from './read-entry.js';
import type { Problem } from './problem.js';

/** The source name for facts that come from the clinic itself (costs, contact, its own procedures). */
export const CLINIC_SOURCE = 'clinic';

/**
 * Rules that look across entries: unique ids and phrasings, `related` and
 * `sources` that point at something real, and each answer's markdown.
 *
 * @param knownSources the sources listed in clinic.yaml; undefined when that
 *   list could not be read, so sources are not checked (that file's own problem says why).
 * @param unreadableIds ids of entry files that exist but could not be read:
 *   `related` may name them without a second, misleading problem.
 * @param visibleSources the sources visitors can open (a title and a url in
 *   clinic.yaml). An answer must cite one of them, or the clinic's own
 *   `clinic` source (its facts are the contact details shown under every
 *   answer), so that what it says can be checked by the person reading it.
 *   Undefined skips the rule, as when clinic.yaml could not be read.
 */
export function validateEntries(
  entries: EntryFile[],
  knownSources: ReadonlySet<string> | undefined,
  unreadableIds: ReadonlySet<string> = new Set(),
  visibleSources?: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, EntryFile>();
  const phrasingOwner = new Map<string, { entry: EntryFile; line: number }>();
  const itemLine = (entry: EntryFile, field: string, index: number) =>
    entry.lines.items.get(field)?.[index] ?? entry.lines.field.get(field) ?? 1;

  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other) problems.push({ file: entry.file, line: 1, message: messages.duplicateId(entry.id, other.file) });
    else byId.set(entry.id, entry);
  }
  for (const entry of entries) {
    entry.phrasings.forEach((phrasing, index) => {
      const key = phrasing.toLowerCase().replace(/\s+/g, ' ');
      const owner = phrasingOwner.get(key);
      if (owner && owner.entry !== entry) {
        problems.push({ file: entry.file, line: itemLine(entry, 'phrasings', index), message: messages.duplicatePhrasing(phrasing, `${owner.entry.file}:${owner.line}`) });
      } else if (!owner) phrasingOwner.set(key, { entry, line: itemLine(entry, 'phrasings', index) });
    });
    entry.related.forEach((id, index) => {
      if (id === entry.id) problems.push({ file: entry.file, line: itemLine(entry, 'related', index), message: messages.relatedSelf() });
      else if (!byId.has(id) && !unreadableIds.has(id)) problems.push({ file: entry.file, line: itemLine(entry, 'related', index), message: messages.unknownRelated(id) });
    });
    entry.sources.forEach((source, index) => {
      if (knownSources && !knownSources.has(source)) problems.push({ file: entry.file, line: itemLine(entry, 'sources', index), message: messages.unknownSource(source) });
    });
    // Only once every cited source is known: a misspelt one is its own problem first.
    const allKnown = knownSources !== undefined && entry.sources.every((source) => knownSources.has(source));
    if (visibleSources && allKnown && entry.sources.length > 0 && !entry.sources.some((source) => source === CLINIC_SOURCE || visibleSources.has(source))) {
      problems.push({ file: entry.file, line: entry.lines.field.get('sources') ?? 1, message: messages.noVisibleSource() });
    }
    problems.push(...checkAnswer(entry));
  }
  return problems;
}
