/**
 * Every message `faq check` and `faq build` show to clinic staff, in one place.
 * Written for people who edit text, not code: say what is wrong, then how to fix it.
 * `knowledge/README.md` explains each one; keep the two in step.
 */
export const messages = {
  // Clinic facts
  unknownFact: (name: string) =>
    `"fact: ${name}" is not a clinic fact. Use one of: address, parking, hours, providers, payment, languages, email (they are filled in under facts: in clinic.yaml).`,
  factNotFilled: (label: string) =>
    `This clinic hasn't added its ${label} here yet. Please call or use the contact page, and the team will be glad to tell you.`,
  // Files and folders
  noEntries: (dir: string) => `No entries found in ${dir}. Entries are .md files inside topic folders such as ketamine/.`,
  folderMissing: (dir: string) => `The folder ${dir} does not exist.`,
  entryOutsideTopic: () => `Entries go inside a topic folder (for example anxiety/this-file.md), not at the top of the knowledge folder.`,
  badFileName: (name: string) =>
    `The file name "${name}" is also the entry's id: use only lowercase letters, digits and dashes (for example panic-disorder.md).`,
  duplicateId: (id: string, other: string) =>
    `The id "${id}" is already used by ${other}. File names must be unique across all topic folders; rename one of them.`,

  // Front matter
  noFrontMatter: () =>
    `This file must start with a line of three dashes (---), then the fields (question, phrasings, ...), then another --- line, then the answer.`,
  unclosedFrontMatter: () => `The fields block that starts here is never closed: add a line with three dashes (---) before the answer.`,
  yamlSyntax: (detail: string) =>
    `The fields are not written correctly (${detail}). Check the indentation, and put quotes around text that contains a colon (:) or starts with a special character.`,
  notAMapping: () => `The fields block must be a list of "name: value" lines.`,
  unknownField: (field: string, suggestion: string | undefined) =>
    `Unknown field "${field}".` +
    (suggestion ? ` Did you mean "${suggestion}"?` : ` The allowed fields are question, phrasings, visitor_messages, tags, related, sources, fact and reading_level_ok.`),
  missingField: (field: string) => `"${field}" is missing. Every entry needs it.`,
  emptyField: (field: string) => `"${field}" is empty. Write something here.`,
  notText: (field: string) => `"${field}" must be a single line of text.`,
  notList: (field: string) => `"${field}" must be a list: one item per line, each starting with "- ".`,
  notTextItem: (field: string) => `Every item in "${field}" must be text.`,
  tooFewPhrasings: (count: number, min: number) =>
    `Only ${count} phrasing${count === 1 ? '' : 's'}: write at least ${min} different ways a visitor might ask this question (short keywords, everyday words, a longer personal version).`,
  repeatedPhrasing: (text: string) => `The phrasing "${text}" is listed twice in this entry.`,
  duplicatePhrasing: (text: string, other: string) =>
    `The phrasing "${text}" is also in ${other}. Visitors asking it could get either answer: keep it in one entry only.`,
  unknownRelated: (id: string) =>
    `"related" names "${id}", but no entry has that id. Ids are file names without .md; check the spelling.`,
  notYesNo: (field: string) => `"${field}" must be true or false (without quotes).`,
  relatedSelf: () => `"related" lists this entry itself; list other entries only.`,
  unknownSource: (source: string) =>
    `"sources" names "${source}", which is not listed under "sources" in clinic.yaml. Add it there (with a title and link if visitors may see it), or fix the spelling.`,

  noVisibleSource: () =>
    `This answer cites nothing visitors can open. List at least one source that has a "title" and "url" in clinic.yaml (sources with only a "note" are for staff and are never shown).`,

  // Answer body
  emptyAnswer: () => `The answer is missing: write it below the closing --- line.`,
  rawHtml: (tag: string) =>
    `The answer contains HTML (${tag}). Use plain markdown instead: **bold**, *italic*, "- " for lists, [text](https://link).`,
  image: () => `The answer contains an image. Images are not shown in the chat; describe it in words instead.`,
  badLinkScheme: (url: string) =>
    `The link "${url}" is not allowed. Links must start with https://, http://, tel: or mailto:.`,
  answerTooLong: (words: number, max: number) =>
    `The answer is ${words} words long; keep it under ${max} (about 60-150 is best on a phone). Split it into two entries if needed.`,
  answerTooManyCharacters: (characters: number, max: number) =>
    `The answer is ${characters} characters long; keep it under ${max} (about 60-150 words is best on a phone). Split it into two entries if needed.`,
  answerUnreadable: () =>
    `The answer's markdown cannot be read (for example quotes or lists nested hundreds deep). Write it as plain paragraphs and short lists.`,
  headingInAnswer: () => `Headings (#) are too big inside a chat bubble; use **bold** text instead.`,

  // Reading level: warnings, which never stop `faq check` or `faq build`
  readingLevel: (grade: number, words: number, maxGrade: number, maxWords: number) =>
    `Warning: this answer reads at grade ${grade} and is ${words} words long (warned above grade ${maxGrade} or ${maxWords} words; aim for grade 8 or lower and at most 110 words). Use shorter sentences and everyday words, or add "reading_level_ok: true" to the fields if a reviewer accepts it as it is.`,
  hardestToRead: (list: string) => `Hardest to read: ${list}.`,
  warningsSummary: (count: number) =>
    `${count} warning${count === 1 ? '' : 's'}: warnings do not stop a build, but please review them.`,

  // Settings (clinic.yaml) and vocabulary (vocabulary.yaml)
  settingsMissingFile: (file: string) => `${file} is missing. The knowledge folder needs it: copy it from the shipped knowledge folder.`,
  settingsField: (field: string) => `"${field}" is missing or empty in the clinic settings.`,
  settingsUrl: (field: string, url: string) => `"${field}" must be a web address starting with https:// or http:// (found "${url}").`,
  settingsPhone: (phone: string) =>
    `"phone" must be a phone number: digits with spaces, dashes, dots or brackets, perhaps a leading + and an extension (found "${phone}").`,
  settingsCrisis: () =>
    `"crisis" needs an "intro" text and a list of "resources", each with a "label" and a phone or sms number.`,
  settingsCrisisBuiltIn: () =>
    `"crisis" "resources" lists no 988 (Suicide & Crisis Lifeline) or no 911 line. A clinic in the US must keep both, and add its own lines after them; elsewhere, list your country's crisis lines.`,
  settingsSource: (id: string) => `The source "${id}" needs a "title" together with its "url" (visitors see both), or neither.`,
  settingsUnknownField: (field: string) => `Unknown setting "${field}". Check the spelling against the shipped clinic.yaml.`,
  vocabularyEntry: (key: string) => `Each vocabulary line must be "visitor words: knowledge words" with text on both sides (check "${key}").`,

  // Matching (the engine reads every phrasing the way it reads a visitor's message)
  routedElsewhere: (text: string, other: string) =>
    `The phrasing "${text}" is answered with "${other}" instead of this entry. Make it more specific to this entry, or move it.`,
  routedUnsure: (text: string, kind: string) =>
    `The phrasing "${text}" does not get this entry's answer (it gets a ${kind} reply). Make it more specific to this entry.`,
  confusedPair: (other: string, count: number) =>
    `This entry and "${other}" are easily confused (${count} of their phrasings get the other's answer). Make their questions and phrasings more distinct.`,

  // Summary and outcome lines
  summary: (problems: number, entries: number) =>
    problems === 0
      ? `No problems found in ${entries} entries.`
      : `${problems} problem${problems === 1 ? '' : 's'} found in ${entries} entries.`,
  built: (out: string, entries: number) => `Wrote ${out} (${entries} entries).`,
  outInsideFolder: (out: string, dir: string) =>
    `Nothing written: the output ${out} is inside the knowledge folder ${dir}, where it would replace or add to the files staff edit. Write it elsewhere (the default is dist/knowledge.json).`,
  notBuilt: (out: string) => `Nothing written: fix the problems above, then build again. ${out} was left unchanged.`,
} as const;
