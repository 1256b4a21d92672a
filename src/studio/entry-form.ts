/**
 * What the studio's entry form sends: one entry's fields as staff typed them.
 * The same shape comes back from the server for each entry, so the form can
 * be filled from it.
 */
export interface EntryForm {
  /** The topic folder, e.g. `sessions`. */
  topic: string;
  /** The file name without `.md`: lowercase letters, digits and dashes. */
  id: string;
  question: string;
  phrasings: string[];
  tags: string[];
  related: string[];
  sources: string[];
  /** The answer's markdown. */
  answer: string;
}

/**
 * The form's fields of an entry (the server's entry, or one read from a file
 * carries more), with lists copied so editing the form leaves the entry as it
 * was.
 */
export function toEntryForm(entry: EntryForm): EntryForm {
  const { topic, id, question, phrasings, tags, related, sources, answer } =
    entry;
  return {
    topic,
    id,
    question,
    phrasings: [...phrasings],
    tags: [...tags],
    related: [...related],
    sources: [...sources],
    answer,
  };
}

/** The clinic settings the studio's settings form edits (a subset of `clinic.yaml`, in its own field names). */
export interface SettingsForm {
  name: string;
  phone: string;
  contact_url: string;
  handoff: string;
  crisis_intro: string;
  crisis_resources: {
    label: string;
    phone: string;
    sms: string;
    sms_body: string;
  }[];
  facts: Record<string, string>;
}
