/**
 * The contract shared by the knowledge compiler (which writes it), the engine
 * (which reads it) and the widget and CLI (which show its answers). It has
 * exactly one definition, here.
 */

/** The format tag written into every compiled knowledge file. */
export const KNOWLEDGE_FORMAT = 'faq-chat/knowledge@1';

/** One FAQ entry, as compiled from one markdown file in `knowledge/`. */
export interface KnowledgeEntry {
  /** The file name without `.md`; unique across the folder. */
  id: string;
  /** The topic folder the entry lives in: `ketamine`, `anxiety`, `sessions`, or a clinic's own. */
  topic: string;
  /** The canonical question, shown on chips and as the answer's title. */
  question: string;
  /** Other ways visitors ask the same question; the engine matches against these. */
  phrasings: string[];
  /** The answer as markdown source, as staff wrote it. */
  answer: string;
  /**
   * The answer rendered to HTML by `faq build`. Untrusted: the widget sanitizes
   * it every time it shows it. Without it, the widget shows `answer` as plain text.
   */
  html?: string;
  /** Ids of related entries, shown as "Related questions". */
  related: string[];
  /** Ids of the sources the answer's facts come from (see {@link ClinicSettings.sources}). */
  sources: string[];
  /** Free keywords; they also help matching. */
  tags: string[];
}

/** A way to reach crisis help, shown before anything else in a crisis reply. */
export interface CrisisResource {
  /** What the visitor reads, e.g. "Call or text 988 (Suicide & Crisis Lifeline)". */
  label: string;
  /** A number to call (becomes a `tel:` link). */
  phone?: string;
  /** A number to text (becomes an `sms:` link). */
  sms?: string;
  /** The text to pre-fill in the message, e.g. `HOME` for the Crisis Text Line. */
  smsBody?: string;
}

/** A source an entry may cite. Visitors see it only when it has both a title and a URL. */
export interface SourceInfo {
  title?: string;
  url?: string;
  /** For staff only: what the source is. */
  note?: string;
}

/** The clinic's details and the safety texts, from `knowledge/clinic.yaml`. */
export interface ClinicSettings {
  name: string;
  phone: string;
  contactUrl: string;
  /** Handoff wording; `{clinic}` stands for the clinic's name. */
  handoff: string;
  crisis: { intro: string; resources: CrisisResource[] };
  sources: Record<string, SourceInfo>;
}

/** The kinds of crisis signal (see `phrases/crisis-signals.ts`). */
export type CrisisSignalKind = 'means' | 'death' | 'final' | 'intent' | 'self' | 'safe';

/**
 * The language and safety data the engine reads messages with: crisis lines
 * and signals, requests to refuse, small talk, stop words and texting
 * shorthand. Its reviewed source is `src/engine/phrases/`; `faq build` copies
 * it into every compiled knowledge file, so the widget's code stays small and
 * a knowledge file always carries the lists it was checked with.
 */
export interface PhraseData {
  crisis: string[];
  crisisSignals: {
    lists: Record<CrisisSignalKind, string[]>;
    weights: Record<CrisisSignalKind, { points: number; most: number }>;
    threshold: number;
  };
  refusal: string[];
  smalltalk: Record<SmalltalkIntent, string[]>;
  smalltalkFiller: string[];
  stopWords: string[];
  genericWords: string[];
  intentPairs: [string, string][];
  texting: Record<string, string>;
}

/** The whole compiled knowledge: what `faq build` writes and `createEngine` reads. */
export interface CompiledKnowledge {
  format: typeof KNOWLEDGE_FORMAT;
  settings: ClinicSettings;
  /** Lay word or phrase → the term the knowledge uses, e.g. `"special k": "ketamine"`. */
  vocabulary: Record<string, string>;
  /** How messages are read: safety and language lists (see {@link PhraseData}). */
  phrases: PhraseData;
  entries: KnowledgeEntry[];
}

/** What the engine decided a visitor's message is. */
export type AnswerKind = 'answer' | 'suggest' | 'fallback' | 'crisis' | 'smalltalk';

/** The kinds of small talk the engine recognises. */
export type SmalltalkIntent = 'greeting' | 'thanks' | 'goodbye' | 'identity' | 'help';

/** The "consult a provider" block carried by every informational reply. */
export interface Handoff {
  /** The handoff wording with the clinic's name filled in. */
  text: string;
  clinicName: string;
  phone: string;
  contactUrl: string;
}

/** A source a visitor may see: it has a readable title and a link. */
export interface VisibleSource {
  title: string;
  url: string;
}

/**
 * One reply to one visitor message. The same object is what `faq ask --json`
 * prints, what the widget renders and what its events carry (minus `question`).
 */
export interface Answer {
  /** The visitor's message as received (after trimming to the length limit). */
  question: string;
  kind: AnswerKind;
  /** The matched entry for `answer`; otherwise null. */
  id: string | null;
  /** Confidence in the best candidate, 0 (none) to 1 (certain). */
  score: number;
  /**
   * For `suggest`: up to 3 candidate ids, best first. For an `answer` short of
   * certain: up to 2 runner-up ids ("Not what you meant?"). Otherwise empty.
   */
  suggestions: string[];
  /** For `answer`: the entry's canonical question. */
  title: string | null;
  /** For `answer`: the entry's markdown source. */
  markdown: string | null;
  /** For `answer`: the entry's HTML as compiled (untrusted: sanitize before display), or null. */
  html: string | null;
  /** For `answer`: related entry ids. */
  related: string[];
  /** For `answer`: the sources a visitor may see (never internal ids). */
  sources: VisibleSource[];
  /** For `smalltalk`: which kind. */
  intent: SmalltalkIntent | null;
  /** For `crisis`: what to show first. */
  crisis: ClinicSettings['crisis'] | null;
  /** For `answer`, `suggest`, `fallback` and `crisis`: the provider handoff. Null only for `smalltalk`. */
  handoff: Handoff | null;
  /** True when the message was longer than the limit and was cut before matching. */
  truncated: boolean;
}

/** Per-page overrides of the clinic's contact details (the widget's attributes). */
export interface ClinicOverrides {
  name?: string | null;
  phone?: string | null;
  contactUrl?: string | null;
}

/** A matching engine over one compiled knowledge. */
export interface Engine {
  /** Answers one visitor message. Never throws; any input gives an `Answer`. */
  ask(text: string): Answer;
  /** Looks up an entry by id (for chips and related questions). */
  entry(id: string): KnowledgeEntry | undefined;
  /** The knowledge the engine was built from. */
  readonly knowledge: CompiledKnowledge;
}
