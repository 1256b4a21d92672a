import { classifierSteps } from "./classify.js";
import { aboutOther, crisisFloor } from "./crisis-floor.js";
import { rereadForCrisis } from "./crisis-reread.js";
import { statesOwnRisk } from "./own-risk.js";
import {
  crisisScorerSteps,
  latinShare,
  scriptFeatures,
  wordCount,
} from "./crisis-model.js";
import { finishInSlices, type Pause } from "./finish-in-slices.js";
import { DEFAULTS, type EngineDefaults } from "./defaults.js";
import { fallbackAnswer } from "./fallback-answer.js";
import { finishNow } from "./finish-now.js";
import { buildMatcher, type Matcher } from "./matcher.js";
import { normalizeText } from "./normalize.js";
import { compilePattern, indexWords } from "./phrase-pattern.js";
import { RISK_MENTIONS } from "./phrases/risk-mentions.js";
import { sentencesOf } from "./sentences.js";
import { isWebUrl } from "./web-url.js";
import type {
  Answer,
  ClinicOverrides,
  CompiledKnowledge,
  CrisisHelp,
  Engine,
  Handoff,
  KnowledgeEntry,
  MatchResult,
  RiskLevel,
  SmalltalkIntent,
} from "./types.js";

/**
 * Where a sentence that mixes risk with a question may be cut into clauses, to find the question: the words
 * people join a worry to a question with ("how long is a session, because I don't plan to be around"). Not
 * at "and", "plus" or bare commas: those also join the parts of a question about means ("how much ketamine
 * plus xanax would stop my breathing"), whose calm-looking half must not get an answer beneath the panel.
 */
const CLAUSE_BREAK =
  /\s*,?\s+(?:but|because|bc|cause|cuz|also|btw|although|though|since|anyway|not that)\s+/i;

/**
 * Builds an engine over compiled knowledge: trains the matcher on the
 * knowledge's phrasings (see `matcher.ts`), then answers in well under a
 * millisecond at the shipped size (see `npm run bench`). For a browser, use
 * {@link createEngineAsync}, which never holds the main thread for long.
 *
 * @param overrides per-page clinic details (the widget's attributes); empty values are ignored.
 * @example
 * const engine = createEngine(knowledge);
 * engine.ask('how long does a session take').id; // 'session-length'
 */
export function createEngine(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides = {},
  options: EngineDefaults = DEFAULTS,
): Engine {
  return finishNow(engineSteps(knowledge, overrides, options));
}

/**
 * Builds an engine in slices, awaiting `pause` between them (the widget passes
 * a pause that yields to the page), so training never blocks a phone.
 */
export async function createEngineAsync(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides = {},
  pause: Pause = () => new Promise((resolve) => host.setTimeout(resolve, 0)),
  options: EngineDefaults = DEFAULTS,
): Promise<Engine> {
  // The steps yield often; the page is given back its turn once a slice has run for `options.sliceMs`.
  return finishInSlices(
    engineSteps(knowledge, overrides, options),
    pause,
    options.sliceMs,
  );
}

