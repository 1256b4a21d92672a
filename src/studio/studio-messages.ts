/**
 * Every message the studio's server sends back to staff, in one place, worded
 * like `src/knowledge/messages.ts` (whose messages it uses for every problem
 * in the knowledge itself): what happened, then what to do.
 */
export const studioMessages = {
  started: (url: string) =>
    `Studio running. Open this link in your browser:\n\n  ${url}\n\nKeep this window open while you work; press Ctrl+C to stop.`,
  notLocal: () =>
    `This request did not come from the studio's own page, so nothing was changed.`,
  noToken: () =>
    `This request is missing the studio's key. Reload the studio page from the link the command printed.`,
  badId: (id: string) =>
    `"${id}" cannot be an entry's id: use only lowercase letters, digits and dashes (for example panic-disorder).`,
  badTopic: (topic: string) =>
    `"${topic}" cannot be a topic: use only lowercase letters, digits and dashes (for example sessions).`,
  outsideFolder: (path: string) =>
    `"${path}" is outside the knowledge folder; the studio only writes inside it.`,
  idTaken: (id: string) =>
    `An entry called "${id}" already exists; pick another id.`,
  idChanged: (from: string, to: string) =>
    `An entry's id cannot change ("${from}" to "${to}"). Make a new entry with the new id, then delete the old one.`,
  noSuchEntry: (id: string) =>
    `There is no entry "${id}" (it may have been deleted or renamed in a text editor).`,
  notSaved: (count: number) =>
    `Not saved: ${count} problem${count === 1 ? "" : "s"} to fix first (shown beside the fields). Save as a draft to keep your work without publishing it.`,
  settingsNotSaved: (count: number) =>
    `Not saved: ${count} problem${count === 1 ? "" : "s"} to fix first (shown beside the fields).`,
  saved: (file: string) => `Saved ${file}.`,
  draftSaved: (file: string) =>
    `Draft saved as ${file}. Drafts are not published until you save the entry without problems.`,
  deleteLinked: (id: string, linkedFrom: string[]) =>
    `"${id}" cannot be deleted while other entries list it under "related": ${linkedFrom.join(", ")}. Remove it there first.`,
  deleted: (file: string) => `Deleted ${file}.`,
  tooLarge: (limit: number) =>
    `That is too much text to save at once (more than ${Math.round(limit / 1024)} KB).`,
  badRequest: () =>
    `The studio could not read what the page sent. Reload the page and try again.`,
  notFound: () => `Not found.`,
  published: (file: string, entries: number) =>
    `Published: wrote ${file} (${entries} entries). Copy this file to your website, beside faq-chat.js.`,
  notPublished: (file: string, count: number) =>
    `Not published: ${count} problem${count === 1 ? "" : "s"} to fix first. ${file} was left exactly as it was.`,
} as const;
