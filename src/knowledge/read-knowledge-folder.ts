import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClinicSettings } from '../engine/types.js';
import { messages } from './messages.js';
import type { Problem } from './problem.js';
import { readEntry, type EntryFile } from './read-entry.js';
import { SETTINGS_FILE, readSettings } from './read-settings.js';
import { VOCABULARY_FILE, readVocabulary } from './read-vocabulary.js';

/** Everything read from a knowledge folder, before rules across files run. */
export interface KnowledgeFolder {
  entries: EntryFile[];
  settings: ClinicSettings;
  vocabulary: Record<string, string>;
  problems: Problem[];
  /** What staff should review but need not fix (the clinic settings' advice); never stops a build. */
  warnings: Problem[];
  /** Ids of entry files that exist but could not be read (their own problem is already reported). */
  unreadableIds: Set<string>;
  /** The sources listed in clinic.yaml, or undefined when that list could not be read (its own problem is already reported). */
  knownSources: Set<string> | undefined;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isEntryFile = (name: string) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.');
/** Paths in messages use forward slashes and start with the folder as staff typed it. */
const display = (...parts: string[]) => join(...parts).split('\\').join('/');

/**
 * Reads a knowledge folder: `clinic.yaml`, `vocabulary.yaml`, and one entry
 * per `.md` file in each topic folder (the folder name is the topic, the file
 * name the id).
 */
export async function readKnowledgeFolder(dir: string): Promise<KnowledgeFolder> {
  const problems: Problem[] = [];
  const entries: EntryFile[] = [];
  const unreadableIds = new Set<string>();
  if (!existsSync(dir)) {
    const folderMissing = { file: display(dir), line: 1, message: messages.folderMissing(display(dir)) };
    return { entries, settings: readSettings('', '').settings, vocabulary: {}, problems: [folderMissing], warnings: [], unreadableIds, knownSources: undefined };
  }
  const readOptional = async (name: string) => (existsSync(join(dir, name)) ? readFile(join(dir, name), 'utf8') : undefined);

  const settingsText = await readOptional(SETTINGS_FILE);
  const settingsRead = readSettings(display(dir, SETTINGS_FILE), settingsText ?? '');
  if (settingsText === undefined) problems.push({ file: display(dir, SETTINGS_FILE), line: 1, message: messages.settingsMissingFile(SETTINGS_FILE) });
  else problems.push(...settingsRead.problems);

  const vocabularyText = await readOptional(VOCABULARY_FILE);
  const vocabularyRead = readVocabulary(display(dir, VOCABULARY_FILE), vocabularyText ?? '');
  problems.push(...vocabularyRead.problems);

  const top = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const item of top) {
    if (item.isFile() && isEntryFile(item.name)) problems.push({ file: display(dir, item.name), line: 1, message: messages.entryOutsideTopic() });
    if (!item.isDirectory() || item.name.startsWith('.')) continue;
    const topic = item.name;
    // Files only: a folder someone named "notes.md" is not an entry (reading it would throw).
    const files = (await readdir(join(dir, topic), { withFileTypes: true }))
      .filter((file) => file.isFile() && isEntryFile(file.name))
      .map((file) => file.name)
      .sort();
    for (const name of files) {
      const file = display(dir, topic, name);
      const id = name.slice(0, -'.md'.length);
      if (!ID_PATTERN.test(id)) problems.push({ file, line: 1, message: messages.badFileName(name) });
      const read = readEntry(file, id, topic, await readFile(join(dir, topic, name), 'utf8'));
      problems.push(...read.problems);
      if (read.entry) entries.push(read.entry);
      else unreadableIds.add(id);
    }
  }
  // A clinic.yaml that is missing or unreadable is one problem, not one more per cited source.
  const knownSources = settingsText !== undefined && settingsRead.sourcesReadable ? new Set(Object.keys(settingsRead.settings.sources)) : undefined;
  return {
    entries,
    settings: settingsRead.settings,
    vocabulary: vocabularyRead.vocabulary,
    problems,
    warnings: settingsRead.warnings,
    unreadableIds,
    knownSources,
  };
}