function* engineSteps(
  knowledge: CompiledKnowledge,
  overrides: ClinicOverrides,
  options: EngineDefaults,
): Generator<void, Engine> {
  const { settings, phrases } = knowledge;
  const clinicName = overrides.name?.trim() || settings.name;
  const handoff: Handoff = {
    text: fill(settings.handoff, { clinic: clinicName }),
    clinicName,
    phone: overrides.phone?.trim() || settings.phone,
    contactUrl: overrides.contactUrl?.trim() || settings.contactUrl,
  };
  const classifier = yield* classifierSteps(phrases, options);
  const crisisScore = yield* crisisScorerSteps(knowledge.crisisModel);
  const aboutScore = yield* crisisScorerSteps(knowledge.aboutModel);
  const scriptScore = yield* crisisScorerSteps(
    knowledge.scriptModel,
    scriptFeatures,
  );
  const byId = new Map(knowledge.entries.map((entry) => [entry.id, entry]));
  yield;
  const matcher: Matcher = yield* buildMatcher(knowledge, options);
  /** A message as a person in a hurry meant it ("kilk myself", "killme"): see crisis-reread.ts. */
  const reread = (words: readonly string[]) =>
    rereadForCrisis(words, matcher.knows);
  const changed = (before: readonly string[], after: readonly string[]) =>
    before.length !== after.length ||
    after.some((word, index) => word !== before[index]);
  /** The crisis lines on a message as written and, where it may be typed in a hurry, as meant. */
  const listsOn = (
    words: readonly string[],
    sentences: readonly (readonly string[])[],
  ) => {
    const lists = classifier.crisisParts(words, sentences);
    if (words.length > options.crisisRereadMaxWords) return lists;
    const fixed = reread(words);
    if (!changed(words, fixed)) return lists;
    // Only the sentences the re-reading changed are read again: the lines cost the most of all here.
    const rereadSentences = sentences.map(reread);
    const again = sentences
      .map((_, index) => index)
      .filter((index) => changed(sentences[index]!, rereadSentences[index]!));
    const hits = classifier.crisisParts(
      fixed,
      again.map((index) => rereadSentences[index]!),
    );
    const parts = [...lists.parts];
    again.forEach((index, position) => {
      parts[index] ||= hits.parts[position]!;
    });
    return { whole: lists.whole || hits.whole, parts };
  };
  const toWords = (text: string) =>
    normalizeText(text, phrases.texting).split(" ").filter(Boolean);
  /**
   * In a story of several sentences, the ones that ask (ending in "?") are read twice: the question is
   * what the visitor wants answered, the rest is context that should not outweigh it.
   */
  const withQuestionStressed = (question: string, text: string) => {
    const asked = question.match(/[^.!?\n]*\?/g) ?? [];
    return asked.length > 0 && sentencesOf(question).length > asked.length
      ? `${text} ${asked.join(" ")}`
      : text;
  };
  /** Whether a text is mostly in Latin letters: which detector reads it. */
  const isLatin = (text: string) =>
    latinShare(text) >= options.crisisLatinShare;
  /** The learned detector's score of a part of a message; fragments of a word or two are left to the lists. */
  const partScore = (words: readonly string[], latin: boolean) =>
    wordCount(words) < options.crisisMinWords
      ? 0
      : knowledge.scriptModel && !latin
        ? scriptScore(words)
        : crisisScore(words);
  /** Whether one part of a message carries risk on its own: a confident detector, a list, or the floor. */
  const isRiskyPart = (
    text: string,
    words = toWords(text),
    score = partScore(words, isLatin(text)),
    listed = listsOn(words, [words]).whole,
  ) =>
    score >= options.sentenceConcernScore ||
    listed ||
    crisisFloor(text) !== null;
  /**
   * What a crisis message also asks: its sentences without risk; or, when no sentence is free of risk
   * (or the risk shows only in the message as a whole), the parts around "but" that carry none ("I don't
   * plan to be around by summer, but how long is a session?"). Empty when the message is all risk.
   */
  const questionBeside = (question: string, riskySentences: Set<number>) => {
    const sentences = sentencesOf(question);
    const calm = sentences.filter((_, index) => !riskySentences.has(index));
    if (riskySentences.size > 0 && calm.length > 0) return calm.join(". ");
    const clauses = sentences.flatMap((sentence) =>
      sentence
        .split(CLAUSE_BREAK)
        .map((clause) => clause.trim())
        .filter(Boolean),
    );
    return clauses.length > 1
      ? clauses.filter((clause) => !isRiskyPart(clause)).join(". ")
      : "";
  };
  const placeholders = {
    clinic: escapeHtml(clinicName),
    phone: escapeHtml(handoff.phone),
    contact_url: escapeHtml(handoff.contactUrl),
  };

  const reply = (
    question: string,
    truncated: boolean,
    fields: Partial<Answer>,
  ): Answer => ({ ...fallbackAnswer(question, handoff, truncated), ...fields });

  /** The fields that show one entry: its title, text, related entries and visible sources. */
  const entryFields = (entry: KnowledgeEntry): Partial<Answer> => ({
    id: entry.id,
    title: entry.question,
    markdown:
      entry.answer === undefined
        ? null
        : fill(entry.answer, {
            clinic: clinicName,
            phone: handoff.phone,
            contact_url: handoff.contactUrl,
          }),
    html: fill(entry.html, placeholders),
    related: entry.related.filter((id) => byId.has(id)),
    sources: entry.sources.flatMap((id) => {
      const source = Object.hasOwn(settings.sources, id)
        ? settings.sources[id]
        : undefined;
      return source?.title && source.url && isWebUrl(source.url)
        ? [{ title: source.title, url: source.url }]
        : [];
    }),
  });

  /** How much risk a message shows, sentence by sentence and as a whole; and which sentences carry it. */
  const assessRisk = (
    scanned: string,
  ): {
    level: RiskLevel;
    /** The learned detector's probability for the whole message. */
    score: number;
    /** Whether the detector for other scripts scored it (its bar for the panel is its own). */
    script: boolean;
    /** Whether a crisis line or the floor fired on the message (whatever the detector made of it). */
    listed: boolean;
    /** Concern only because the message is mostly words the engine never met (see `foreignWordsShare`). */
    isUnread: boolean;
    riskySentences: Set<number>;
    about: CrisisHelp["about"];
    /** Whom the risk would be about, for a reply that carries the gentle line after all. */
    whom: () => CrisisHelp["about"];
  } => {
    // Sentences past the first few dozen of a pasted wall of text are scanned by the lists as a whole only.
    const sentences = sentencesOf(scanned).slice(0, options.maxSentencesScored);
    const sentenceWords = sentences.map(toWords);
    const riskySentences = new Set<number>();
    const allWords = toWords(scanned);
    // The lists on the whole message and on each sentence alone, in one pass.
    const lists = listsOn(allWords, sentenceWords);
    let patterns = lists.whole;
    // A message of a word or two is left to the lists and the floor: the model reads fragments as anything.
    // So is one mostly in another script than Latin, unless the model learned from such messages: an
    // older one learned from none, and would read any as calm.
    const isLatinMessage = isLatin(scanned);
    const latinSentences = sentences.map(isLatin);
    const length = wordCount(allWords);
    const isReadable =
      length >= options.crisisMinWords &&
      (isLatinMessage || knowledge.scriptModel !== undefined);
    const learned = !isReadable
      ? 0
      : isLatinMessage
        ? crisisScore(allWords)
        : scriptScore(allWords);
    // One sentence of a longer message is read alone too (risk inside an ordinary question), but a lone
    // sentence is short and the model less sure of it: it must score higher, and only adds the gentle line.
    let sentenceRisk = false;
    let sentenceCrisis = false;
    sentenceWords.forEach((words, index) => {
      const score =
        sentenceWords.length > 1 ? partScore(words, latinSentences[index]!) : 0;
      sentenceRisk ||= score >= options.sentenceConcernScore;
      sentenceCrisis ||= score >= options.sentenceCrisisScore;
      if (isRiskyPart(sentences[index]!, words, score, lists.parts[index]))
        riskySentences.add(index);
    });
    const floor = crisisFloor(scanned) !== null;
    patterns ||= floor;
    // Biased hard towards recall: any list or the floor, or a confident model, gives the panel; the
    // model alone below that gives the gentle line. A list hit the model finds clearly educational
    // ("does ketamine help suicidal thoughts?") is answered, with the gentle line.
    // Whom the risk is about: the learned model where the knowledge has one, else the floor's rule.
    // Asked only when it matters (a list hit, or help to word), at most twice, for a few microseconds:
    // most messages carry no risk at all.
    const isAboutOther = () =>
      knowledge.aboutModel
        ? aboutScore(allWords) >= options.aboutOtherScore
        : aboutOther(normalizeText(scanned));
    // Latin letters, three words or more, but mostly words the engine never met: a language the detector
    // cannot read. Worked out once: both the panel and the gentle line below ask it of most messages.
    const isForeign =
      isReadable &&
      isLatinMessage &&
      matcher.knownShare(allWords) < options.foreignWordsShare;
    let level: RiskLevel = "none";
    // Without a learned detector (an old knowledge file) the lists decide alone, as before it existed.
    if (!knowledge.crisisModel) level = patterns ? "crisis" : "none";
    // Someone writing about another person's safety gets the panel unless the model finds the message
    // plainly educational ("my friend asked why antidepressants carry a suicide warning"): a lower bar
    // than for the visitor's own words, because a worried relative words it at one remove.
    else if (
      statesOwnRisk(allWords) ||
      (learned >=
        (isLatinMessage ? options.crisisScore : options.scriptCrisisScore) &&
        length >= options.crisisPanelMinWords) ||
      // Latin letters in a language the English detector never learned: the one for other languages reads it.
      (isForeign &&
        knowledge.scriptModel !== undefined &&
        scriptScore(allWords) >= options.scriptCrisisScore) ||
      sentenceCrisis ||
      // Too short or in a script the model cannot read ("suicidal", "kill myself", "想死"): the lists decide alone.
      (patterns && !isReadable) ||
      (patterns &&
        learned >=
          (isAboutOther()
            ? options.otherEducationalScore
            : options.educationalScore))
    )
      level = "crisis";
    else if (
      patterns ||
      sentenceRisk ||
      learned >= options.concernScore ||
      // Overdose, a lethal amount, dying from something: in any frame, the gentle line (risk-mentions.ts).
      mentionsRisk(allWords) ||
      // A message, or a sentence of it, mostly in a script the engine cannot read ("我真的撑不下去了", "выпил
      // все таблетки"), where the lists and the floor found nothing: nothing here can tell it is calm, so the
      // reply carries the gentle line.
      !isLatinMessage ||
      latinSentences.includes(false)
    )
      level = "concern";
    // Latin letters, but mostly words the engine never met ("oddałam koleżance kota i wszystkie kwiatki"): a
    // language nothing here can read either, so the gentle line too. Nothing in it read as risk, so it is
    // matched as any message is (off-topic stays a possible reading).
    const isUnread = level === "none" && isForeign;
    if (isUnread) level = "concern";
    const whom = () => (isAboutOther() ? "other" : "self");
    return {
      level,
      listed: patterns,
      isUnread,
      score: learned,
      script: !isLatinMessage,
      riskySentences,
      about: level === "none" ? "self" : whom(),
      whom,
    };
  };

  const crisisHelp = ({
    level,
    about,
  }: ReturnType<typeof assessRisk>): CrisisHelp | null => {
    if (level === "none") return null;
    const intro =
      level === "concern"
        ? settings.crisis.concern
        : about === "other"
          ? settings.crisis.otherIntro
          : settings.crisis.intro;
    return { intro, resources: settings.crisis.resources, about };
  };

  /** Chooses the reply for a message that is a question (not crisis-first, not small talk, not refused). */
  const decide = (
    question: string,
    truncated: boolean,
    match: MatchResult,
    extra: Partial<Answer>,
  ): Answer => {
    const [first] = match.candidates;
    const probable = match.candidates.filter(
      (candidate) => candidate.probability >= options.candidateProbability,
    );
    const ids = probable.map(
      (candidate) => knowledge.entries[candidate.entry]!.id,
    );
    // Mostly words the knowledge never uses ("how do I center a div"): whatever the model's pick, it is not about this.
    if (
      !first ||
      (match.words.length <= options.knownShareMaxWords &&
        match.known < options.minKnownShare) ||
      (match.offTopic >= options.offTopicProbability &&
        match.offTopic > first.probability)
    ) {
      return reply(question, truncated, {
        ...extra,
        score: round(first?.probability ?? 0),
      });
    }
    if (first.probability >= options.answerProbability) {
      return reply(question, truncated, {
        ...extra,
        kind: "answer",
        score: round(first.probability),
        ...entryFields(knowledge.entries[first.entry]!),
        // Not certain: offer the runners-up too ("Not what you meant? …").
        suggestions:
          first.probability < options.runnerUpsBelow
            ? ids.slice(1, options.maxSuggestions)
            : [],
      });
    }
    if (first.probability >= options.suggestProbability) {
      return reply(question, truncated, {
        ...extra,
        kind: "suggest",
        score: round(first.probability),
        suggestions: ids.slice(0, options.maxSuggestions),
      });
    }
    return reply(question, truncated, {
      ...extra,
      score: round(first.probability),
    });
  };

  /** The crisis panel first; if the rest of the message asks something the knowledge answers, that answer goes beneath. */
  const crisisReply = (
    question: string,
    truncated: boolean,
    risk: ReturnType<typeof assessRisk>,
  ): Answer => {
    const rest = questionBeside(question, risk.riskySentences);
    const match = rest ? matcher.match(rest) : undefined;
    const first = match?.candidates[0];
    const answered =
      first &&
      match &&
      first.probability >= options.answerProbability &&
      match.offTopic < first.probability
        ? entryFields(knowledge.entries[first.entry]!)
        : {};
    return reply(question, truncated, {
      kind: "crisis",
      score: 1,
      risk: "crisis",
      crisis: crisisHelp({ ...risk, level: "crisis" }),
      ...answered,
    });
  };

  const ask = (input: string): Answer => {
    // Anything but text (from untyped callers) is read as an empty message, never converted: a hostile toString could throw.
    const raw = typeof input === "string" ? input : "";
    const truncated = raw.length > options.maxQuestionLength;
    // Cut between characters, never inside one: half an emoji is not text.
    const question = withoutHalfCharacter(
      raw.slice(0, options.maxQuestionLength),
    ).trim();
    const scanned = raw.slice(0, options.crisisScanLength);
    let risk = assessRisk(scanned);
    // A long story often ends with what was done ("...then I swallowed all my pills"): its last part is read
    // by the lists and the detector too, however long the message. Not the whole middle: a window costs
    // what a long message does.
    if (risk.level !== "crisis" && raw.length > scanned.length) {
      const tail = assessRisk(
        raw.slice(
          Math.max(scanned.length, raw.length - options.crisisTailLength),
        ),
      );
      if (
        tail.level === "crisis" ||
        (tail.level === "concern" && risk.level === "none")
      )
        risk = { ...tail, riskySentences: new Set() };
    }
    // Past everything read, nothing can tell the rest is calm: the gentle line.
    if (risk.level === "none" && raw.length > options.floorScanLength)
      risk = { ...risk, level: "concern" };
    if (risk.level === "crisis") return crisisReply(question, truncated, risk);
    // A pasted wall of text: past what the lists and the detector read, the floor still looks, and at its
    // end (see crisisFloor). From where the lists stopped (less the windows' overlap): the first window
    // was read already.
    const beyond =
      raw.length > scanned.length
        ? crisisFloor(raw.slice(scanned.length - options.floorWindowOverlap))
        : null;
    if (beyond)
      return crisisReply(question, truncated, {
        ...risk,
        level: "crisis",
        about: beyond.about,
      });
    let answer = ordinaryReply(question, truncated, risk);
    // Small talk with a risk signal in it ("thanks for everything, I won't need help after tonight", "please
    // kill me"): a kind "You're welcome" beside a gentle line reads as not listening. It is answered as a
    // message nothing here answers, so the bars below apply. Only when a crisis line or the floor fired: the
    // detector alone scores plain goodbyes and thanks ("gotta go", "thanks a bunch!") as some risk, and those
    // must keep their reply.
    if (answer.kind === "smalltalk" && risk.level === "concern" && risk.listed)
      answer = reply(question, truncated, {
        risk: answer.risk,
        crisis: answer.crisis,
      });
    // Some risk, and nothing here answers it ("I can't see a way forward anymore") or the engine is
    // unsure what was asked ("how many sleeping pills can kill me?" offered two entries): not a question
    // about the clinic with a worrying word in it, so the panel comes first after all.
    // The detector for other scripts has one bar for the panel, whatever the reply.
    // An answer that offers runner-ups ("Not what you meant?") is as unsure as "Did you mean"; a refused
    // dose question was understood, so it is held to that bar too, not to the lower one of the fallback.
    const isUnsure =
      answer.kind === "suggest" ||
      refusals.has(answer) ||
      (answer.kind === "answer" && answer.score < options.runnerUpsBelow);
    const bar =
      answer.kind !== "fallback" && !isUnsure
        ? Infinity
        : risk.script
          ? options.scriptCrisisScore
          : isUnsure
            ? options.unsureCrisisScore
            : options.unansweredCrisisScore;
    if (risk.level === "concern" && risk.score >= bar)
      return crisisReply(question, truncated, risk);
    // Below the gentle line's bar, but nothing here answers it or the engine is unsure what was asked
    // ("i used to have dreams. now i just have a list of people to return stuff to before i go"): a
    // question about the clinic would have been understood, so a lower probability earns the line.
    if (
      risk.level === "none" &&
      (answer.kind === "fallback" || answer.kind === "suggest") &&
      risk.score >= options.unsureConcernScore
    ) {
      const concern = {
        ...risk,
        level: "concern" as const,
        about: risk.whom(),
      };
      return { ...answer, risk: "concern", crisis: crisisHelp(concern) };
    }
    return answer;
  };

  /** Replies that decline a dose, a prescription or ketamine outside a clinic: the question was understood. */
  const refusals = new WeakSet<Answer>();
  /** The reply to a message without the crisis panel: small talk, a refusal, an answer, suggestions or the fallback. */
  const ordinaryReply = (
    question: string,
    truncated: boolean,
    risk: ReturnType<typeof assessRisk>,
  ): Answer => {
    const help = crisisHelp(risk);
    const extra: Partial<Answer> = help
      ? { risk: risk.level, crisis: help }
      : {};
    const words = toWords(question);
    const classification = classifier.classify(
      words,
      sentencesOf(question).map(toWords),
    );
    if (classification.kind === "smalltalk")
      return reply(question, truncated, {
        ...extra,
        kind: "smalltalk",
        score: 1,
        intent: classification.intent,
        handoff: null,
      });
    if (classification.kind === "refusal") {
      const refusal = reply(question, truncated, {
        ...extra,
        kind: "fallback",
        score: 0,
      });
      refusals.add(refusal);
      return refusal;
    }
    // A message with risk in it is about this field (the gentle line answers for the risk): it is
    // matched among the entries, so its risk words cannot make it look off-topic.
    const isAboutTheField = help !== null && !risk.isUnread;
    let match = matcher.match(
      withQuestionStressed(
        question,
        classification.kind === "question"
          ? classification.words.join(" ")
          : question,
      ),
      isAboutTheField,
    );
    // The small-talk lists may take a word the question needs ("Evening appointments?" is not "good
    // evening"): the whole message is read too. It is answered when it is sure enough to answer (it holds
    // every word the visitor wrote); otherwise the reading more sure of an entry is the one answered.
    if (
      classification.kind === "question" &&
      classification.words.length < words.length
    ) {
      const whole = matcher.match(
        withQuestionStressed(question, question),
        isAboutTheField,
      );
      const wholeFirst = whole.candidates[0]?.probability ?? 0;
      if (
        wholeFirst >= options.answerProbability ||
        wholeFirst > (match.candidates[0]?.probability ?? 0)
      )
        match = whole;
    }
    const answer = decide(question, truncated, match, extra);
    // A message the model knows nothing of (another script: "Сколько стоит кетамин?") would read as the
    // classes' prior alone, which adds up high for small talk, as for an empty message.
    const isSmalltalk = ({
      smalltalk,
      candidates,
      featuresKnown,
    }: MatchResult) =>
      featuresKnown > 0 &&
      smalltalk.probability >= options.smalltalkProbability &&
      smalltalk.intentProbability >= options.smalltalkIntentProbability &&
      smalltalk.probability > (candidates[0]?.probability ?? 0);
    let smalltalk: { intent: SmalltalkIntent; probability: number } | null =
      null;
    // An empty message (or one of symbols only) has no words for the model to read: its small-talk
    // probability would be the classes' prior alone, which adds up high. A long one asked something. One
    // of middling length is small talk only when nothing here answers it and nothing in it signals risk:
    // "ive attempted twice and im gonna try again" is not frustration with the chat, nor "I really don't
    // want to be one of the people it doesn't work for" (a question about success rates).
    const mostWords =
      risk.level === "none" && answer.kind === "fallback"
        ? options.smalltalkMaxWords
        : options.smalltalkShortWords;
    if (words.length > 0 && words.length <= mostWords) {
      if (isSmalltalk(match)) smalltalk = match.smalltalk;
      // Small talk around words nothing answers ("be honest, are you a bot", "many thanks"): the
      // model read only the words the lists' small talk left, so it reads the whole message too...
      else if (answer.kind !== "answer" && classification.kind === "question") {
        const whole = matcher.match(question, isAboutTheField);
        if (isSmalltalk(whole)) smalltalk = whole.smalltalk;
        // ...and small talk the lists found beside a word or two nothing answers ("hi sorry") is the
        // message; a longer rest is a question the knowledge does not cover ("hi! how do I bake bread?").
        else if (
          answer.kind === "fallback" &&
          classification.intent &&
          classification.contentWords <= options.smalltalkRestWords
        )
          smalltalk = { intent: classification.intent, probability: 1 };
      }
    }
    return smalltalk
      ? reply(question, truncated, {
          ...extra,
          kind: "smalltalk",
          score: round(smalltalk.probability),
          intent: smalltalk.intent,
          handoff: null,
        })
      : answer;
  };

  return {
    knowledge,
    entry: (id) => byId.get(id),
    explain: (text) => {
      const question =
        typeof text === "string"
          ? text.slice(0, options.maxQuestionLength)
          : "";
      return matcher.match(withQuestionStressed(question, question));
    },
    ask(text) {
      try {
        return ask(text);
      } catch {
        // Never leave a visitor without a reply: the handoff is always there, and crisis help when the floor sees risk.
        const question =
          typeof text === "string"
            ? withoutHalfCharacter(text.slice(0, options.maxQuestionLength))
            : "";
        const help = crisisFloor(question, settings.crisis);
        return reply(
          question,
          false,
          help
            ? { kind: "crisis", score: 1, risk: "crisis", crisis: help }
            : {},
        );
      }
    },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
/** The timers every host (Node, browsers) has; the engine's types leave out both DOM and Node. */
const host = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
};
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
/** Fills `{name}` placeholders with a function, so `$&` and the like in a value stay literal text. */
const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(clinic|phone|contact_url)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );

/** Text cut after the first half of a character written as two (an emoji), without that half. */
const withoutHalfCharacter = (text: string) =>
  /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;

/** The risk-mention lines, compiled on first use (exact: they add a line, never a panel). */
let riskMentions: ReturnType<typeof compilePattern>[] | undefined;
/** Whether a message's words name an overdose, a lethal amount or dying from something (risk-mentions.ts). */
function mentionsRisk(words: readonly string[]): boolean {
  riskMentions ??= RISK_MENTIONS.map((line) => compilePattern(line, false));
  const indexed = indexWords(words);
  return riskMentions.some((pattern) => pattern.test(indexed));
}
