import { createClassifier } from './classify.js';
import { DEFAULTS, type EngineDefaults } from './defaults.js';
import { fallbackAnswer } from './fallback-answer.js';
import { normalizeText } from './normalize.js';
import { rankEntries, type RankedEntry } from './rank-entries.js';
import { SearchIndex } from './search-index.js';
import { createTokenizer } from './tokenize.js';
import type { Answer, ClinicOverrides, CompiledKnowledge, Engine, Handoff } from './types.js';
import { createVocabularyRewriter } from './vocabulary.js';

/** Crisis words are looked for further into a very long message than matching reads. */
const CRISIS_SCAN_FACTOR = 4;
/** Words of a message read as one piece; past this, long stories cost time without adding meaning. */
const MAX_WORDS_MATCHED = 120;

/**
 * Builds an engine over compiled knowledge. Building indexes every question
 * and phrasing once; `ask` then answers in well under a millisecond at the
 * shipped size (see `npm run bench`).
 *
 * @param overrides per-page clinic details (the widget's attributes); empty values are ignored.
 * @example
 * const engine = createEngine(knowledge);
 * engine.ask('how long does a session take').id; // 'session-length'
 */
export function createEngine(knowledge: CompiledKnowledge, overrides: ClinicOverrides = {}, options: EngineDefaults = DEFAULTS): Engine {
  const { settings } = knowledge;
  const clinicName = overrides.name?.trim() || settings.name;
  const handoff: Handoff = {
    text: settings.handoff.replaceAll('{clinic}', clinicName),
    clinicName,
    phone: overrides.phone?.trim() || settings.phone,
    contactUrl: overrides.contactUrl?.trim() || settings.contactUrl,
  };
  const { phrases } = knowledge;
  const classifier = createClassifier(phrases);
  const tokenize = createTokenizer(phrases.stopWords, phrases.intentPairs);
  const genericWords = new Set(phrases.genericWords);
  const normalize = (text: string) => normalizeText(text, phrases.texting);
  const rewrite = createVocabularyRewriter(knowledge.vocabulary);
  const prepare = (text: string) => tokenize(rewrite(normalize(text)));
  const index = new SearchIndex(knowledge.entries, prepare, options);
  const byId = new Map(knowledge.entries.map((entry) => [entry.id, entry]));

  /** Every segment worth matching: the whole message, and its last sentences (where a long story puts its question). */
  const segmentsOf = (text: string, question: string[]): string[][] => {
    const sentences = text.split(/[.!?\n]+/).map((sentence) => sentence.trim()).filter(Boolean);
    const segments = [question.join(' ')];
    if (sentences.length > 1) {
      const last = sentences.length - 1;
      segments.push(sentences[last]!, `${sentences[last - 1]} ${sentences[last]}`);
      const asked = text.match(/[^.!?\n]*\?/g)?.map((sentence) => sentence.trim()) ?? [];
      segments.push(...asked);
    }
    // The same words read twice add nothing (a two-sentence message is its own last two sentences).
    const unique = new Map(segments.slice(0, options.maxSegments + 1).map((segment) => {
      const terms = prepare(segment);
      return [terms.join(' '), terms] as const;
    }));
    return [...unique.values()];
  };

  const rank = (text: string, question: string[]): RankedEntry[] => {
    const best = new Map<number, number>();
    for (const terms of segmentsOf(text, question)) {
      if (terms.length === 0) continue;
      for (const { entry, score } of rankEntries(index, terms, options, genericWords)) if (score > (best.get(entry) ?? 0)) best.set(entry, score);
    }
    return [...best].map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score);
  };

  const reply = (question: string, truncated: boolean, fields: Partial<Answer>): Answer => ({ ...fallbackAnswer(question, handoff, truncated), ...fields });

  const ask = (input: string): Answer => {
    // Anything but text (from untyped callers) is read as an empty message, never converted: a hostile toString could throw.
    const raw = typeof input === 'string' ? input : '';
    const truncated = raw.length > options.maxQuestionLength;
    const question = raw.slice(0, options.maxQuestionLength).trim();
    const scanned = raw.slice(0, options.maxQuestionLength * CRISIS_SCAN_FACTOR);
    const toWords = (text: string) => normalize(text).split(' ').filter(Boolean);
    const classification = classifier.classify(toWords(scanned), scanned.split(/[.!?;\n]+/).map(toWords));
    switch (classification.kind) {
      case 'crisis':
        return reply(question, truncated, { kind: 'crisis', score: 1, risk: 'crisis', crisis: { intro: settings.crisis.intro, resources: settings.crisis.resources, about: 'self' } });
      case 'smalltalk':
        return reply(question, truncated, { kind: 'smalltalk', score: 1, intent: classification.intent, handoff: null });
      case 'refusal':
        return reply(question, truncated, { kind: 'fallback', score: 0 });
    }
    // A story's opening reads as context; its question is found among the last sentences (segments).
    const matchWords = classification.words.slice(0, MAX_WORDS_MATCHED);
    const ranked = rank(question, matchWords);
    const [first, second] = ranked;
    if (!first || first.score < options.suggestThreshold) {
      return reply(question, truncated, { score: round(first?.score ?? 0) });
    }
    const margin = first.score - (second?.score ?? 0);
    const candidates = ranked
      .filter((candidate) => candidate.score >= Math.max(options.suggestThreshold, first.score * options.suggestRelative))
      .map((candidate) => knowledge.entries[candidate.entry]!.id);
    if (first.score >= options.certainThreshold || (first.score >= options.answerThreshold && margin >= options.answerMargin)) {
      const entry = knowledge.entries[first.entry]!;
      const sources = entry.sources.flatMap((id) => {
        const source = settings.sources[id];
        return source?.title && source.url ? [{ title: source.title, url: source.url }] : [];
      });
      return reply(question, truncated, {
        kind: 'answer',
        id: entry.id,
        score: round(first.score),
        title: entry.question,
        markdown: entry.answer,
        html: entry.html ?? null,
        related: entry.related.filter((id) => byId.has(id)),
        sources,
        // Not certain: offer the runners-up too ("Not what you meant? …").
        suggestions: first.score < options.runnerUpsBelow ? candidates.slice(1, options.maxSuggestions) : [],
      });
    }
    return reply(question, truncated, { kind: 'suggest', score: round(first.score), suggestions: candidates.slice(0, options.maxSuggestions) });
  };

  return {
    knowledge,
    entry: (id) => byId.get(id),
    ask(text) {
      try {
        return ask(text);
      } catch {
        // Never leave a visitor without a reply; the handoff is always there.
        return reply(typeof text === 'string' ? text.slice(0, options.maxQuestionLength) : '', false, {});
      }
    },
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
