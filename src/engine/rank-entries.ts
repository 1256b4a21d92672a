import type { EngineDefaults } from './defaults.js';
import type { SearchIndex } from './search-index.js';

/** An entry and how well the message fits it, 0 to 1. */
export interface RankedEntry {
  entry: number;
  score: number;
}

/**
 * Scores every entry that shares a word with the message, best first.
 *
 * For each indexed text: how much of the message it explains (query
 * coverage: rare words count more) combined with how much of the text the
 * message covers (text coverage). An entry's score is its best text's, so an
 * entry with many phrasings gains no unfair edge over one with few.
 */
export function rankEntries(index: SearchIndex, terms: readonly string[], options: EngineDefaults, genericWords: ReadonlySet<string>): RankedEntry[] {
  const resolved = [...new Set(terms)].map((term) => index.resolve(term));
  const queryWeight = resolved.reduce((sum, term) => sum + term.weight, 0);
  if (queryWeight === 0) return [];
  // Candidate step for large knowledge: a word in most texts ("ketamine") would make
  // every query walk most of the index, so such words only add to texts that
  // rarer words already found. Below the size limit every word is walked, so the
  // shipped knowledge is scored exactly.
  const large = index.texts.length > options.candidateMinTexts;
  const isCommon = (postings: readonly unknown[], total: number) => large && postings.length > total * options.commonTermShare;
  const ordered = [...resolved].sort((a, b) => b.weight - a.weight);

  // Per text: weight of the message's words it matched, and of its own words matched.
  const matchedQuery = new Map<number, number>();
  const matchedText = new Map<number, number>();
  // Texts that matched at least one word saying what the message is about.
  const onTopic = new Set<number>();
  for (const term of ordered) {
    const best = new Map<number, { query: number; text: number }>();
    for (const match of term.matches) {
      const textWeight = index.weightOf(match.term) * match.similarity;
      const queryShare = term.weight * match.similarity;
      const postings = index.textsWith(match.term);
      const ids = isCommon(postings, index.texts.length) ? [...matchedQuery.keys()].filter((id) => index.texts[id]!.terms.has(match.term)) : postings;
      for (const id of ids) {
        const previous = best.get(id);
        if (!previous || previous.query < queryShare) best.set(id, { query: queryShare, text: textWeight });
      }
    }
    const isTopic = !genericWords.has(term.term);
    for (const [id, { query, text }] of best) {
      if (isTopic) onTopic.add(id);
      matchedQuery.set(id, (matchedQuery.get(id) ?? 0) + query);
      matchedText.set(id, (matchedText.get(id) ?? 0) + text);
    }
  }
  const byEntry = new Map<number, number>();
  const blend = options.queryCoverageWeight;
  for (const [id, query] of matchedQuery) {
    const text = index.texts[id]!;
    // A weighted geometric mean: a text must explain the message AND be explained by it,
    // so a one-word phrasing ("special k") cannot win on the one common word it shares.
    const coverage = (query / queryWeight) ** blend * Math.min(1, (matchedText.get(id) ?? 0) / text.weight) ** (1 - blend);
    const score = onTopic.has(id) ? coverage : coverage * options.genericOnlyFactor;
    if (score > (byEntry.get(text.entry) ?? 0)) byEntry.set(text.entry, score);
  }
  // Weaker evidence: which answers mention the message's words at all.
  const bodyWeight = resolved.reduce((sum, term) => sum + index.bodyWeightOf(term.term), 0);
  const mentioned = new Map<number, number>();
  for (const term of ordered) {
    const weight = index.bodyWeightOf(term.term);
    const entries = new Set<number>();
    for (const word of new Set([term.term, ...term.matches.map((match) => match.term)])) {
      const postings = index.entriesMentioning(word);
      const candidates = isCommon(postings, index.entries.length) ? [...byEntry.keys()].filter((entry) => index.bodyTerms[entry]!.has(word)) : postings;
      for (const entry of candidates) entries.add(entry);
    }
    for (const entry of entries) mentioned.set(entry, (mentioned.get(entry) ?? 0) + weight);
  }
  // The answer's own words lift an entry part of the way towards certainty, never past it.
  for (const [entry, weight] of mentioned) {
    const phrasingScore = byEntry.get(entry) ?? 0;
    byEntry.set(entry, phrasingScore + options.answerTextWeight * (weight / bodyWeight) * (1 - phrasingScore));
  }
  return [...byEntry].map(([entry, score]) => ({ entry, score })).sort((a, b) => b.score - a.score);
}
