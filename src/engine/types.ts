/**
 * The contract shared by the knowledge compiler (which writes it), the engine
 * (which reads it) and the widget and CLI (which show its answers). It has
 * exactly one definition, here.
 */

/** The format tag written into every compiled knowledge file. */
export const KNOWLEDGE_FORMAT = "faq-chat/knowledge@1";

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
  /**
   * The answer as markdown source, as staff wrote it. Present when knowledge is
   * compiled in Node (`faq ask`, `faq check`); `knowledge.json` leaves it out and
   * carries each answer once, as `html`.
   */
  answer?: string;
  /**
   * The answer rendered to HTML by `faq build`. Untrusted: the widget sanitizes
   * it every time it shows it.
   */
  html: string;
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
  /** The language of the knowledge's texts (BCP 47, e.g. `en`), set on the widget's panel. */
  lang: string;
  phone: string;
  contactUrl: string;
  /** Handoff wording; `{clinic}` stands for the clinic's name. */
  handoff: string;
  crisis: CrisisSettings;
  /** The clinic's practical facts (address, hours, …); an unset fact is answered honestly with the contact details. */
  facts: ClinicFacts;
  sources: Record<string, SourceInfo>;
}

/** The practical facts visitors ask a clinic about; each optional, as staff wrote it (markdown allowed). */
export interface ClinicFacts {
  address?: string;
  directions?: string;
  parking?: string;
  hours?: string;
  providers?: string;
  payment?: string;
  languages?: string;
  email?: string;
}

/** Where crisis help is, and how the widget words it for each tier. */
export interface CrisisSettings {
  /** Opens the crisis panel when the visitor may be at risk themselves. */
  intro: string;
  /** Opens the crisis panel when the visitor is worried about someone else. */
  otherIntro: string;
  /** The short, gentle line added to an ordinary reply that carries some risk signal. */
  concern: string;
  resources: CrisisResource[];
}

/** The kinds of crisis signal (see `phrases/crisis-signals.ts`). */
export type CrisisSignalKind =
  "means" | "death" | "final" | "intent" | "self" | "safe";

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
  /** Example messages of each kind of small talk: the matcher learns a class per kind from them. */
  smalltalkExamples: Record<SmalltalkIntent, string[]>;
  /** Example messages the knowledge does not cover: the matcher learns an "off-topic" class from them. */
  offTopic: string[];
  smalltalkFiller: string[];
  stopWords: string[];
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
  /** The learned crisis detector; without it, the pattern lists and the floor decide alone. */
  crisisModel?: CrisisModel;
  /**
   * The same kind of model, trained to tell risk about another person ("my son says he wants to die")
   * from the writer's own; without it, a rule about family words and pronouns decides.
   */
  aboutModel?: CrisisModel;
  /**
   * The crisis detector for messages mostly in another script than Latin (Chinese, Arabic, Cyrillic...),
   * over characters as well as words; without it, such a message gets the gentle line unless a list or
   * the floor finds risk.
   */
  scriptModel?: CrisisModel;
  entries: KnowledgeEntry[];
}

/**
 * The start of a compiled knowledge file: the clinic's settings and each entry's id, topic and
 * question (the rest of each entry empty). `faq build` writes it on the file's first line, so the
 * widget can greet and offer starter questions while the rest downloads.
 */
export type KnowledgeHead = Pick<CompiledKnowledge, "settings" | "entries">;

/** What the engine decided a visitor's message is. */
export type AnswerKind =
  "answer" | "suggest" | "fallback" | "crisis" | "smalltalk";

/** The kinds of small talk the engine recognises. */
export type SmalltalkIntent =
  | "greeting"
  | "wellbeing"
  | "reaction"
  | "thanks"
  | "goodbye"
  | "frustration"
  | "identity"
  | "help";

/**
 * How much risk a message shows. `crisis`: the crisis panel comes first
 * (`kind: 'crisis'`). `concern`: an ordinary reply that also carries a short,
 * gentle line with crisis resources. `none`: nothing shown.
 */
