import Fuse from 'fuse.js/basic';
import { DEFAULTS, type EngineDefaults } from './defaults.js';
import { editDistance } from './edit-distance.js';
import type { KnowledgeEntry } from './types.js';

/** One indexed text (a canonical question or a phrasing) of one entry. */
interface IndexedText {
  entry: number;
  terms: ReadonlySet<string>;
  /** Sum of the terms' weights: how much there is to cover. */
  weight: number;
}

/** A query term and the indexed terms it stands for, with how closely (1 = same word). */
export interface ResolvedTerm {
  term: string;
  weight: number;
  matches: { term: string; similarity: number }[];
}

/**
 * The word index over every question and phrasing. Exact words are looked up
 * in a map; a word the knowledge does not contain is looked up with Fuse.js
 * among the known words that start with the same letter (typo tolerance),
 * and the correction is checked with an edit distance before it counts.
 */
export class SearchIndex {
  readonly texts: IndexedText[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly entryFrequency = new Map<string, number>();
  private readonly fuzzyByLetter = new Map<string, Fuse<string>>();
  private readonly resolved = new Map<string, ResolvedTerm['matches']>();
  private readonly unknownWeight: number;
  /** Entries whose answer text, tags or question contain a term (weaker evidence than phrasings). */
  private readonly bodyPostings = new Map<string, number[]>();
  /** The same, per entry, for checking one candidate without walking a long list. */
  readonly bodyTerms: Set<string>[] = [];

  constructor(
    readonly entries: readonly KnowledgeEntry[],
    prepare: (text: string) => string[],
    private readonly options: EngineDefaults = DEFAULTS,
  ) {
    entries.forEach((entry, entryIndex) => {
      const seen = new Set<string>();
      for (const text of [entry.question, ...entry.phrasings]) {
        const terms = new Set(prepare(text));
        if (terms.size === 0) continue;
        const id = this.texts.length;
        this.texts.push({ entry: entryIndex, terms, weight: 0 });
        for (const term of terms) {
          const list = this.postings.get(term);
          if (list) list.push(id);
          else this.postings.set(term, [id]);
          if (!seen.has(term)) {
            seen.add(term);
            this.entryFrequency.set(term, (this.entryFrequency.get(term) ?? 0) + 1);
          }
        }
      }
    });
    entries.forEach((entry, entryIndex) => {
      const terms = new Set(prepare(`${entry.question} ${entry.phrasings.join(' ')} ${entry.tags.join(' ')} ${entry.answer}`));
      this.bodyTerms[entryIndex] = terms;
      for (const term of terms) {
        const list = this.bodyPostings.get(term);
        if (list) list.push(entryIndex);
        else this.bodyPostings.set(term, [entryIndex]);
      }
    });
    for (const text of this.texts) text.weight = [...text.terms].reduce((sum, term) => sum + this.weightOf(term), 0);
    // A word the knowledge never uses is a strong sign the message is about something else.
    this.unknownWeight = options.unknownWordWeight * Math.log(1 + entries.length / 0.5);
    // Buckets by first letter and length keep each fuzzy look-up small at any corpus size.
    const byLetter = new Map<string, string[]>();
    for (const term of this.postings.keys()) {
      if (term.includes('_') || term.length < options.fuzzyMinLength - 1) continue;
      const key = term[0]! + term.length;
      const list = byLetter.get(key) ?? [];
      list.push(term);
      byLetter.set(key, list);
    }
    // Fuse options: the whole query word against whole known words; no location
    // bias, no length norm (we check the edit distance ourselves), no operators.
    for (const [letter, terms] of byLetter) {
      this.fuzzyByLetter.set(letter, new Fuse(terms, { threshold: options.fuzzyThreshold, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true, useExtendedSearch: false }));
    }
  }

  /** Inverse entry frequency: rare words tell entries apart; common ones ("ketamine") barely do. */
  weightOf(term: string): number {
    const frequency = this.entryFrequency.get(term);
    return frequency === undefined ? this.unknownWeight : Math.log(1 + this.entries.length / frequency);
  }

  /** How telling a term is among the answers: rare there, telling. */
  bodyWeightOf(term: string): number {
    const frequency = this.bodyPostings.get(term)?.length;
    return frequency === undefined ? this.unknownWeight : Math.log(1 + this.entries.length / frequency);
  }

  /** Entries whose answer, tags or question contain a term. */
  entriesMentioning(term: string): readonly number[] {
    return this.bodyPostings.get(term) ?? [];
  }

  /** Indexed texts containing a term. */
  textsWith(term: string): readonly number[] {
    return this.postings.get(term) ?? [];
  }

  /** The known words a query word stands for: itself, or up to two close spellings. */
  resolve(term: string): ResolvedTerm {
    if (this.postings.has(term)) return { term, weight: this.weightOf(term), matches: [{ term, similarity: 1 }] };
    let matches = this.resolved.get(term);
    if (!matches) {
      matches = this.findClose(term);
      // Bounded memo: the same typos recur, but hostile input must not grow memory.
      if (this.resolved.size > 5000) this.resolved.clear();
      this.resolved.set(term, matches);
    }
    const weight = matches.length > 0 ? Math.max(...matches.map((match) => this.weightOf(match.term))) : this.unknownWeight;
    return { term, weight, matches };
  }

  private findClose(term: string): ResolvedTerm['matches'] {
    // A word the answers use is spelled right: it is not a typo of a phrasing's word.
    if (term.length < this.options.fuzzyMinLength || term.includes('_') || term.length > 32 || this.bodyPostings.has(term)) return [];
    const found: string[] = [];
    for (let length = term.length - 2; length <= term.length + 3; length++) {
      for (const { item } of this.fuzzyByLetter.get(term[0]! + length)?.search(term, { limit: 4 }) ?? []) found.push(item);
    }
    const matches: ResolvedTerm['matches'] = [];
    for (const item of found) {
      const distance = editDistance(term, item, 2);
      const allowed = term.length >= 8 ? 2 : 1;
      let similarity = 0;
      if (distance <= allowed) similarity = this.options.fuzzyWeight * (1 - 0.15 * (distance - 1));
      else if (item.startsWith(term) && term.length >= 5) similarity = this.options.fuzzyWeight * Math.sqrt(term.length / item.length);
      if (similarity > 0) matches.push({ term: item, similarity });
    }
    return matches.sort((a, b) => b.similarity - a.similarity).slice(0, 2);
  }
}