export type RiskLevel = "none" | "concern" | "crisis";

/** The crisis help carried by a reply: the words to open with (already chosen for the tier and person) and the resources. */
export interface CrisisHelp {
  /** For `kind: 'crisis'`, the panel's opening; for a `concern` reply, the gentle line. */
  intro: string;
  resources: CrisisResource[];
  /** Whose safety the message is about: the visitor's own, or someone else's ("my son…"). */
  about: "self" | "other";
}

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
  /**
   * The matched entry for `answer`; for `crisis`, the entry answered beneath the
   * panel when the message also asked a question the knowledge answers; otherwise null.
   */
  id: string | null;
  /** Confidence in the best candidate, 0 (none) to 1 (certain). */
  score: number;
  /**
   * For `suggest`: up to 3 candidate ids, best first. For an `answer` short of
   * certain: up to 2 runner-up ids ("Not what you meant?"). Otherwise empty.
   */
  suggestions: string[];
  /** With `id`: the entry's canonical question. */
  title: string | null;
  /** With `id`: the entry's markdown source, where the knowledge carries it (Node); null in the browser. */
  markdown: string | null;
  /** With `id`: the entry's HTML as compiled (untrusted: sanitize before display), or null. */
  html: string | null;
  /** With `id`: related entry ids. */
  related: string[];
  /** With `id`: the sources a visitor may see (never internal ids). */
  sources: VisibleSource[];
  /** For `smalltalk`: which kind. */
  intent: SmalltalkIntent | null;
  /** The risk tier (see {@link RiskLevel}). */
  risk: RiskLevel;
  /** Crisis help to show: set whenever `risk` is not `none` (first for `kind: 'crisis'`, as a gentle line otherwise). */
  crisis: CrisisHelp | null;
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

/** One candidate entry and the model's probability that it answers the message. */
export interface Candidate {
  /** The entry's position in {@link CompiledKnowledge.entries}. */
  entry: number;
  probability: number;
}

/** What the trained matcher makes of one message: the reasons behind a reply (staff's "why" view). */
export interface MatchResult {
  /** Entries, most probable first (a few). */
  candidates: Candidate[];
  /** Probability that the message is about something the knowledge does not cover. */
  offTopic: number;
  /** The most probable kind of small talk, with all kinds' probability together and its own. */
  smalltalk: {
    intent: SmalltalkIntent;
    /** All small-talk kinds together. */
    probability: number;
    /** The likeliest kind alone. */
    intentProbability: number;
  };
  /** The message's words as matched: normalized, vocabulary applied, spelling corrected. */
  words: string[];
  /** Share of the message's content words (not stop words) the knowledge uses anywhere (1 when it has none). */
  known: number;
  /** How many of the message's features (words, pairs, pieces) the model learned: 0 means it read nothing it knows. */
  featuresKnown: number;
  /** The features that pushed most towards the first candidate, strongest first (`w:` word, `b:` word pair, `c:` piece of a word). */
  evidence: { feature: string; weight: number }[];
}

/**
 * The learned crisis detector, trained by `faq build` on crisis messages and
 * look-alikes (see `src/knowledge/train-crisis-model.ts`, its settings in `defaults.ts`): a logistic
 * regression over word and word-pair features, shipped as its weights.
 */
export interface CrisisModel {
  bias: number;
  /** Feature (`w:stem` or `b:stem_stem`) → weight; features not listed weigh 0. */
  weights: Record<string, number>;
}

/** A matching engine over one compiled knowledge. */
export interface Engine {
  /** Answers one visitor message. Never throws; any input gives an `Answer`. */
  ask(text: string): Answer;
  /** The matcher's view of a message, for staff (`faq ask --why`, the studio): candidates, scores, the words that mattered. */
  explain(text: string): MatchResult;
  /** Looks up an entry by id (for chips and related questions). */
  entry(id: string): KnowledgeEntry | undefined;
  /** The knowledge the engine was built from. */
  readonly knowledge: CompiledKnowledge;
}
